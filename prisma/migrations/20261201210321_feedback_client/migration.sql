-- AlterTable: added nullable, filled from each feedback's submission or attempt, then required.
ALTER TABLE "Feedback" ADD COLUMN     "clientId" TEXT;

UPDATE "Feedback" AS f SET "clientId" = s."clientId"
FROM "Submission" AS s
WHERE f."submissionId" = s."id";

UPDATE "Feedback" AS f SET "clientId" = a."clientId"
FROM "StepAttempt" AS a
WHERE f."attemptId" = a."id" AND f."clientId" IS NULL;

ALTER TABLE "Feedback" ALTER COLUMN "clientId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Feedback_clientId_seenAt_createdAt_id_idx" ON "Feedback"("clientId", "seenAt", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "reviewedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StepAttempt" ADD COLUMN     "reviewedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Submission_clientId_reviewedAt_idx" ON "Submission"("clientId", "reviewedAt");

-- CreateIndex
CREATE INDEX "StepAttempt_clientId_reviewedAt_idx" ON "StepAttempt"("clientId", "reviewedAt");


-- Work that already has feedback was seen to when its first feedback was written.
UPDATE "Submission" s SET "reviewedAt" = f.first
FROM (SELECT "submissionId", min("createdAt") AS first FROM "Feedback"
      WHERE "submissionId" IS NOT NULL GROUP BY "submissionId") f
WHERE f."submissionId" = s.id;

UPDATE "StepAttempt" t SET "reviewedAt" = f.first
FROM (SELECT "attemptId", min("createdAt") AS first FROM "Feedback"
      WHERE "attemptId" IS NOT NULL GROUP BY "attemptId") f
WHERE f."attemptId" = t.id;

-- DropIndex
DROP INDEX "Submission_clientId_reviewedAt_idx";

-- CreateIndex
CREATE INDEX "Submission_clientId_idx" ON "Submission"("clientId") WHERE ("reviewedAt" IS NULL AND status = 'SUBMITTED' AND (NOT private OR "sharedAt" IS NOT NULL));

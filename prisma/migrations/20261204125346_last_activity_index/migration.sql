-- CreateIndex
CREATE INDEX "Submission_clientId_updatedAt_idx" ON "Submission"("clientId", "updatedAt");

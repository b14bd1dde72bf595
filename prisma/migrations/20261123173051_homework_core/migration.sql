-- DropIndex
DROP INDEX "Feedback_authorId_idx";

-- AlterTable
ALTER TABLE "Assignment" DROP COLUMN "dueAt",
DROP COLUMN "recurrence",
DROP COLUMN "targetDistress",
ADD COLUMN     "plannedUntil" TIMESTAMP(3),
ADD COLUMN     "schedule" JSONB;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "content" JSONB NOT NULL;

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE INDEX "Assignment_status_plannedUntil_idx" ON "Assignment"("status", "plannedUntil");

-- CreateIndex
CREATE INDEX "StepAttempt_assignmentId_completedAt_idx" ON "StepAttempt"("assignmentId", "completedAt");

-- CreateIndex
CREATE INDEX "Feedback_authorId_createdAt_idx" ON "Feedback"("authorId", "createdAt");

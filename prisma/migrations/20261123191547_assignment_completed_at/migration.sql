-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "completedAt" TIMESTAMP(3);

-- Homework completed before this column existed: its last change is when it was completed.
UPDATE "Assignment" SET "completedAt" = "updatedAt" WHERE "status" = 'COMPLETED';

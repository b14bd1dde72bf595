-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- Rows saved before revisions existed count as the first save, so "no copy yet" (0) stays unique.
UPDATE "Submission" SET "revision" = 1;

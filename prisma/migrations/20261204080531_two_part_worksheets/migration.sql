-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "beforeSubmittedAt" TIMESTAMP(3);

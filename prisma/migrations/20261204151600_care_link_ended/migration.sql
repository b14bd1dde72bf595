-- AlterEnum
ALTER TYPE "CareLinkStatus" ADD VALUE 'ENDED';

-- AlterTable
ALTER TABLE "CareLink" ADD COLUMN     "endedAt" TIMESTAMP(3);

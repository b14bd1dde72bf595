-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'SKIPPED';

-- AlterTable
ALTER TABLE "Invitation" ALTER COLUMN "tokenHash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "invitationId" TEXT,
ALTER COLUMN "subject" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "OutboxEmail_invitationId_createdAt_idx" ON "OutboxEmail"("invitationId", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "FlagKind" AS ENUM ('HIGH_DISTRESS');

-- AlterEnum
ALTER TYPE "FearedOutcome" ADD VALUE 'UNKNOWN';

-- AlterTable
ALTER TABLE "StepAttempt" ADD COLUMN     "confidenceAfter" INTEGER,
ADD COLUMN     "learned" TEXT,
ADD COLUMN     "stoppedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Flag" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "therapistId" TEXT NOT NULL,
    "kind" "FlagKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "attemptId" TEXT,
    "submissionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedById" TEXT,
    "acknowledgedAt" TIMESTAMP(3),

    CONSTRAINT "Flag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Flag_therapistId_clientId_acknowledgedAt_createdAt_idx" ON "Flag"("therapistId", "clientId", "acknowledgedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Flag_clientId_createdAt_idx" ON "Flag"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "Flag_attemptId_idx" ON "Flag"("attemptId");

-- CreateIndex
CREATE INDEX "Flag_submissionId_idx" ON "Flag"("submissionId");

-- CreateIndex
CREATE INDEX "Flag_acknowledgedById_idx" ON "Flag"("acknowledgedById");

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_therapistId_fkey" FOREIGN KEY ("therapistId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "StepAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('PLANNED', 'QUEUED', 'SKIPPED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LinkTokenPurpose" ADD VALUE 'PASSWORD_RESET';
ALTER TYPE "LinkTokenPurpose" ADD VALUE 'UNSUBSCRIBE';

-- AlterEnum
ALTER TYPE "ReminderKind" ADD VALUE 'MORNING_OF';

-- DropIndex
DROP INDEX "Reminder_sendAt_idx";

-- DropIndex
DROP INDEX "Reminder_occurrenceId_kind_sendAt_key";

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "remindHoursBefore" INTEGER,
ADD COLUMN     "remindMorningOf" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "remindOverdue" BOOLEAN NOT NULL DEFAULT false;

-- Keep what was chosen through the API before the forms offered reminders: the earliest
-- offset (minutes before due), in whole hours.
UPDATE "Assignment"
SET "remindHoursBefore" = LEAST(48, GREATEST(1, ROUND((SELECT max(o) FROM unnest("reminderOffsets") AS o) / 60.0)))::int
WHERE cardinality("reminderOffsets") > 0;

ALTER TABLE "Assignment" DROP COLUMN "reminderOffsets";

-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "skipReason" TEXT,
ADD COLUMN     "status" "ReminderStatus" NOT NULL DEFAULT 'PLANNED';

-- AlterTable
ALTER TABLE "LinkToken" ALTER COLUMN "userId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Reminder_status_sendAt_idx" ON "Reminder"("status", "sendAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_occurrenceId_kind_key" ON "Reminder"("occurrenceId", "kind");

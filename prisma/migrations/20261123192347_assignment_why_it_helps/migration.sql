-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "whyItHelps" TEXT NOT NULL DEFAULT '';

-- Homework given before this column existed: the template's note is the best copy left.
UPDATE "Assignment" AS a SET "whyItHelps" = t."whyItHelps"
FROM "Template" AS t
WHERE a."templateId" = t."id";

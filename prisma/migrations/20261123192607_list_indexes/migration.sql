-- DropIndex
DROP INDEX "Template_ownerId_kind_idx";

-- DropIndex
DROP INDEX "Assignment_therapistId_clientId_status_idx";

-- CreateIndex
CREATE INDEX "Template_ownerId_updatedAt_id_idx" ON "Template"("ownerId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Assignment_therapistId_clientId_status_createdAt_idx" ON "Assignment"("therapistId", "clientId", "status", "createdAt");

-- CreateEnum
CREATE TYPE "SafetyPlanSection" AS ENUM ('WARNING_SIGNS', 'CALMING_THINGS', 'PEOPLE', 'PROFESSIONALS');

-- CreateTable
CREATE TABLE "SafetyPlan" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "warningSigns" TEXT NOT NULL DEFAULT '',
    "calmingThings" TEXT NOT NULL DEFAULT '',
    "people" TEXT NOT NULL DEFAULT '',
    "professionals" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SafetyPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyPlanSuggestion" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "therapistId" TEXT NOT NULL,
    "section" "SafetyPlanSection" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "added" BOOLEAN,

    CONSTRAINT "SafetyPlanSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SafetyPlan_clientId_key" ON "SafetyPlan"("clientId");

-- CreateIndex
CREATE INDEX "SafetyPlanSuggestion_clientId_resolvedAt_createdAt_idx" ON "SafetyPlanSuggestion"("clientId", "resolvedAt", "createdAt");

-- CreateIndex
CREATE INDEX "SafetyPlanSuggestion_therapistId_idx" ON "SafetyPlanSuggestion"("therapistId");

-- AddForeignKey
ALTER TABLE "SafetyPlan" ADD CONSTRAINT "SafetyPlan_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanSuggestion" ADD CONSTRAINT "SafetyPlanSuggestion_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanSuggestion" ADD CONSTRAINT "SafetyPlanSuggestion_therapistId_fkey" FOREIGN KEY ("therapistId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Template" ADD COLUMN     "libraryOrder" INTEGER NOT NULL DEFAULT 1000;

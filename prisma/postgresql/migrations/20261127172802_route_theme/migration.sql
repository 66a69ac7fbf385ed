-- AlterTable
ALTER TABLE "Route" ADD COLUMN     "theme" TEXT;

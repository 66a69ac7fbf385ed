-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "status" TEXT;
ALTER TABLE "Comment" ADD COLUMN "statusAt" DATETIME;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "staffCount" INTEGER;
ALTER TABLE "Organisation" ADD COLUMN "staffCountAt" DATETIME;

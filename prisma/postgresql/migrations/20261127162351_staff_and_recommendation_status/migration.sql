-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "status" TEXT,
ADD COLUMN     "statusAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "staffCount" INTEGER,
ADD COLUMN     "staffCountAt" TIMESTAMP(3);

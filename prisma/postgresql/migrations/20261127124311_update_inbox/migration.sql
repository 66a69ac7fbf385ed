-- AlterTable
ALTER TABLE "ProcessedUpdate" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "payload" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'done';

-- CreateIndex
CREATE INDEX "ProcessedUpdate_status_leaseUntil_idx" ON "ProcessedUpdate"("status", "leaseUntil");

-- DropIndex
DROP INDEX "OutboxMessage_userId_idx";

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "routeId" INTEGER;

-- CreateIndex
CREATE INDEX "OutboxMessage_userId_status_idx" ON "OutboxMessage"("userId", "status");

-- CreateIndex
CREATE INDEX "OutboxMessage_routeId_status_idx" ON "OutboxMessage"("routeId", "status");

-- Backfill: a route's reminders carry "|route:<id>/" in their key.
UPDATE "OutboxMessage" SET "routeId" = CAST(substring("key" from '\|route:([0-9]+)/') AS INTEGER) WHERE "key" LIKE '%|route:%/%';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "routeId" INTEGER;

-- CreateIndex
CREATE INDEX "OutboxMessage_routeId_idx" ON "OutboxMessage"("routeId");

-- Backfill: a route's reminders carry "|route:<id>/" in their key.
UPDATE "OutboxMessage" SET "routeId" = CAST(substring("key" from '\|route:([0-9]+)/') AS INTEGER) WHERE "key" LIKE '%|route:%/%';

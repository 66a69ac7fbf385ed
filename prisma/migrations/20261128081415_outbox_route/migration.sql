-- DropIndex
DROP INDEX "OutboxMessage_userId_idx";

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "routeId" INTEGER;

-- CreateIndex
CREATE INDEX "OutboxMessage_userId_status_idx" ON "OutboxMessage"("userId", "status");

-- CreateIndex
CREATE INDEX "OutboxMessage_routeId_status_idx" ON "OutboxMessage"("routeId", "status");

-- Backfill: a route's reminders carry "|route:<id>/" in their key (CAST reads the leading digits).
UPDATE "OutboxMessage" SET "routeId" = CAST(substr("key", instr("key", '|route:') + 7) AS INTEGER) WHERE instr("key", '|route:') > 0;

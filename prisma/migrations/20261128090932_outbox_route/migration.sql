-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "routeId" INTEGER;

-- CreateIndex
CREATE INDEX "OutboxMessage_routeId_idx" ON "OutboxMessage"("routeId");

-- Backfill: a route's reminders carry "|route:<id>/" in their key (CAST reads the leading digits).
UPDATE "OutboxMessage" SET "routeId" = CAST(substr("key", instr("key", '|route:') + 7) AS INTEGER) WHERE instr("key", '|route:') > 0;

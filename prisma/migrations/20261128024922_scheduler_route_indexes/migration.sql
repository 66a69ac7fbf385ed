-- CreateIndex
CREATE INDEX "Route_updatedAt_idx" ON "Route"("updatedAt");

-- CreateIndex
CREATE INDEX "Route_status_termStart_idx" ON "Route"("status", "termStart");

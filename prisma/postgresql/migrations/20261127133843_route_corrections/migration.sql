-- CreateTable
CREATE TABLE "RouteCorrection" (
    "id" SERIAL NOT NULL,
    "routeId" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "comment" TEXT,
    "deciderId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "RouteCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RouteCorrection_routeId_status_idx" ON "RouteCorrection"("routeId", "status");

-- AddForeignKey
ALTER TABLE "RouteCorrection" ADD CONSTRAINT "RouteCorrection_routeId_fkey" FOREIGN KEY ("routeId") REFERENCES "Route"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "RouteProposal" (
    "id" SERIAL NOT NULL,
    "routeId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RouteProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RouteProposal_routeId_idx" ON "RouteProposal"("routeId");

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "reviewSteps" INTEGER;

-- AlterTable
ALTER TABLE "Route" ADD COLUMN     "reviewedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RouteReview" (
    "id" SERIAL NOT NULL,
    "routeId" INTEGER NOT NULL,
    "routeVersion" INTEGER NOT NULL,
    "associationId" INTEGER,
    "reviewerId" INTEGER,
    "protocolNumber" TEXT NOT NULL,
    "protocolDate" TIMESTAMP(3) NOT NULL,
    "recommendation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RouteReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RouteReview_routeId_routeVersion_key" ON "RouteReview"("routeId", "routeVersion");

-- AddForeignKey
ALTER TABLE "RouteReview" ADD CONSTRAINT "RouteReview_routeId_fkey" FOREIGN KEY ("routeId") REFERENCES "Route"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RouteReview" ADD CONSTRAINT "RouteReview_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RouteReview" ADD CONSTRAINT "RouteReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

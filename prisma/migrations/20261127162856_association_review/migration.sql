-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "reviewSteps" INTEGER;

-- AlterTable
ALTER TABLE "Route" ADD COLUMN "reviewedAt" DATETIME;

-- CreateTable
CREATE TABLE "RouteReview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "routeId" INTEGER NOT NULL,
    "routeVersion" INTEGER NOT NULL,
    "associationId" INTEGER,
    "reviewerId" INTEGER,
    "protocolNumber" TEXT NOT NULL,
    "protocolDate" DATETIME NOT NULL,
    "recommendation" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RouteReview_routeId_fkey" FOREIGN KEY ("routeId") REFERENCES "Route" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RouteReview_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RouteReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "RouteReview_routeId_routeVersion_key" ON "RouteReview"("routeId", "routeVersion");

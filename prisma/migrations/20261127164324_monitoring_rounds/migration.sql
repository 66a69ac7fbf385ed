-- CreateTable
CREATE TABLE "MonitoringRound" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "districtId" INTEGER NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL,
    "takenById" INTEGER,
    "snapshot" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringRound_districtId_schoolYear_kind_key" ON "MonitoringRound"("districtId", "schoolYear", "kind");

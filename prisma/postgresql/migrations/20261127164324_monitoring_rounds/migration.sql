-- CreateTable
CREATE TABLE "MonitoringRound" (
    "id" SERIAL NOT NULL,
    "districtId" INTEGER NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,
    "takenById" INTEGER,
    "snapshot" TEXT NOT NULL,

    CONSTRAINT "MonitoringRound_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringRound_districtId_schoolYear_kind_key" ON "MonitoringRound"("districtId", "schoolYear", "kind");

-- CreateTable
CREATE TABLE "MethodistSchool" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "methodistId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SchoolRecommendation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schoolId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "text" TEXT NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "roundKind" TEXT,
    "status" TEXT NOT NULL DEFAULT 'issued',
    "statusAt" DATETIME,
    "reply" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "MethodistSchool_schoolId_idx" ON "MethodistSchool"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "MethodistSchool_methodistId_schoolId_key" ON "MethodistSchool"("methodistId", "schoolId");

-- CreateIndex
CREATE INDEX "SchoolRecommendation_schoolId_idx" ON "SchoolRecommendation"("schoolId");

-- CreateTable
CREATE TABLE "MethodistSchool" (
    "id" SERIAL NOT NULL,
    "methodistId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MethodistSchool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolRecommendation" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "text" TEXT NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "roundKind" TEXT,
    "status" TEXT NOT NULL DEFAULT 'issued',
    "statusAt" TIMESTAMP(3),
    "reply" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchoolRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MethodistSchool_schoolId_idx" ON "MethodistSchool"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "MethodistSchool_methodistId_schoolId_key" ON "MethodistSchool"("methodistId", "schoolId");

-- CreateIndex
CREATE INDEX "SchoolRecommendation_schoolId_idx" ON "SchoolRecommendation"("schoolId");

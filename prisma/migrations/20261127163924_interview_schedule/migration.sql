-- AlterTable
ALTER TABLE "CorrectionInterview" ADD COLUMN "needsChange" BOOLEAN;
ALTER TABLE "CorrectionInterview" ADD COLUMN "scheduledOn" DATETIME;

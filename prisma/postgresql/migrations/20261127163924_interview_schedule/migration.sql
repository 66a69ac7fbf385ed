-- AlterTable
ALTER TABLE "CorrectionInterview" ADD COLUMN     "needsChange" BOOLEAN,
ADD COLUMN     "scheduledOn" TIMESTAMP(3);

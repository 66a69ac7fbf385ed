-- AlterTable
ALTER TABLE "RouteDecision" ADD COLUMN     "plan" TEXT;

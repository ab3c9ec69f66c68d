-- AlterTable
ALTER TABLE "AlertDelivery" ADD COLUMN     "sentLocales" TEXT[] DEFAULT ARRAY[]::TEXT[];

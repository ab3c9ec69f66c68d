-- DropIndex
DROP INDEX "Challenge_scenarioId_idx";

-- DropIndex
DROP INDEX "Challenge_expiresAt_idx";

-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN     "deviceId" TEXT;

-- CreateIndex
CREATE INDEX "Challenge_scenarioId_clientAddress_createdAt_idx" ON "Challenge"("scenarioId", "clientAddress", "createdAt");

-- CreateIndex
CREATE INDEX "Challenge_scenarioId_deviceId_createdAt_idx" ON "Challenge"("scenarioId", "deviceId", "createdAt");

-- CreateIndex
CREATE INDEX "Challenge_createdAt_idx" ON "Challenge"("createdAt");

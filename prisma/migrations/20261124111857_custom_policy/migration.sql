-- CreateEnum
CREATE TYPE "PolicyMode" AS ENUM ('BASIC', 'ATTACK_AND_DEFENSE');

-- CreateTable
CREATE TABLE "CustomPolicy" (
    "id" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "isCustom" BOOLEAN NOT NULL DEFAULT true,
    "mode" "PolicyMode" NOT NULL DEFAULT 'BASIC',
    "urlVerification" TEXT,
    "ipHourlyLimit" INTEGER NOT NULL,
    "ipDailyLimit" INTEGER NOT NULL,
    "deviceHourlyLimit" INTEGER NOT NULL,
    "deviceDailyLimit" INTEGER NOT NULL,
    "blockEmulatedDevices" BOOLEAN NOT NULL,
    "blockSimulatedClicks" BOOLEAN NOT NULL,
    "previousSettings" JSONB,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CustomPolicy_scenarioId_key" ON "CustomPolicy"("scenarioId");

-- AddForeignKey
ALTER TABLE "CustomPolicy" ADD CONSTRAINT "CustomPolicy_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

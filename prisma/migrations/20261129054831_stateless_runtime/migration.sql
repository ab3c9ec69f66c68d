-- DropForeignKey
ALTER TABLE "Challenge" DROP CONSTRAINT "Challenge_scenarioId_fkey";

-- DropTable
DROP TABLE "Challenge";

-- DropEnum
DROP TYPE "ChallengeStatus";

-- CreateTable
CREATE TABLE "ChallengeUse" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeUse_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SpentToken" (
    "certifyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpentToken_pkey" PRIMARY KEY ("certifyId")
);

-- CreateTable
CREATE TABLE "RateCount" (
    "scenarioId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateCount_pkey" PRIMARY KEY ("scenarioId","subject","hour")
);

-- CreateTable
CREATE TABLE "PathFingerprint" (
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PathFingerprint_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "ChallengeUse_createdAt_idx" ON "ChallengeUse"("createdAt");

-- CreateIndex
CREATE INDEX "SpentToken_createdAt_idx" ON "SpentToken"("createdAt");

-- CreateIndex
CREATE INDEX "RateCount_hour_idx" ON "RateCount"("hour");

-- CreateIndex
CREATE INDEX "PathFingerprint_createdAt_idx" ON "PathFingerprint"("createdAt");

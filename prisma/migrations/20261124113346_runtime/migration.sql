-- CreateEnum
CREATE TYPE "ChallengeStatus" AS ENUM ('PENDING', 'PASSED', 'FAILED');

-- CreateTable
CREATE TABLE "AccessKey" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "accessKeyId" TEXT NOT NULL,
    "secretCiphertext" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "AccessKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" TEXT NOT NULL,
    "certifyId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "captchaType" "VerificationType" NOT NULL,
    "answer" JSONB NOT NULL,
    "status" "ChallengeStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "verifyCode" TEXT,
    "tokenHash" TEXT,
    "tokenUsedAt" TIMESTAMP(3),
    "passedAt" TIMESTAMP(3),
    "pageUrl" TEXT,
    "clientAddress" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageCount" (
    "scenarioId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UsageCount_pkey" PRIMARY KEY ("scenarioId","day","kind","code")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessKey_accessKeyId_key" ON "AccessKey"("accessKeyId");

-- CreateIndex
CREATE INDEX "AccessKey_organizationId_createdAt_idx" ON "AccessKey"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Challenge_certifyId_key" ON "Challenge"("certifyId");

-- CreateIndex
CREATE UNIQUE INDEX "Challenge_tokenHash_key" ON "Challenge"("tokenHash");

-- CreateIndex
CREATE INDEX "Challenge_scenarioId_idx" ON "Challenge"("scenarioId");

-- CreateIndex
CREATE INDEX "Challenge_expiresAt_idx" ON "Challenge"("expiresAt");

-- CreateIndex
CREATE INDEX "UsageCount_organizationId_day_idx" ON "UsageCount"("organizationId", "day");

-- AddForeignKey
ALTER TABLE "AccessKey" ADD CONSTRAINT "AccessKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageCount" ADD CONSTRAINT "UsageCount_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "AlertMetric" AS ENUM ('INITIALIZATIONS', 'VERIFICATIONS', 'INTERCEPTED', 'INTERCEPTION_RATE');

-- CreateEnum
CREATE TYPE "AlertWindow" AS ENUM ('LAST_HOUR', 'LAST_24_HOURS');

-- CreateEnum
CREATE TYPE "AlertChannel" AS ENUM ('EMAIL', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "WebhookFormat" AS ENUM ('GENERIC', 'DINGTALK', 'WECOM', 'FEISHU');

-- CreateEnum
CREATE TYPE "AlertState" AS ENUM ('OK', 'FIRING');

-- CreateEnum
CREATE TYPE "AlertEvent" AS ENUM ('FIRING', 'RESOLVED', 'TEST');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "UsageMinute" (
    "scenarioId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UsageMinute_pkey" PRIMARY KEY ("scenarioId","minute","kind","code")
);

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scenarioId" TEXT,
    "metric" "AlertMetric" NOT NULL,
    "window" "AlertWindow" NOT NULL,
    "threshold" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "channel" "AlertChannel" NOT NULL,
    "recipientUserIds" TEXT[],
    "webhookUrl" TEXT,
    "webhookFormat" "WebhookFormat",
    "webhookSecretCiphertext" TEXT,
    "state" "AlertState" NOT NULL DEFAULT 'OK',
    "stateChangedAt" TIMESTAMP(3),
    "lastValue" DOUBLE PRECISION,
    "lastEvaluatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "event" "AlertEvent" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "lastAttemptAt" TIMESTAMP(3),
    "responseStatus" INTEGER,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UsageMinute_organizationId_minute_idx" ON "UsageMinute"("organizationId", "minute");

-- CreateIndex
CREATE INDEX "UsageMinute_minute_idx" ON "UsageMinute"("minute");

-- CreateIndex
CREATE INDEX "AlertRule_organizationId_createdAt_idx" ON "AlertRule"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertRule_organizationId_name_key" ON "AlertRule"("organizationId", "name");

-- CreateIndex
CREATE INDEX "AlertDelivery_status_nextAttemptAt_idx" ON "AlertDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AlertDelivery_ruleId_createdAt_idx" ON "AlertDelivery"("ruleId", "createdAt");

-- AddForeignKey
ALTER TABLE "UsageMinute" ADD CONSTRAINT "UsageMinute_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AlertRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

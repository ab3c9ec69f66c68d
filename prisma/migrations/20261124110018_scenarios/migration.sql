-- CreateEnum
CREATE TYPE "IntegrationMethod" AS ENUM ('WEB_H5', 'WEBVIEW_H5', 'WECHAT_NATIVE_PLUGIN');

-- CreateEnum
CREATE TYPE "VerificationType" AS ENUM ('INVISIBLE', 'ONE_CLICK', 'SLIDER', 'PUZZLE', 'IMAGE_RESTORATION');

-- CreateEnum
CREATE TYPE "RuleStatus" AS ENUM ('OFFICIAL_RELEASE', 'TEST_MODE');

-- CreateEnum
CREATE TYPE "TestResult" AS ENUM ('PASS_VERIFICATION', 'FAIL_VERIFICATION', 'PASS_INVISIBLE', 'FAIL_INVISIBLE_PASS_CHALLENGE', 'FAIL_INVISIBLE_AND_CHALLENGE', 'FAIL_INVISIBLE');

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "sceneId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "integrationMethod" "IntegrationMethod" NOT NULL,
    "verificationType" "VerificationType" NOT NULL,
    "additionalChallenge" "VerificationType",
    "ruleStatus" "RuleStatus" NOT NULL DEFAULT 'OFFICIAL_RELEASE',
    "testResult" "TestResult",
    "pendingFromTestResult" "TestResult",
    "ruleEffectiveAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetLabel" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_sceneId_key" ON "Scenario"("sceneId");

-- CreateIndex
CREATE INDEX "Scenario_organizationId_createdAt_id_idx" ON "Scenario"("organizationId", "createdAt" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_organizationId_name_key" ON "Scenario"("organizationId", "name");

-- CreateIndex
CREATE INDEX "AuditEntry_organizationId_createdAt_idx" ON "AuditEntry"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_organizationId_targetType_targetId_idx" ON "AuditEntry"("organizationId", "targetType", "targetId");

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

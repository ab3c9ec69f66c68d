import type { Shape } from "./shape";
import { GLOSSARY } from "../glossary";
import * as common from "./common";
import * as accessKeys from "./accessKeys";
import * as permissions from "./permissions";
import * as members from "./members";
import * as auditLog from "./auditLog";
import * as alerts from "./alerts";
import * as profile from "./profile";
import * as notices from "./notices";
import * as auth from "./auth";
import * as invitation from "./invitation";
import * as guide from "./guide";
import * as policies from "./policies";
import * as scenarioValues from "./scenario-values";
import * as scenarios from "./scenarios";

const term = GLOSSARY.en;

/**
 * The console's English texts. zh-CN.ts must have every key (its type is this file's shape, and a
 * unit test compares the two), so a text added here and forgotten there fails the typecheck.
 * Placeholders use ICU syntax ({name}); next-intl fills them.
 *
 * A page's texts live in their own file next to this one (i18n/messages/<namespace>.ts, exporting
 * `en` and `zhCN: Shape<typeof en>` side by side) and are mounted here and in zh-CN.ts under
 * the namespace's name; the frame's own texts stay below.
 */
export const en = {
  shell: {
    productName: term.captchaConsole,
    organization: term.organization,
    organizationPrefix: `${term.organization}: `,
    newOrganization: "New organization",
    organizationName: "Organization name",
    create: "Create",
    signedInAs: "Signed in as",
    profile: term.profile,
    signOut: "Sign out",
    language: "Language",
    noOrganization: "You are not a member of any organization. Create one with New organization, or ask a teammate for an invitation link.",
  },
  navigation: {
    label: "Console",
    overview: term.overview,
    scenarios: term.scenarios,
    policies: term.customPolicy,
    alerts: term.alerts,
    accessKeys: term.accessKeys,
    members: term.members,
    auditLog: term.auditLog,
  },
  roles: { OWNER: term.owner, ADMIN: term.admin, MEMBER: term.member, VIEWER: term.viewer },
  scenarios: scenarios.en,
  scenarioValues: scenarioValues.en,
  policies: policies.en,
  guide: guide.en,
  overview: {
    title: term.overview,
    description: "Your organization at a glance.",
    organization: term.organization,
    identityPrefix: term.identityPrefix,
    yourRole: "Your role",
    today: "Today's Summary Metrics",
    trend: "Traffic Trend",
    period: "Period",
    last7: "Last 7 days",
    last30: "Last 30 days",
    scenario: term.scenario,
    allScenarios: "All scenarios",
    perDay: "Requests per day",
    day: "Day",
    chartLabel: "Traffic trend: requests per day",
    series: {
      initializations: term.initializationRequests,
      verifications: term.verificationRequests,
      intercepted: term.interceptedCaptchas,
      successful: term.successfulCaptchas,
    },
  },
  common: common.en,
  accessKeys: accessKeys.en,
  permissions: permissions.en,
  members: members.en,
  auditLog: auditLog.en,
  alerts: alerts.en,
  profile: profile.en,
  notices: notices.en,
  auth: auth.en,
  invitation: invitation.en,
};

export type Messages = Shape<typeof en>;

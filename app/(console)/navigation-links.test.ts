import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import { ROLES } from "@/server/permissions";
import { CONSOLE_LINKS, linksFor } from "./navigation-links";

// The names a person reads (English), from the keys the links carry.
const labels = (role: Parameters<typeof linksFor>[0]) => linksFor(role).map((link) => MESSAGES.en.navigation[link.label]);

describe("the console's navigation", () => {
  it("owners and admins see every page", () => {
    const all = CONSOLE_LINKS.map((link) => MESSAGES.en.navigation[link.label]);
    expect(labels("OWNER")).toEqual(all);
    expect(labels("ADMIN")).toEqual(all);
  });

  it("members and viewers do not see Access Keys and Audit Log, which would only refuse them", () => {
    for (const role of ["MEMBER", "VIEWER"] as const) {
      expect(labels(role)).toEqual(["Overview", "Scenarios", "Custom Policy", "Alerts", "Members"]);
    }
  });

  it("every role keeps the pages everyone may read, in the same order", () => {
    for (const role of ROLES) expect(labels(role).slice(0, 4)).toEqual(["Overview", "Scenarios", "Custom Policy", "Alerts"]);
  });

  it("without an organization, every page stays: each says how to join or create one", () => {
    expect(linksFor(undefined)).toHaveLength(CONSOLE_LINKS.length);
  });
});

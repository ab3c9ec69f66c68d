import { describe, expect, it } from "vitest";
import { newIdentityPrefix, randomLowercaseId } from "./prefix";
import { createOrganizationInput, deleteOrganizationInput, organizationNameSchema, personalOrganizationName } from "./rules";

describe("organizations", () => {
  it("names the personal organization after the email's local part", () => {
    expect(personalOrganizationName("alice@example.com")).toBe("alice's organization");
  });

  it("identity prefixes are 6 lowercase letters or digits", () => {
    for (let i = 0; i < 200; i++) expect(newIdentityPrefix()).toMatch(/^[a-z0-9]{6}$/);
    expect(randomLowercaseId(8)).toMatch(/^[a-z0-9]{8}$/);
  });

  it("organization names are 1 to 64 characters", () => {
    expect(organizationNameSchema.safeParse("  ").success).toBe(false);
    expect(organizationNameSchema.safeParse("x".repeat(65)).success).toBe(false);
    expect(organizationNameSchema.parse(" Acme ")).toBe("Acme");
  });

  it("creating takes a valid name; deleting takes a bounded confirmation, checked against the name by the service", () => {
    expect(createOrganizationInput.parse({ name: " Side project " })).toEqual({ name: "Side project" });
    expect(createOrganizationInput.safeParse({ name: "" }).error?.issues[0].message).toBe("Enter a name for the organization.");
    expect(deleteOrganizationInput.safeParse({ confirmName: "Acme" }).success).toBe(true);
    expect(deleteOrganizationInput.safeParse({ confirmName: "x".repeat(201) }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { INVITATION_MESSAGES, invitationIdInput, invitationStatus, invitationTokenInput, inviteInput } from "./rules";

describe("invitations", () => {
  const now = new Date("2026-11-10T12:00:00Z");
  const later = new Date("2026-11-17T12:00:00Z");
  const earlier = new Date("2026-11-03T12:00:00Z");
  const open = { acceptedAt: null, revokedAt: null, expiresAt: later };

  it("is pending until it is used, revoked or past its expiry", () => {
    expect(invitationStatus(open, now)).toBe("pending");
    expect(invitationStatus({ ...open, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ ...open, acceptedAt: earlier }, now)).toBe("accepted");
    expect(invitationStatus({ ...open, revokedAt: earlier }, now)).toBe("revoked");
    expect(invitationStatus(null, now)).toBe("unknown");
  });

  it("says what happened rather than that time ran out: revoked and used win over expired", () => {
    expect(invitationStatus({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe("accepted");
    expect(invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe("revoked");
  });

  it("has a message for every state a link can be in besides pending, and names the invited email", () => {
    for (const status of ["unknown", "expired", "accepted", "revoked"] as const) expect(INVITATION_MESSAGES[status]).toMatch(/\.$/);
    expect(INVITATION_MESSAGES.wrongEmail("ana@example.com")).toContain("ana@example.com");
  });

  it("invites an email with a role, and refuses anything else with a message", () => {
    expect(inviteInput.parse({ email: "Ana@Example.com", role: "VIEWER" }).role).toBe("VIEWER");
    const badRole = inviteInput.safeParse({ email: "ana@example.com", role: "GOD" });
    expect(badRole.success).toBe(false);
    expect(badRole.error?.issues[0].message).toBe("Choose a role: Owner, Admin, Member or Viewer.");
    expect(inviteInput.safeParse({ email: "nope", role: "MEMBER" }).success).toBe(false);
  });

  it("bounds ids and tokens", () => {
    expect(invitationIdInput.safeParse({ invitationId: "" }).success).toBe(false);
    expect(invitationIdInput.safeParse({ invitationId: "x".repeat(65) }).success).toBe(false);
    expect(invitationTokenInput.safeParse({ token: "t".repeat(43) }).success).toBe(true);
    expect(invitationTokenInput.safeParse({ token: "t".repeat(201) }).success).toBe(false);
  });
});

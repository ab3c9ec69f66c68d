import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { EMAIL_VERIFICATION_MESSAGES } from "@/server/email-verification/rules";
import { INVITATION_MESSAGES } from "@/server/invitation/rules";
import { PASSWORD_RESET_MESSAGES } from "@/server/password-reset/rules";
import { PASSWORD_SIGN_IN_OFF_MESSAGE, SIGN_UP_OFF_MESSAGE, SSO_REQUIRED_MESSAGE } from "@/server/sso/rules";
import { MESSAGES } from ".";

/**
 * The sign-in and invitation pages say, by state or code, what the server's rules say: in English
 * the very same words, so nothing changed for English readers.
 */
describe("the sign-in pages' words", () => {
  const t = createTranslator({ locale: "en", messages: MESSAGES.en });

  it("name the server's refusals of a sign-in in the server's words", () => {
    expect(t("auth.errors.SsoRequired")).toBe(SSO_REQUIRED_MESSAGE);
    expect(t("auth.errors.PasswordSignInOff")).toBe(PASSWORD_SIGN_IN_OFF_MESSAGE);
  });

  it("say the invitation's state, a link's expiry and a closed sign-up as the server does", () => {
    for (const status of ["unknown", "expired", "accepted", "revoked"] as const) {
      expect(t(`invitation.statuses.${status}`)).toBe(INVITATION_MESSAGES[status]);
    }
    expect(t("invitation.wrongEmail", { email: "a@example.com", current: "b@example.com" })).toBe(
      `${INVITATION_MESSAGES.wrongEmail("a@example.com")} You are signed in as b@example.com.`,
    );
    expect(t("auth.resetPassword.invalidLink")).toBe(PASSWORD_RESET_MESSAGES.invalidLink);
    expect(t("auth.forgotPassword.emailNotConfigured")).toBe(PASSWORD_RESET_MESSAGES.emailNotConfigured);
    expect(t("auth.forgotPassword.sent")).toMatch(new RegExp(`^${PASSWORD_RESET_MESSAGES.sent.replace(/\./g, "\\.")} `));
    expect(t("auth.verifyEmail.verified")).toBe(EMAIL_VERIFICATION_MESSAGES.verified);
    expect(t("auth.verifyEmail.invalidLink")).toBe(EMAIL_VERIFICATION_MESSAGES.invalidLink);
    expect(t("notices.verifyEmail.resent")).toBe(EMAIL_VERIFICATION_MESSAGES.resent);
    expect(t("auth.signUp.off")).toBe(SIGN_UP_OFF_MESSAGE);
  });
});

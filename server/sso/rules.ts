/**
 * The linking rule of single sign-on, as a pure decision. A provider's sign-in names an account
 * there (issuer + subject). An identity already linked signs in to its account. Otherwise the
 * email decides: no account with it → a new account; an account with it → linked only when the
 * provider vouches for the email (email_verified: true), since anyone can register any email
 * at many providers and would otherwise take over the account.
 */
export type SsoDecision =
  | { kind: "signIn"; userId: string }
  | { kind: "link"; userId: string }
  | { kind: "create" }
  | { kind: "refuse"; reason: SsoRefusal };

export type SsoRefusal = "SsoEmailMissing" | "SsoEmailNotVerified";

export interface SsoFacts {
  /** The account this identity is already linked to, if any. */
  linkedUserId: string | null;
  /** The account that has the provider's email, if any. */
  userWithEmail: string | null;
  /** The email the provider gives, lower-cased; empty when it gives none. */
  email: string;
  /** The provider's email_verified claim, as given (only `true` counts). */
  emailVerified: unknown;
}

export function decideSsoSignIn(facts: SsoFacts): SsoDecision {
  if (facts.linkedUserId) return { kind: "signIn", userId: facts.linkedUserId };
  if (!facts.email) return { kind: "refuse", reason: "SsoEmailMissing" };
  if (!facts.userWithEmail) return { kind: "create" };
  if (facts.emailVerified === true) return { kind: "link", userId: facts.userWithEmail };
  return { kind: "refuse", reason: "SsoEmailNotVerified" };
}

/**
 * Whether an organization stays closed to this session: it requires single sign-on and the
 * session was started otherwise. Only while single sign-on is configured, since without it no
 * member could ever satisfy the requirement.
 */
export function ssoBlocks(input: { requireSso: boolean; oidcConfigured: boolean; signInMethod: string | undefined }): boolean {
  return input.requireSso && input.oidcConfigured && input.signInMethod !== "oidc";
}

export const SIGN_UP_OFF_MESSAGE = "Creating an account with a password is turned off here. Sign in with single sign-on.";
export const PASSWORD_SIGN_IN_OFF_MESSAGE = "Sign-in with a password is turned off here. Use single sign-on.";
export const SSO_REQUIRED_MESSAGE = "This organization requires single sign-on. Sign in with single sign-on to open it.";
export const SSO_NOT_CONFIGURED_MESSAGE = "Single sign-on is not configured on this server, so it cannot be required.";

import { en } from "@/i18n/messages/auth";

export type SignInErrorKey = keyof typeof en.errors;

/**
 * NextAuth sends a failed sign-in back to the sign-in page with `?error=<code>`: its own codes and
 * the refusals of server/auth and server/sso. The key of the words for it (i18n/messages/auth.ts),
 * "other" for a code we do not know (never echoed), undefined when there is none.
 */
export function signInErrorKey(code: string | string[] | undefined): SignInErrorKey | undefined {
  const value = Array.isArray(code) ? code[0] : code;
  if (!value) return undefined;
  // Own keys only: a code such as "constructor" or "toString" is not one of ours.
  return Object.hasOwn(en.errors, value) ? (value as SignInErrorKey) : "other";
}

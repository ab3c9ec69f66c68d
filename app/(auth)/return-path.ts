/**
 * Where to go after signing in. Only paths on this site are accepted, so a crafted link such as
 * /sign-in?callbackUrl=https://evil.example cannot send a fresh session elsewhere.
 */
export function safeReturnPath(value: string | null | undefined, fallback = "/overview"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/sign-in") || value.startsWith("/sign-up")) return fallback;
  return value;
}

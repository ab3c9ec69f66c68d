import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { chooseLocale, LANGUAGE_COOKIE } from "@/i18n/locales";
import { translateServerMessage } from "@/i18n/server-messages/translate";
import { authenticate } from "../account/service";
import { getDb } from "../db";
import { clientAddress } from "../http/client-address";
import { nextAuthSecret } from "./secret";
import { OIDC_PROVIDER_ID, oidcConfig, oidcOnly } from "../sso/config";
import { PASSWORD_SIGN_IN_OFF_MESSAGE } from "../sso/rules";
import { oidcProvider, oidcSessionStart, resolveOidcSignIn } from "../sso/next-auth";
import { endSession, findLiveSession, startSession } from "./sessions";

// Without NEXTAUTH_URL, NextAuth v4 would assume http://localhost:3000 for every redirect. A
// self-hosted console is reached under whatever host it is given, so trust the Host header then.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

/** Thrown from the jwt callback for a cookie whose server-side session has ended. */
class SessionEnded extends Error {
  constructor() {
    super("This session has ended.");
    this.name = "SessionEnded";
  }
}

/** One cookie's value from a Cookie header. */
const cookieValue = (cookieHeader: string, name: string) =>
  cookieHeader
    .split(";")
    .map((pair) => pair.trim().split("="))
    .find(([key]) => key === name)?.[1];

const header = (headers: unknown, name: string) => {
  const value =
    headers instanceof Headers ? headers.get(name) : (headers as Record<string, string | string[] | undefined> | undefined)?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
};

let options: NextAuthOptions | undefined;

/** NextAuth's configuration, built on first use so that `next build` reads no secret file. */
export function getAuthOptions(): NextAuthOptions {
  const sso = oidcConfig();
  const passwordOff = oidcOnly();
  options ??= {
    secret: nextAuthSecret(),
    // The credentials provider only works with JWT sessions; each JWT names a UserSession row
    // that must still exist (server/auth/sessions.ts), so sessions end on the server.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    // Failed single sign-ons come back to the sign-in page with ?error=<code>, shown in words there.
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      ...(sso ? [oidcProvider(sso)] : []),
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const headers = request?.headers ?? {};
          // Nobody is signed in yet: the sign-in page's language is this browser's (cookie, Accept-Language).
          const locale = chooseLocale({
            cookie: cookieValue(header(headers, "cookie"), LANGUAGE_COOKIE),
            acceptLanguage: header(headers, "accept-language"),
          });
          if (passwordOff) throw new Error(translateServerMessage(PASSWORD_SIGN_IN_OFF_MESSAGE, locale));
          const address = clientAddress(headers as Record<string, string>);
          const outcome = await authenticate(getDb(), credentials ?? {}, address);
          // A thrown message reaches the form as `error`; returning null would lose the reason.
          if (!outcome.ok) throw new Error(translateServerMessage(outcome.message, locale));
          const sessionId = await startSession(getDb(), outcome.user.id, { userAgent: header(headers, "user-agent"), address });
          return { id: outcome.user.id, email: outcome.user.email, sessionId };
        },
      }),
    ],
    callbacks: {
      // Single sign-on finds, links or creates the account here, where a refusal can still send
      // the person back to the sign-in page with a reason (server/sso/rules.ts).
      async signIn({ account, profile }) {
        if (sso && account?.provider === OIDC_PROVIDER_ID) return resolveOidcSignIn(getDb(), sso, profile);
        return true;
      },
      async jwt({ token, user, account, profile }) {
        if (sso && user && account?.provider === OIDC_PROVIDER_ID) {
          // The token's subject is the provider's; the session belongs to the linked account.
          return { ...token, ...(await oidcSessionStart(getDb(), sso, profile)) };
        }
        if (user) return { ...token, sessionId: (user as { sessionId?: string }).sessionId, signInMethod: "password" };
        // Throwing makes NextAuth answer "no session" and clear the cookie.
        const live = token.sub && typeof token.sessionId === "string" ? await findLiveSession(getDb(), token.sessionId, token.sub) : null;
        if (!live) throw new SessionEnded();
        return { ...token, signInMethod: live.method, language: live.language ?? undefined };
      },
      session({ session, token }) {
        if (token.sub) {
          session.user = {
            id: token.sub,
            email: token.email ?? "",
            sessionId: String(token.sessionId ?? ""),
            signInMethod: token.signInMethod ?? "password",
            language: token.language,
          };
        }
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sessionId === "string") await endSession(getDb(), token.sessionId);
      },
    },
    logger: {
      // An ended session is an expected answer, not a server error worth a stack trace.
      error(code, metadata) {
        const cause = (metadata as { error?: unknown })?.error ?? metadata;
        if (code === "JWT_SESSION_ERROR" && cause instanceof Error && cause.name === "SessionEnded") return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
  };
  return options;
}

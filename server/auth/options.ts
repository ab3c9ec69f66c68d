import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "../account/service";
import { getDb } from "../db";
import { nextAuthSecret } from "./secret";
import { clientAddress } from "./client-address";

// Without NEXTAUTH_URL, NextAuth v4 would assume http://localhost:3000 for every redirect. A
// self-hosted console is reached under whatever host it is given, so trust the Host header then.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

let options: NextAuthOptions | undefined;

/** NextAuth's configuration, built on first use so that `next build` reads no secret file. */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: nextAuthSecret(),
    // The credentials provider only works with JWT sessions. Access is still checked against the
    // database on every request: procedures load the membership each call (server/trpc).
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const outcome = await authenticate(getDb(), credentials ?? {}, clientAddress(request?.headers ?? {}));
          if (outcome.ok) return { id: outcome.user.id, email: outcome.user.email };
          // A thrown message reaches the form as `error`; returning null would lose the reason.
          throw new Error(outcome.message);
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        if (token.sub) session.user = { id: token.sub, email: token.email ?? "" };
        return session;
      },
    },
  };
  return options;
}

import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /**
     * sessionId: the UserSession row this browser's cookie names (server/auth/sessions.ts);
     * signInMethod: how that session was started, read from the row (absent means "password");
     * language: the console language saved on the account, read with the row (absent: none saved).
     */
    user: { id: string; email: string; sessionId: string; signInMethod?: "password" | "oidc"; language?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionId?: string;
    signInMethod?: "password" | "oidc";
    language?: string;
  }
}

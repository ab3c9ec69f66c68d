import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** sessionId: the UserSession row this browser's cookie names (server/auth/sessions.ts). */
    user: { id: string; email: string; sessionId: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionId?: string;
  }
}

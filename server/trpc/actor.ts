import type { Actor } from "../audit/service";
import type { MemberActor } from "../member/service";
import type { Role } from "../permissions";

type SignedIn = { userId: string; session: { user: { email: string } } | null };

/** Who is acting, as the audit log records them. */
export const actorOf = (ctx: SignedIn): Actor => ({ userId: ctx.userId, email: ctx.session?.user.email ?? "" });

/** Who is acting inside an organization, with their role there. */
export const memberActorOf = (ctx: SignedIn & { membership: { role: Role } }): MemberActor => ({
  ...actorOf(ctx),
  role: ctx.membership.role,
});

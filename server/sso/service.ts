import { emailSchema } from "../account/rules";
import { recordAudit } from "../audit/service";
import type { Db } from "../db";
import { isUniqueViolation } from "../errors";
import { personalOrganizationName } from "../organization/rules";
import { createOrganization } from "../organization/service";
import { decideSsoSignIn, type SsoRefusal } from "./rules";

/** What the provider says about the person signing in (from the ID token's claims). */
export interface SsoClaims {
  issuer: string;
  subject: string;
  email: unknown;
  emailVerified: unknown;
}

export type SsoOutcome =
  | { ok: true; user: { id: string; email: string }; change: "none" | "linked" | "created" }
  | { ok: false; reason: SsoRefusal };

/**
 * Finds, links or creates the account for a single sign-on (rule in ./rules.ts), and records a
 * link or a creation in the audit log. Two first sign-ins of one person at once: the unique
 * indexes (email, issuer + subject) let one win; the other runs again and finds its work done.
 */
export async function resolveSsoSignIn(db: Db, claims: SsoClaims): Promise<SsoOutcome> {
  try {
    return await resolveOnce(db, claims);
  } catch (error) {
    if (isUniqueViolation(error)) return resolveOnce(db, claims);
    throw error;
  }
}

function resolveOnce(db: Db, claims: SsoClaims): Promise<SsoOutcome> {
  const parsedEmail = emailSchema.safeParse(claims.email);
  const email = parsedEmail.success ? parsedEmail.data : "";
  return db.$transaction(async (tx) => {
    const linked = await tx.ssoIdentity.findUnique({
      where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } },
      select: { user: { select: { id: true, email: true } } },
    });
    const withEmail = email && !linked ? await tx.user.findUnique({ where: { email }, select: { id: true, email: true } }) : null;
    const decision = decideSsoSignIn({
      linkedUserId: linked?.user.id ?? null,
      userWithEmail: withEmail?.id ?? null,
      email,
      emailVerified: claims.emailVerified,
    });
    const identity = { issuer: claims.issuer, subject: claims.subject };
    switch (decision.kind) {
      case "refuse":
        return { ok: false, reason: decision.reason };
      case "signIn":
        return { ok: true, user: linked!.user, change: "none" };
      case "link": {
        const user = withEmail!;
        await tx.ssoIdentity.create({ data: { ...identity, userId: user.id } });
        // Linking changes how the account can be entered, which concerns every organization it
        // belongs to: each one's audit log says so.
        const memberships = await tx.membership.findMany({ where: { userId: user.id }, select: { organizationId: true } });
        for (const { organizationId } of memberships) {
          await recordAudit(tx, {
            organizationId,
            actor: { userId: user.id, email: user.email },
            action: "account.ssoLink",
            target: { type: "account", id: user.id, label: user.email },
            after: identity,
          });
        }
        return { ok: true, user, change: "linked" };
      }
      case "create": {
        // The provider vouching for the email counts as this console's own verification (server/email-verification/).
        const emailVerifiedAt = claims.emailVerified === true ? new Date() : null;
        const user = await tx.user.create({ data: { email, passwordHash: null, emailVerifiedAt }, select: { id: true, email: true } });
        await tx.ssoIdentity.create({ data: { ...identity, userId: user.id } });
        const organization = await createOrganization(tx, { name: personalOrganizationName(email), userId: user.id });
        await recordAudit(tx, {
          organizationId: organization.id,
          actor: { userId: user.id, email },
          action: "account.ssoCreate",
          target: { type: "account", id: user.id, label: email },
          after: { ...identity, organization: organization.name },
        });
        return { ok: true, user, change: "created" };
      }
    }
  });
}

/** The account an identity is linked to, or null (for the session that a sign-in starts). */
export async function linkedAccount(db: Db, issuer: string, subject: string) {
  const identity = await db.ssoIdentity.findUnique({
    where: { issuer_subject: { issuer, subject } },
    select: { user: { select: { id: true, email: true } } },
  });
  return identity?.user ?? null;
}

import { z } from "zod";
import { recordAudit, type Actor } from "../audit/service";
import type { Db } from "../db";
import { DomainError } from "../errors";
import type { SessionMethod } from "../auth/sessions";
import { oidcConfig } from "./config";
import { SSO_NOT_CONFIGURED_MESSAGE } from "./rules";

export const setSsoRequirementInput = z.object({ requireSso: z.boolean() });

export const SSO_FIRST_MESSAGE =
  "Sign in with single sign-on yourself before requiring it, so that you know it works for you and keep access to the organization.";

/**
 * Turns "require single sign-on" on or off for an organization (owners only, checked by the
 * router), recorded in the audit log. Turning it on asks that the owner's own session came from
 * single sign-on: otherwise the change would shut the owner out of the page they are on.
 */
export async function setSsoRequirement(
  db: Db,
  actor: Actor & { signInMethod: SessionMethod },
  organization: { id: string; name: string },
  requireSso: boolean,
) {
  if (requireSso && !oidcConfig()) throw new DomainError("PRECONDITION_FAILED", SSO_NOT_CONFIGURED_MESSAGE);
  if (requireSso && actor.signInMethod !== "oidc") throw new DomainError("PRECONDITION_FAILED", SSO_FIRST_MESSAGE);
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: organization.id }, select: { requireSso: true } });
    if (before.requireSso === requireSso) return { requireSso };
    await tx.organization.updateMany({ where: { id: organization.id }, data: { requireSso } });
    await recordAudit(tx, {
      organizationId: organization.id,
      actor: { userId: actor.userId, email: actor.email },
      action: "organization.requireSso",
      target: { type: "organization", id: organization.id, label: organization.name },
      before: { requireSso: before.requireSso },
      after: { requireSso },
    });
    return { requireSso };
  });
}

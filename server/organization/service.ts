import { recordAudit } from "../audit/service";
import type { Db } from "../db";
import { DomainError } from "../errors";
import type { Prisma, Role } from "../generated/prisma/client";
import { newIdentityPrefix } from "./prefix";
import { ORGANIZATION_MESSAGES } from "./rules";

type Tx = Prisma.TransactionClient | Db;

/** Creates an organization with `userId` as its first member. Call inside a transaction. */
export async function createOrganization(tx: Tx, input: { name: string; userId: string; role?: Role }) {
  return tx.organization.create({
    data: {
      name: input.name,
      prefix: await unusedIdentityPrefix(tx),
      memberships: { create: { userId: input.userId, role: input.role ?? "OWNER" } },
    },
  });
}

// Checked before the insert rather than retried after a unique violation: inside a PostgreSQL
// transaction a failed statement aborts the whole transaction. (36^6 values make a race moot.)
async function unusedIdentityPrefix(tx: Tx): Promise<string> {
  for (;;) {
    const prefix = newIdentityPrefix();
    if (!(await tx.organization.findUnique({ where: { prefix }, select: { id: true } }))) return prefix;
  }
}

/** The organizations a user belongs to, oldest membership first, with the user's role in each. */
export function listOrganizationsOf(db: Db, userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, organization: { select: { id: true, name: true, prefix: true, requireSso: true } } },
  });
}

/** A further organization, created by a signed-in user who becomes its owner. */
export async function createOrganizationFor(db: Db, user: { userId: string; email: string }, name: string) {
  return db.$transaction(async (tx) => {
    const organization = await createOrganization(tx, { name, userId: user.userId });
    await recordAudit(tx, {
      organizationId: organization.id,
      actor: user,
      action: "organization.create",
      target: { type: "organization", id: organization.id, label: organization.name },
      after: { name: organization.name, prefix: organization.prefix },
    });
    return { id: organization.id, name: organization.name, prefix: organization.prefix };
  });
}

/**
 * Deletes an organization with everything in it (members, invitations, scenarios, their policies
 * and history, audit entries) through the foreign keys' cascades, once its exact name is typed.
 */
export async function deleteOrganization(db: Db, organization: { id: string; name: string }, confirmName: string) {
  if (confirmName.trim() !== organization.name) throw new DomainError("BAD_REQUEST", ORGANIZATION_MESSAGES.confirmName, "confirmName");
  await db.organization.deleteMany({ where: { id: organization.id } });
  return { organizationId: organization.id };
}

import type { Db } from "../db";
import type { Prisma, Role } from "../generated/prisma/client";
import { newIdentityPrefix } from "./prefix";

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
    select: { role: true, organization: { select: { id: true, name: true, prefix: true } } },
  });
}

import type { TRPCError } from "@trpc/server";
import { randomBytes } from "node:crypto";
import type { Session } from "next-auth";
import { hashPassword } from "../auth/password";
import type { Locale } from "@/i18n/locales";
import type { Db } from "../db";
import { createOrganization } from "../organization/service";
import type { Role } from "../permissions";
import { createCaller } from "../trpc/root";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;

export function uniqueEmail(label = "user") {
  return `${label}-${randomBytes(4).toString("hex")}@example.com`;
}

export async function createUser(db: Db, email = uniqueEmail()) {
  passwordHash ??= hashPassword(TEST_PASSWORD); // hashing is deliberately slow: do it once
  return db.user.create({ data: { email, passwordHash: await passwordHash } });
}

/** A new organization with one new member of `role` (and an owner, when `role` is not OWNER). */
export async function createOrgWithMember(db: Db, { role = "OWNER" as Role } = {}) {
  const owner = await createUser(db, uniqueEmail("owner"));
  const organization = await createOrganization(db, { name: "Acme", userId: owner.id });
  if (role === "OWNER") return { organization, user: owner };
  const user = await createUser(db, uniqueEmail(role.toLowerCase()));
  await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role } });
  return { organization, user, owner };
}

export function sessionFor(user: { id: string; email: string }, sessionId = "test-session"): Session {
  return { user: { id: user.id, email: user.email, sessionId }, expires: new Date(Date.now() + 3600_000).toISOString() };
}

/**
 * A tRPC caller as the console's route would build it; each caller comes from its own address.
 * `locale` is the request's console language (English when absent, as for a context without one).
 */
export function callerFor(
  db: Db,
  user?: { id: string; email: string },
  clientAddress = `198.51.100.${randomBytes(1)[0]}`,
  locale?: Locale,
) {
  return createCaller({ db, session: user ? sessionFor(user) : null, clientAddress, locale });
}

/** The TRPCError a call fails with, or undefined when it succeeds: for asserting refusals. */
export const failure = (promise: Promise<unknown>): Promise<TRPCError | undefined> =>
  promise.then(
    () => undefined,
    (error: TRPCError) => error,
  );

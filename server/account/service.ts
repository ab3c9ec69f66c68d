import type { Db } from "../db";
import { DomainError, isUniqueViolation } from "../errors";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../auth/password";
import { personalOrganizationName } from "../organization/rules";
import { createOrganization } from "../organization/service";
import { signInInput, signUpInput, type SignUpInput } from "./rules";
import {
  THROTTLED_MESSAGE,
  clearSignInFailures,
  isSignInThrottled,
  recordSignInFailure,
} from "./sign-in-throttle";

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists. Sign in instead.";

/** Creates the account and its personal organization, with the new user as OWNER. */
export async function signUp(db: Db, rawInput: SignUpInput) {
  const input = signUpInput.parse(rawInput);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) throw new DomainError("CONFLICT", DUPLICATE_EMAIL_MESSAGE, "email");
      const user = await tx.user.create({ data: { email: input.email, passwordHash } });
      const organization = await createOrganization(tx, {
        name: personalOrganizationName(input.email),
        userId: user.id,
      });
      return { userId: user.id, email: user.email, organizationId: organization.id };
    });
  } catch (error) {
    // Two sign-ups with the same email at once: the unique index decides.
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", DUPLICATE_EMAIL_MESSAGE, "email");
    throw error;
  }
}

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string } }
  | { ok: false; reason: "invalid" | "throttled"; message: string };

export const WRONG_CREDENTIALS_MESSAGE = "Wrong email or password.";

/** Checks a sign-in. Wrong email and wrong password get the same answer, in about the same time. */
export async function authenticate(
  db: Db,
  credentials: { email?: unknown; password?: unknown },
  address: string,
): Promise<SignInOutcome> {
  const parsed = signInInput.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid", message: WRONG_CREDENTIALS_MESSAGE };
  const { email, password } = parsed.data;

  if (await isSignInThrottled(db, email, address)) {
    return { ok: false, reason: "throttled", message: THROTTLED_MESSAGE };
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !valid) {
    await recordSignInFailure(db, email, address);
    return { ok: false, reason: "invalid", message: WRONG_CREDENTIALS_MESSAGE };
  }
  await clearSignInFailures(db, email);
  return { ok: true, user: { id: user.id, email: user.email } };
}

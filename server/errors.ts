/**
 * Errors that services throw when a request breaks a rule. They carry a tRPC-style code and a
 * message meant for the person using the console; `field` names the form field it belongs to.
 * The tRPC layer turns them into responses in one place (server/trpc/init.ts).
 */
export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Prisma's "unique constraint failed", e.g. two sign-ups racing for one email. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { DomainError, isUniqueViolation } from "../errors";
import type { Permission } from "../permissions";
import type { Locale } from "@/i18n/locales";
import { translateServerMessage } from "@/i18n/server-messages/translate";
import type { Context } from "./context";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "../http/storable-text";
import { speakingLocale } from "./zod-locale";

export type FieldErrors = Record<string, string[]>;

// Keys superjson refuses to send (a prototype pollution guard), so an error naming one would turn
// into a 500. No form has such a field: only a hostile input does, and its error is the form's.
const UNSENDABLE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const fieldKey = (path: string) => (path === "" || UNSENDABLE_KEYS.has(path) ? "_form" : path);

/** Field errors for forms, in the caller's language (English when `locale` is absent). */
function fieldErrorsOf(error: TRPCError, locale?: Locale): FieldErrors | undefined {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fields = new Map<string, string[]>();
    for (const issue of cause.issues) {
      const key = fieldKey(issue.path.join("."));
      fields.set(key, [...(fields.get(key) ?? []), translateServerMessage(issue.message, locale)]);
    }
    return Object.fromEntries(fields);
  }
  if (cause instanceof DomainError && cause.field) return { [fieldKey(cause.field)]: [translateServerMessage(cause.message, locale)] };
  return undefined;
}

/**
 * The message a person may read, in their language: internal errors say nothing of their cause,
 * input errors name the first problem. Services write English; it is translated here, on the way
 * out (i18n/server-messages).
 */
export function messageOf(error: TRPCError, locale?: Locale): string {
  return translateServerMessage(englishMessageOf(error), locale);
}

function englishMessageOf(error: TRPCError): string {
  if (error.code === "INTERNAL_SERVER_ERROR") return "Something went wrong on our side. Please try again.";
  if (error.cause instanceof ZodError) return error.cause.issues[0]?.message ?? "The input is not valid.";
  return error.message;
}

/** Procedure metadata: which permission a procedure requires, for the authorization matrix test. */
export interface ProcedureMeta {
  permission?: Permission;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    // The one error format: a readable message, field errors for forms, and never a stack trace,
    // SQL or other internals (those are logged on the server instead).
    // Both in the caller's language (ctx.locale; absent when the context could not be built).
    errorFormatter({ shape, error, ctx }) {
      return {
        code: shape.code,
        message: messageOf(error, ctx?.locale),
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors: fieldErrorsOf(error, ctx?.locale),
        },
      };
    },
  });

/** Turns domain errors and unique-constraint violations into tRPC errors with the right code. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) throw new TRPCError({ code: cause.code, message: cause.message, cause });
    if (isUniqueViolation(cause)) throw new TRPCError({ code: "CONFLICT", message: "That already exists.", cause });
  }
  return result;
});

/**
 * Refuses text the database cannot store (server/http/storable-text.ts) anywhere in the raw input,
 * before any other check reads it: one rule for every procedure, present and future, instead of a
 * refinement on each string field of each schema.
 */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const path = findUnstorableText(await getRawInput());
  if (path) throw new DomainError("BAD_REQUEST", UNSTORABLE_TEXT_MESSAGE, path.join(".") || "_form");
  return next();
});

/** Parses input and runs the procedure in the caller's language, for zod's own messages (./zod-locale.ts). */
const speakCallerLocale = t.middleware(({ ctx, next }) => speakingLocale(ctx.locale, () => next()));

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const baseProcedure = t.procedure.use(speakCallerLocale).use(mapDomainErrors).use(refuseUnstorableText);
export const middleware = t.middleware;

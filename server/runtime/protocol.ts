import { z } from "zod";

/**
 * What the widget sends (widget/ builds it; /work/notes-style contract in the README's runtime
 * section). Every field is bounded; anything else in the body is ignored. Strings with NUL or
 * broken Unicode never get this far (http.ts refuses them for every endpoint).
 */
export const initRequest = z.object({
  prefix: z.string().trim().min(1).max(32),
  sceneId: z.string().trim().min(1).max(32),
  pageUrl: z.string().max(2048).optional(),
  /** The device token a previous initialization handed this browser (device.ts). */
  deviceToken: z.string().max(256).optional(),
});
export type InitRequest = z.infer<typeof initRequest>;

/** Environment hints the widget reports: hints that add risk, never a reason to pass. */
export const environmentHints = z
  .object({
    webdriver: z.boolean().optional(),
    /** An interaction event with isTrusted false: a script dispatched it. */
    untrusted: z.boolean().optional(),
    /** A DevTools-protocol artefact (an automation tool driving the browser). */
    cdp: z.boolean().optional(),
    /** navigator.platform and the WebGL renderer: Block Emulated Devices. */
    platform: z.string().max(64).optional(),
    renderer: z.string().max(256).optional(),
  })
  .partial()
  .default({});
export type EnvironmentHints = z.infer<typeof environmentHints>;

export const clientVerifyRequest = z.object({
  certifyId: z.string().trim().min(1).max(64),
  /** The sealed challenge state from the initialization (or from Next). */
  state: z.string().min(1).max(4096),
  // One number per sub-puzzle: Attack and Defense Mode asks for 20, the widget solves up to 64.
  pow: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).max(64).default([]),
  answer: z.object({ x: z.number().finite().min(-1000).max(10_000).optional() }).default({}),
  /** Raw events; their shape is checked by the behaviour module (behaviour/events.ts). */
  events: z.array(z.unknown()).max(400).default([]),
  pointer: z.enum(["mouse", "touch", "pen", "keyboard", "none"]).optional(),
  box: z.tuple([z.number().finite().min(0).max(10_000), z.number().finite().min(0).max(10_000)]).optional(),
  env: environmentHints,
  v2: z.boolean().optional(),
});
export type ClientVerifyRequest = z.infer<typeof clientVerifyRequest>;

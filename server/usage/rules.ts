import { z } from "zod";
import { sceneIdSchema } from "../scenario/rules";

/** What the Overview asks for: the last 1, 7 or 30 days, of one scenario or of all. */
export const usageInput = z.object({
  days: z.union([z.literal(1), z.literal(7), z.literal(30)]).default(7),
  sceneId: sceneIdSchema.optional(),
});
export type UsageInput = z.output<typeof usageInput>;

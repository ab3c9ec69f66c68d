import type { Prisma } from "../generated/prisma/client";

// Prisma sends `contains`/`startsWith` as SQL LIKE without escaping its wildcards
// (prisma/orm#19506); names may contain "_", so a search must escape them to mean them.
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** Scenarios whose name contains `search` (any case) or whose Scenario ID starts with it. */
export function scenarioSearch(search: string | undefined): Prisma.ScenarioWhereInput {
  if (!search) return {};
  return {
    OR: [{ name: { contains: likeLiteral(search), mode: "insensitive" } }, { sceneId: { startsWith: likeLiteral(search.toLowerCase()) } }],
  };
}

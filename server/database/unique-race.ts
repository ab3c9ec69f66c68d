import { isUniqueViolation } from "../errors";

/**
 * Runs `work`, a transaction that checked a unique value was free before writing it. Two requests
 * can both pass that check: the unique index then decides, and the loser hears `lost` (a domain
 * error saying why) instead of a database error.
 */
export async function withUniqueRace<T>(work: () => Promise<T>, lost: Error): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw lost;
    throw error;
  }
}

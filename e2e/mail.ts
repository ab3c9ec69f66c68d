import { expect } from "@playwright/test";
import type { ReceivedMail } from "../server/test/mailbox";
import { OUTSIDE_PORT } from "./ports";

/** The email that reached the test SMTP server for `address` (scripts/e2e-outside.mjs). */
export async function mailTo(address: string): Promise<ReceivedMail[]> {
  const response = await fetch(`http://127.0.0.1:${OUTSIDE_PORT}/mail?to=${encodeURIComponent(address)}`);
  return (await response.json()) as ReceivedMail[];
}

/** Waits until an email to `address` whose subject contains `subject` arrives, and returns it. */
export async function waitForMail(address: string, subject: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailTo(address)).find((mail) => mail.subject.includes(subject));
        return Boolean(found);
      },
      { message: `an email "${subject}" to ${address}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

export { firstLink } from "../server/test/mailbox";

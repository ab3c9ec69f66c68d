import { z } from "zod";

/** Rules of organizations: their names and the inputs of organization actions. */
export const ORGANIZATION_MESSAGES = {
  confirmName: "Type the organization's exact name to confirm.",
} as const;

export const organizationNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name for the organization.")
  .max(64, "An organization name has at most 64 characters.");

/** The personal organization created at sign-up, named after the part of the email before the @. */
export function personalOrganizationName(email: string): string {
  const local = email.split("@")[0] || email;
  return `${local}'s organization`.slice(0, 64);
}

export const createOrganizationInput = z.object({ name: organizationNameSchema });
export const deleteOrganizationInput = z.object({ confirmName: z.string().max(200) });

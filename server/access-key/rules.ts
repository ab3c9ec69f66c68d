import { randomInt } from "node:crypto";
import { z } from "zod";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const randomAlphanumeric = (length: number) => Array.from({ length }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join("");

/** Shaped like Alibaba Cloud's keys ("LTAI" + 20 characters; a 30-character secret). */
export const newAccessKeyId = () => `LTAI${randomAlphanumeric(20)}`;
export const newAccessKeySecret = () => randomAlphanumeric(30);
export const ACCESS_KEY_ID_PATTERN = /^LTAI[A-Za-z0-9]{20}$/;

export const ACCESS_KEY_MESSAGES = {
  notFound: "This access key does not exist in your organization.",
} as const;

export const createAccessKeyInput = z.object({
  description: z.string().trim().max(100, "A description has at most 100 characters.").default(""),
});
export const accessKeyIdInput = z.object({ accessKeyId: z.string().trim().regex(ACCESS_KEY_ID_PATTERN, "Not an AccessKey ID.") });

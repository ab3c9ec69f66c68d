import type { Locale } from "../locales";
import { en, type Messages } from "./en";
import { zhCN } from "./zh-CN";

export const MESSAGES: Record<Locale, Messages> = { en, "zh-CN": zhCN };
export type { Messages };

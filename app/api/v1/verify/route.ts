import { getDb } from "@/server/db";
import { handleJsonCall } from "@/server/runtime/verify-api";

export function POST(request: Request) {
  return handleJsonCall(getDb(), request);
}

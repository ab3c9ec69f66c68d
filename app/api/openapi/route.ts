import { getDb } from "@/server/db";
import { handleRpcCall } from "@/server/runtime/verify-api";

// Alibaba Cloud's SDKs POST to "/" of their endpoint; proxy.ts rewrites such calls to here.
export function POST(request: Request) {
  return handleRpcCall(getDb(), request, "/");
}

import { getDb } from "@/server/db";
import { initInput, initializeChallenge, requestId } from "@/server/runtime/client";
import { CORS_HEADERS, apiError, clientAddressOf, json, readBody } from "@/server/runtime/http";

/** The widget's initialization: a fresh challenge for (identity prefix, Scene ID). */
export async function POST(request: Request) {
  const body = await readBody(request);
  let parsed;
  try {
    parsed = initInput.safeParse(JSON.parse(body ?? ""));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) return apiError(400, "InvalidParameter", "Send JSON with prefix and sceneId.", CORS_HEADERS);
  const result = await initializeChallenge(getDb(), parsed.data, clientAddressOf(request));
  if (!result.ok) return json({ RequestId: requestId(), Success: false, Code: result.code, Message: result.message, LimitFlow: false }, 400, CORS_HEADERS);
  return json(
    { RequestId: requestId(), Success: true, Code: "Success", Message: "success", CertifyId: result.certifyId, CaptchaType: result.captchaType, Challenge: result.challenge },
    200,
    CORS_HEADERS,
  );
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

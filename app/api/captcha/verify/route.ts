import { getDb } from "@/server/db";
import { clientVerifyInput, requestId, verifyOnClient } from "@/server/runtime/client";
import { CORS_HEADERS, apiError, json, readBody } from "@/server/runtime/http";

/** The widget's verification of a person's answer; on success it carries the captchaVerifyParam. */
export async function POST(request: Request) {
  const body = await readBody(request);
  let parsed;
  try {
    parsed = clientVerifyInput.safeParse(JSON.parse(body ?? ""));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) return apiError(400, "InvalidParameter", "Send JSON with certifyId, answer and signals.", CORS_HEADERS);
  const result = await verifyOnClient(getDb(), parsed.data, new Date(), { userAgent: request.headers.get("user-agent") ?? "" });
  return json(
    {
      RequestId: requestId(),
      Success: true,
      Code: "Success",
      Message: "success",
      Result: { VerifyResult: result.verifyResult, VerifyCode: result.verifyCode, CertifyId: result.certifyId },
      ...(result.captchaVerifyParam && { CaptchaVerifyParam: result.captchaVerifyParam }),
      ...(result.next && { Next: { CaptchaType: result.next.captchaType, Challenge: result.next.challenge } }),
    },
    200,
    CORS_HEADERS,
  );
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

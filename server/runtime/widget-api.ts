import { verifyOnClient } from "./client-verify";
import { CORS_HEADERS, apiError, json, asObject, requestId, type RuntimeRequest, type RuntimeResponse } from "./http";
import { initialize } from "./init";
import { clientVerifyRequest, initRequest } from "./protocol";
import type { Runtime } from "./runtime";

/** The widget's two calls: initialization and client verification (CORS: any page may call them). */

export async function handleInit(runtime: Runtime, request: RuntimeRequest): Promise<RuntimeResponse> {
  const parsed = initRequest.safeParse(asObject(request.json));
  if (!parsed.success) return apiError(400, "InvalidParameter", "Send JSON with prefix and sceneId.", CORS_HEADERS);
  const result = await initialize(runtime, parsed.data, request.clientAddress);
  if (!result.ok)
    return json(
      { RequestId: requestId(), Success: false, Code: result.code, Message: result.message, LimitFlow: false },
      400,
      CORS_HEADERS,
    );
  return json(
    {
      RequestId: requestId(),
      Success: true,
      Code: "Success",
      Message: "success",
      CertifyId: result.certifyId,
      CaptchaType: result.captchaType,
      Challenge: result.challenge,
      Pow: result.pow,
      State: result.state,
      DeviceToken: result.deviceToken,
    },
    200,
    CORS_HEADERS,
  );
}

export async function handleClientVerify(runtime: Runtime, request: RuntimeRequest): Promise<RuntimeResponse> {
  const parsed = clientVerifyRequest.safeParse(asObject(request.json));
  if (!parsed.success) return apiError(400, "InvalidParameter", "Send JSON with certifyId, state, pow, answer and events.", CORS_HEADERS);
  const result = await verifyOnClient(runtime, parsed.data, {
    address: request.clientAddress,
    userAgent: request.headers.get("user-agent") ?? "",
  });
  return json(
    {
      RequestId: requestId(),
      Success: true,
      Code: "Success",
      Message: "success",
      Result: { VerifyResult: result.verifyResult, VerifyCode: result.verifyCode, CertifyId: result.certifyId },
      ...(result.captchaVerifyParam && { CaptchaVerifyParam: result.captchaVerifyParam }),
      ...(result.next && {
        Next: { CaptchaType: result.next.captchaType, Challenge: result.next.challenge, Pow: result.next.pow, State: result.next.state },
      }),
    },
    200,
    CORS_HEADERS,
  );
}

import { createRequire } from "node:module";
import vm from "node:vm";

export type GuideVerify = (captchaVerifyParam: string) => Promise<{ passed: boolean; verifyCode: string }>;

/**
 * Runs the integration guide's Node.js sample (server/guide/snippets.ts) as a business server
 * would: a CommonJS module that requires Alibaba Cloud's official SDK and reads the access key
 * from its environment. Tests call the verifyCaptcha it exports, so the guide cannot drift from
 * the runtime.
 */
export function loadGuideVerifier(code: string, accessKey: { accessKeyId: string; accessKeySecret: string }): GuideVerify {
  const module = { exports: {} as { verifyCaptcha?: GuideVerify } };
  const env = { CAPTCHA_ACCESS_KEY_ID: accessKey.accessKeyId, CAPTCHA_ACCESS_KEY_SECRET: accessKey.accessKeySecret };
  vm.runInNewContext(code, { require: createRequire(import.meta.url), module, exports: module.exports, process: { env } });
  if (!module.exports.verifyCaptcha) throw new Error("The guide's Node.js sample no longer exports verifyCaptcha");
  return module.exports.verifyCaptcha;
}

/**
 * The VerifyCode values of Captcha 2.0's VerifyIntelligentCaptcha (captcha-spec.md 3.5), with
 * what each means and what the business server should do. The integration guide prints this
 * table; the runtime answers with these codes. T* passes, F* fails.
 */
export interface VerifyCodeInfo {
  code: string;
  passes: boolean;
  meaning: string;
  advice: string;
}

export const VERIFY_CODES = [
  { code: "T001", passes: true, meaning: "Verification passed.", advice: "Continue with the request." },
  {
    code: "T005",
    passes: true,
    meaning: "Test Mode: the scenario is configured to pass.",
    advice: "Your integration works. Switch the scenario to Official Release before going live.",
  },
  {
    code: "F001",
    passes: false,
    meaning: "Suspected attack: the risk policy failed.",
    advice: "Refuse the request. If real users are refused, check that the SceneId matches and consider Basic Mode.",
  },
  {
    code: "F002",
    passes: false,
    meaning: "CaptchaVerifyParam is empty.",
    advice: "Pass the captchaVerifyParam from the client's success callback unmodified.",
  },
  {
    code: "F003",
    passes: false,
    meaning: "CaptchaVerifyParam is malformed.",
    advice: "Forward the parameter exactly as the client produced it; do not re-encode it.",
  },
  {
    code: "F004",
    passes: false,
    meaning: "Test Mode: the scenario is configured to fail.",
    advice: "Check that your failure handling works, then change the test result or switch to Official Release.",
  },
  {
    code: "F005",
    passes: false,
    meaning: "The Scenario ID does not exist (or was deleted).",
    advice: "Use the Scenario ID shown in the console.",
  },
  {
    code: "F006",
    passes: false,
    meaning: "The Scenario ID belongs to another organization than the access key.",
    advice: "Use an access key of the organization that owns the scenario.",
  },
  {
    code: "F007",
    passes: false,
    meaning: "The verification came too late.",
    advice: "Ask the user to solve the CAPTCHA again; verify right after the client succeeds.",
  },
  {
    code: "F008",
    passes: false,
    meaning: "The token was submitted more than once.",
    advice: "A token is good for one verification only. Refuse the request; never retry with the same token.",
  },
  {
    code: "F009",
    passes: false,
    meaning: "An emulator or virtual device was detected (custom policy).",
    advice: "Refuse, or turn off Block Emulated Devices for this scenario.",
  },
  {
    code: "F010",
    passes: false,
    meaning: "The same IP exceeded its frequency limit (custom policy).",
    advice: "Refuse; raise the IP limits if real users hit them.",
  },
  {
    code: "F011",
    passes: false,
    meaning: "The same device exceeded its frequency limit (custom policy).",
    advice: "Refuse; raise the device limits if real users hit them.",
  },
  {
    code: "F012",
    passes: false,
    meaning: "SceneId differs from the scenario in CaptchaVerifyParam.",
    advice: "Pass the same Scenario ID on the server as in the client.",
  },
  {
    code: "F013",
    passes: false,
    meaning: "CaptchaVerifyParam is missing fields.",
    advice: "Forward the parameter unmodified and complete.",
  },
  {
    code: "F014",
    passes: false,
    meaning: "No initialization record: more than 20 minutes since initialization, or never initialized.",
    advice: "Ask the user to solve the CAPTCHA again.",
  },
  {
    code: "F015",
    passes: false,
    meaning: "The interaction was wrong (for example the puzzle piece was misplaced).",
    advice: "Refuse; the widget lets the user try again.",
  },
  {
    code: "F016",
    passes: false,
    meaning: "URL verification failed (custom policy).",
    advice: "Check the URL Verification setting against the page's URL.",
  },
  {
    code: "F017",
    passes: false,
    meaning: "Suspected attack: a protocol or parameter anomaly.",
    advice: "Refuse the request. Make sure the client script is loaded from this server, unmodified.",
  },
  {
    code: "F024",
    passes: false,
    meaning: "Simulated clicks or slides were detected: events dispatched by a script (custom policy).",
    advice: "Refuse; if your own page simulates touches (e.g. a touch emulator), turn off Block Simulated Clicks.",
  },
] as const satisfies readonly VerifyCodeInfo[];

/** A VerifyIntelligentCaptcha result code: only the codes of the table above exist. */
export type VerifyCode = (typeof VERIFY_CODES)[number]["code"];
export type PassCode = Extract<VerifyCode, `T${string}`>;

export const passes = (code: VerifyCode): code is PassCode => code.startsWith("T");

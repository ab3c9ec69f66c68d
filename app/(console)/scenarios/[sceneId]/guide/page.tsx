import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { CopyButton } from "@/app/_components/copy-button";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { widgetLanguageFor } from "@/server/guide/language";
import { publicBaseUrl } from "@/server/http/public-url";
import {
  clientSamples,
  clientScriptUrl,
  contentSecurityPolicyFor,
  sdkEndpoint,
  serverSamples,
  supportsEmbedMode,
  type GuideContext,
} from "@/server/guide/snippets";
import { can } from "@/server/permissions";
import { TEST_OUTCOMES } from "@/server/verification/test-mode";
import { INTEGRATION_METHODS, TEST_RESULTS, VERIFICATION_TYPES } from "@/server/scenario/rules";
import { VERIFY_CODES } from "@/server/verification/codes";
import { loadOrganizations } from "../../../current-organization";
import { BackToScenarios, ScenarioNotFound, loadScenario } from "../scenario-heading";
import { DEFAULT_LANGUAGE } from "@/widget/options";
import { LANGUAGE_NAMES, UPLANG_KEYS } from "@/widget/texts";
import { CodeBlock } from "./code-block";

export const metadata: Metadata = { title: "Integration Guide" };

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`step-${number}`} className="space-y-4">
      <h2 id={`step-${number}`} className="text-xl font-semibold">
        {number}. {title}
      </h2>
      {children}
    </section>
  );
}

function Value({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-1 flex items-center gap-2 font-mono font-medium">
        {value} <CopyButton text={value} what={label} />
      </dd>
    </div>
  );
}

export default async function IntegrationGuidePage({ params }: { params: Promise<{ sceneId: string }> }) {
  const scenario = await loadScenario((await params).sceneId);
  const { current } = await loadOrganizations();
  if (!scenario || !current) return <ScenarioNotFound />;

  const baseUrl = publicBaseUrl(await headers());
  const context: GuideContext = {
    sceneId: scenario.sceneId,
    prefix: current.prefix,
    baseUrl,
    integrationMethod: scenario.integrationMethod,
    verificationType: scenario.verificationType,
    // What someone copies speaks their console language rather than the widget's Chinese default.
    language: widgetLanguageFor(await getLocale()),
  };
  const method = INTEGRATION_METHODS[scenario.integrationMethod];
  const { endpoint } = sdkEndpoint(baseUrl);
  const testOutcome = scenario.testResult ? TEST_OUTCOMES[scenario.testResult] : null;

  return (
    <div className="max-w-5xl space-y-10">
      <div>
        <BackToScenarios />
        <PageHeader
          title="Integration Guide"
          description={`${scenario.name}: ${method.label}, ${VERIFICATION_TYPES[scenario.verificationType].label}. Every value below is this scenario's own.`}
        />
      </div>

      <Step number={1} title="Prerequisites">
        <dl className="grid gap-4 sm:grid-cols-3">
          <Value label="Identity prefix" value={current.prefix} />
          <Value label="Scenario ID" value={scenario.sceneId} />
          <Value label="Server" value={baseUrl} />
        </dl>
        <ul className="list-disc space-y-2 pl-6 text-sm text-slate-700">
          <li>
            The <strong>identity prefix</strong> identifies your organization to the client script; it is also shown on the Overview page.
          </li>
          <li>
            Your business server needs an <strong>access key</strong> (AccessKey ID and secret) to call the verification API. Owners and
            admins create them on the {/* A link only for those the page serves: it would only say "not allowed" to the others. */}
            {can(current.role, "accessKey.manage") ? (
              <Link href="/access-keys" className="text-brand-700 underline">
                Access Keys
              </Link>
            ) : (
              "Access Keys"
            )}{" "}
            page; the secret is shown once, so keep it on your server.
          </li>
          <li>
            One Scenario ID can serve several services, as long as they all use the same integration method ({method.label}). Services with
            different integration methods need separate scenarios.
          </li>
        </ul>
      </Step>

      <Step number={2} title="Client integration">
        {scenario.integrationMethod === "WEB_H5" && (
          <p className="text-sm text-slate-700">
            Load the client script from this server (<code className="font-mono">{clientScriptUrl(baseUrl)}</code>) instead of Alibaba
            Cloud&apos;s CDN; everything else keeps Captcha 2.0&apos;s names.{" "}
            {supportsEmbedMode(scenario.verificationType)
              ? "Choose pop-up mode (the challenge opens over the page when the button is clicked) or embedded mode (the challenge sits inside the element)."
              : "Invisible CAPTCHA supports pop-up (popup) mode only: low-risk visitors see nothing at all, and a risky visitor's additional challenge opens in a pop-up, so there is nothing to embed in the page."}
          </p>
        )}
        {scenario.integrationMethod === "WEBVIEW_H5" && (
          <p className="text-sm text-slate-700">
            Apps and mini programs have no native SDK: host the H5 page below on your own HTTPS server, open it in a WebView or web-view,
            and read the verification parameter through the bridge of your platform.
          </p>
        )}
        {scenario.integrationMethod === "WECHAT_NATIVE_PLUGIN" && (
          <div className="space-y-2 text-sm text-slate-700">
            <p>
              Declare Captcha 2.0&apos;s plugin in your mini program and use its component. Add{" "}
              <code className="font-mono">{endpoint}</code> to the mini program&apos;s request domains so the plugin can reach this server.
            </p>
            <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
              Custom policies are not available for the WeChat Mini Program Native Plugin integration method.
            </p>
          </div>
        )}
        {clientSamples(context).map((sample) => (
          <CodeBlock key={sample.title} sample={sample} />
        ))}
        <p className="text-sm text-slate-700">
          <code className="font-mono">language</code> sets the language of the challenge&apos;s texts; the samples use{" "}
          <code className="font-mono">&quot;{context.language}&quot;</code>, the language of this console. Without it the widget speaks
          Chinese (<code className="font-mono">&quot;{DEFAULT_LANGUAGE}&quot;</code>), as Alibaba Cloud&apos;s does, and so does a code it
          does not know (with an error in the browser&apos;s console). Arabic is laid out right to left.
        </p>
        <dl aria-label="Widget languages" className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-3">
          {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
            <div key={code} className="flex gap-2">
              <dt>
                <code className="font-mono">{code}</code>
              </dt>
              <dd>{name}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-700">
          <code className="font-mono">upLang</code> replaces any of the texts, per language, for example{" "}
          <code className="font-mono">{'upLang: { en: { POPUP_TITLE: "Sign-in check" } }'}</code>. Its keys: {UPLANG_KEYS.join(", ")}.
        </p>
        {scenario.integrationMethod !== "WECHAT_NATIVE_PLUGIN" && (
          <div className="space-y-2 text-sm text-slate-700">
            <p>
              While the person looks at the challenge, the script solves a small <strong>proof of work</strong> in a Web Worker (a fraction
              of a second on a phone; more in Attack and Defense Mode or when traffic surges), so every attempt costs a script computing
              time. If your page sends a Content-Security-Policy, allow the script, its calls, its pictures and the worker:
            </p>
            {/* Focusable so that a keyboard can scroll the long line (as Shiki's code blocks are). */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (axe: scrollable-region-focusable) */}
            <pre tabIndex={0} className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">
              <code>Content-Security-Policy: {contentSecurityPolicyFor(baseUrl)}</code>
            </pre>
            <p>Without worker-src blob: the proof of work still runs, on the page itself, and takes a little longer.</p>
          </div>
        )}
      </Step>

      <Step number={3} title="Server-side validation">
        <p className="text-sm text-slate-700">
          Before acting on a request, your business server calls <code className="font-mono">VerifyIntelligentCaptcha</code> (API version
          2023-03-05) on this server with an access key, passing the <code className="font-mono">captchaVerifyParam</code> unmodified.
          Alibaba Cloud&apos;s official SDKs work as they are: set the endpoint to <code className="font-mono">{endpoint}</code>. Continue
          only when <code className="font-mono">Result.VerifyResult</code> is true; <code className="font-mono">Result.VerifyCode</code>{" "}
          says why.
        </p>
        {serverSamples(context).map((sample) => (
          <CodeBlock key={sample.title} sample={sample} />
        ))}
        <DataTable caption="Verification codes (Result.VerifyCode)" columns={["Code", "Result", "Meaning", "What to do"]}>
          {VERIFY_CODES.map((row) => (
            <tr key={row.code}>
              <td className="px-4 py-2 font-mono">{row.code}</td>
              <td className="px-4 py-2">{row.passes ? "Pass" : "Fail"}</td>
              <td className="px-4 py-2">{row.meaning}</td>
              <td className="px-4 py-2 text-slate-600">{row.advice}</td>
            </tr>
          ))}
        </DataTable>
      </Step>

      <Step number={4} title="Testing">
        {scenario.ruleStatus === "TEST_MODE" && scenario.testResult && testOutcome ? (
          <p className="text-sm text-slate-700">
            This scenario is in <strong>Test Mode</strong> with the test result <strong>{TEST_RESULTS[scenario.testResult].label}</strong>:
            no risk checks run. {testOutcome.whatHappens} Expect <code className="font-mono">VerifyResult</code>{" "}
            <code className="font-mono">{String(testOutcome.verifyCode === "T005")}</code> with{" "}
            <code className="font-mono">VerifyCode</code> <strong className="font-mono">{testOutcome.verifyCode}</strong>.
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            This scenario is in <strong>Official Release</strong>: every verification runs the full risk assessment and returns a real
            result (T001 when passed). To test your integration without being flagged as a bot, switch it to Test Mode and choose a test
            result: a passing one returns <strong className="font-mono">T005</strong>, a failing one{" "}
            <strong className="font-mono">F004</strong>.
          </p>
        )}
        <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-700">
          Once the integration works end to end, switch the scenario to <strong>Official Release</strong> (Scenarios → Modify). The switch
          takes effect after a propagation delay of about 5 minutes.
        </p>
      </Step>
    </div>
  );
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { CopyButton } from "@/app/_components/copy-button";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { widgetLanguageFor } from "@/server/guide/language";
import { publicBaseUrl } from "@/server/http/public-url";
import {
  CODE_COMMENTS,
  clientSamples,
  clientScriptUrl,
  contentSecurityPolicyFor,
  sdkEndpoint,
  serverSamples,
  supportsEmbedMode,
  type CodeComments,
  type GuideContext,
} from "@/server/guide/snippets";
import { can } from "@/server/permissions";
import { TEST_OUTCOMES } from "@/server/verification/test-mode";
import { VERIFY_CODES } from "@/server/verification/codes";
import { loadOrganizations } from "../../../current-organization";
import { BackToScenarios, ScenarioNotFound, loadScenario } from "../scenario-heading";
import { DEFAULT_LANGUAGE } from "@/widget/options";
import { LANGUAGE_NAMES, UPLANG_KEYS, type Language } from "@/widget/texts";
import { CodeBlock } from "./code-block";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guide"))("title") };
}

const code = (chunks: ReactNode) => <code className="font-mono">{chunks}</code>;
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
const codeStrong = (chunks: ReactNode) => <strong className="font-mono">{chunks}</strong>;

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
  const t = await getTranslations("guide");
  const values = await getTranslations("scenarioValues");

  const baseUrl = publicBaseUrl(await headers());
  const context: GuideContext = {
    sceneId: scenario.sceneId,
    prefix: current.prefix,
    baseUrl,
    integrationMethod: scenario.integrationMethod,
    verificationType: scenario.verificationType,
    // What someone copies speaks their console language rather than the widget's Chinese default.
    language: widgetLanguageFor(await getLocale()),
    // The comments inside the code in the reader's language too; the code stays as it is.
    comments: Object.fromEntries(
      (Object.keys(CODE_COMMENTS) as (keyof CodeComments)[]).map((key) => [key, t(`codeComments.${key}`)]),
    ) as CodeComments,
  };
  const method = values(`integrationMethods.${scenario.integrationMethod}.label`);
  const { endpoint } = sdkEndpoint(baseUrl);
  const testOutcome = scenario.testResult ? TEST_OUTCOMES[scenario.testResult] : null;

  return (
    <div className="max-w-5xl space-y-10">
      <div>
        <BackToScenarios />
        <PageHeader
          title={t("title")}
          description={t("description", {
            name: scenario.name,
            method,
            type: values(`verificationTypes.${scenario.verificationType}.label`),
          })}
        />
      </div>

      <Step number={1} title={t("steps.prerequisites")}>
        <dl className="grid gap-4 sm:grid-cols-3">
          <Value label={t("values.identityPrefix")} value={current.prefix} />
          <Value label={t("values.sceneId")} value={scenario.sceneId} />
          <Value label={t("values.server")} value={baseUrl} />
        </dl>
        <ul className="list-disc space-y-2 pl-6 text-sm text-slate-700">
          <li>{t.rich("prerequisites.prefix", { strong })}</li>
          <li>
            {t.rich("prerequisites.accessKey", {
              strong,
              // A link only for those the page serves: it would only say "not allowed" to the others.
              link: (chunks) =>
                can(current.role, "accessKey.manage") ? (
                  <Link href="/access-keys" className="text-brand-700 underline">
                    {chunks}
                  </Link>
                ) : (
                  chunks
                ),
            })}
          </li>
          <li>{t("prerequisites.oneScenario", { method })}</li>
        </ul>
      </Step>

      <Step number={2} title={t("steps.client")}>
        {scenario.integrationMethod === "WEB_H5" && (
          <p className="text-sm text-slate-700">
            {t.rich("client.web", { url: clientScriptUrl(baseUrl), code })}{" "}
            {supportsEmbedMode(scenario.verificationType) ? t("client.webModes") : t("client.webInvisible")}
          </p>
        )}
        {scenario.integrationMethod === "WEBVIEW_H5" && <p className="text-sm text-slate-700">{t("client.webview")}</p>}
        {scenario.integrationMethod === "WECHAT_NATIVE_PLUGIN" && (
          <div className="space-y-2 text-sm text-slate-700">
            <p>{t.rich("client.wechat", { endpoint, code })}</p>
            <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">{t("client.wechatNoPolicy")}</p>
          </div>
        )}
        {clientSamples(context).map((sample) => (
          <CodeBlock key={sample.title} sample={sample} />
        ))}
        <p className="text-sm text-slate-700">
          {t.rich("client.language", { language: context.language, fallback: DEFAULT_LANGUAGE, code })}
        </p>
        <dl aria-label={t("client.widgetLanguages")} className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-3">
          {(Object.keys(LANGUAGE_NAMES) as Language[]).map((language) => (
            <div key={language} className="flex gap-2">
              <dt>
                <code className="font-mono">{language}</code>
              </dt>
              <dd>{t(`widgetLanguageNames.${language}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-700">
          {t.rich("client.upLang", { example: 'upLang: { en: { POPUP_TITLE: "Sign-in check" } }', keys: UPLANG_KEYS.join(", "), code })}
        </p>
        {scenario.integrationMethod !== "WECHAT_NATIVE_PLUGIN" && (
          <div className="space-y-2 text-sm text-slate-700">
            <p>{t.rich("client.proofOfWork", { strong })}</p>
            {/* Focusable so that a keyboard can scroll the long line (as Shiki's code blocks are). */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (axe: scrollable-region-focusable) */}
            <pre tabIndex={0} className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">
              <code>Content-Security-Policy: {contentSecurityPolicyFor(baseUrl)}</code>
            </pre>
            <p>{t("client.withoutWorker")}</p>
          </div>
        )}
      </Step>

      <Step number={3} title={t("steps.server")}>
        <p className="text-sm text-slate-700">{t.rich("server.text", { endpoint, code })}</p>
        {serverSamples(context).map((sample) => (
          <CodeBlock key={sample.title} sample={sample} />
        ))}
        <DataTable
          caption={t("server.codesCaption")}
          columns={[t("server.columns.code"), t("server.columns.result"), t("server.columns.meaning"), t("server.columns.advice")]}
        >
          {VERIFY_CODES.map((row) => (
            <tr key={row.code}>
              <td className="px-4 py-2 font-mono">{row.code}</td>
              <td className="px-4 py-2">{row.passes ? t("server.pass") : t("server.fail")}</td>
              <td className="px-4 py-2">{t(`server.codes.${row.code}.meaning`)}</td>
              <td className="px-4 py-2 text-slate-600">{t(`server.codes.${row.code}.advice`)}</td>
            </tr>
          ))}
        </DataTable>
      </Step>

      <Step number={4} title={t("steps.testing")}>
        {scenario.ruleStatus === "TEST_MODE" && scenario.testResult && testOutcome ? (
          <p className="text-sm text-slate-700">
            {t.rich("testing.testMode", {
              result: values(`testResults.${scenario.testResult}.label`),
              whatHappens: t(`testing.outcomes.${scenario.testResult}`),
              verifyResult: String(testOutcome.verifyCode === "T005"),
              verifyCode: testOutcome.verifyCode,
              strong,
              code,
              codeStrong,
            })}
          </p>
        ) : (
          <p className="text-sm text-slate-700">{t.rich("testing.officialRelease", { strong, codeStrong })}</p>
        )}
        <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-700">{t.rich("testing.goLive", { strong })}</p>
      </Step>
    </div>
  );
}

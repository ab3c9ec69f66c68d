import { getTranslations } from "next-intl/server";
import { CopyButton } from "@/app/_components/copy-button";
import { highlight } from "@/server/guide/highlight";
import type { CodeSample } from "@/server/guide/snippets";

/** A titled, highlighted code sample with its own Copy button; the title in the page's language. */
export async function CodeBlock({ sample }: { sample: CodeSample }) {
  const html = await highlight(sample);
  const title = (await getTranslations("guide.samples"))(sample.id);
  return (
    <figure className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <figcaption className="flex items-center justify-between border-b border-slate-200 bg-slate-50 px-4 py-2 text-sm font-medium">
        {title}
        <CopyButton text={sample.code} what={title} />
      </figcaption>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Shiki's HTML for our own code samples (escaped by Shiki) */}
      <div className="overflow-x-auto p-4 text-[13px] leading-relaxed [&_pre]:!bg-transparent" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}

import { createHighlighter, type Highlighter } from "shiki";
import type { CodeSample } from "./snippets";

const LANGUAGES: CodeSample["language"][] = ["html", "javascript", "java", "swift", "python", "go", "php", "json", "bash"];
// GitHub's current light palette: every token colour it gives our samples has at least 4.5:1
// contrast on the code blocks' white (WCAG AA; github-light's orange had 3.5:1). Checked by axe in
// e2e/accessibility.spec.ts.
const THEME = "github-light-default";

// Loading grammars is the slow part; one highlighter serves every request of the process.
const holder = globalThis as unknown as { guideHighlighter?: Promise<Highlighter> };

/** Highlighted HTML for a code sample (Shiki escapes the code; the HTML is safe to inline). */
export async function highlight(sample: CodeSample): Promise<string> {
  holder.guideHighlighter ??= createHighlighter({ themes: [THEME], langs: LANGUAGES });
  return (await holder.guideHighlighter).codeToHtml(sample.code, { lang: sample.language, theme: THEME });
}

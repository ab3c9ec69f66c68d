import { createHighlighter, type Highlighter } from "shiki";
import type { CodeSample } from "./snippets";

const LANGUAGES: CodeSample["language"][] = ["html", "javascript", "java", "swift", "python", "go", "php", "json", "bash"];
const THEME = "github-light";

// Loading grammars is the slow part; one highlighter serves every request of the process.
const holder = globalThis as unknown as { guideHighlighter?: Promise<Highlighter> };

/** Highlighted HTML for a code sample (Shiki escapes the code; the HTML is safe to inline). */
export async function highlight(sample: CodeSample): Promise<string> {
  holder.guideHighlighter ??= createHighlighter({ themes: [THEME], langs: LANGUAGES });
  return (await holder.guideHighlighter).codeToHtml(sample.code, { lang: sample.language, theme: THEME });
}

#!/usr/bin/env node
// Builds the browser client (widget/) into the one file customers' pages load:
// dist/captcha/AliyunCaptcha.js, an ES2019 IIFE that defines window.initAliyunCaptcha.
//
//   node scripts/build-widget.mjs [--outfile path] [--no-minify]
//   import { buildWidget } from "./scripts/build-widget.mjs"; await buildWidget({ outfile, minify })
//
// The proof-of-work worker is bundled first, to a string the widget turns into a Blob URL at run
// time (a worker script from another origin cannot be started from the customer's page).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_OUTFILE = path.join(root, "dist/captcha/AliyunCaptcha.js");

const BANNER = `/*!
 * AliyunCaptcha.js: the browser client of this self-hosted CAPTCHA server (a drop-in for Alibaba
 * Cloud Captcha 2.0's Web/H5 script). Built from widget/ by scripts/build-widget.mjs.
 */`;

/** Plain ES2019, one IIFE, nothing loaded at run time besides the API calls. */
const COMMON = {
  bundle: true,
  format: "iife",
  target: "es2019",
  platform: "browser",
  charset: "ascii", // the file reads the same whatever charset the page or the server declares
  legalComments: "none",
  write: false,
  logLevel: "silent",
};

/** The proof-of-work worker's code, as a string (always minified: nobody reads it there). */
export async function buildWorkerSource() {
  const result = await build({ ...COMMON, entryPoints: [path.join(root, "widget/pow/worker.ts")], minify: true });
  return result.outputFiles[0].text;
}

/**
 * Bundles an entry of widget/ with the worker's code inlined. `outfile` null returns the text
 * without writing (benchmarks, tests).
 * @param {{ outfile?: string | null, minify?: boolean, entry?: string }} [options]
 * @returns {Promise<{ code: string, bytes: number, outfile: string | null }>}
 */
export async function buildWidget({ outfile = DEFAULT_OUTFILE, minify = true, entry = "widget/index.ts" } = {}) {
  const workerSource = await buildWorkerSource();
  const result = await build({
    ...COMMON,
    entryPoints: [path.join(root, entry)],
    minify,
    banner: { js: BANNER },
    define: { __POW_WORKER_SOURCE__: JSON.stringify(workerSource) },
  });
  const code = result.outputFiles[0].text;
  if (outfile) {
    mkdirSync(path.dirname(outfile), { recursive: true });
    writeFileSync(outfile, code);
  }
  return { code, bytes: Buffer.byteLength(code), outfile };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--outfile");
  const outfile = at >= 0 ? path.resolve(args[at + 1]) : DEFAULT_OUTFILE;
  const { bytes } = await buildWidget({ outfile, minify: !args.includes("--no-minify") });
  console.log(`${path.relative(process.cwd(), outfile)}: ${bytes} bytes`);
}

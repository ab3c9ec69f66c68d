#!/usr/bin/env node
// `npm run build`: everything `npm start` serves — the console (next build), the client script
// (widget/ bundled to dist/captcha/AliyunCaptcha.js) and the server process (server/main.ts
// bundled to dist/server.mjs, packages left to node_modules).
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { buildWidget } from "./build-widget.mjs";

export async function buildServer() {
  await build({
    entryPoints: ["server/main.ts"],
    outfile: "dist/server.mjs",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
    alias: { "@": "." },
  });
  await buildWidget();
}

export function buildNext() {
  const { status } = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildNext();
  await buildServer();
}

#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then serve on PORT (default
// 3000); the server applies missing database migrations first (creating the embedded database on
// the first run).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildNext, buildServer } from "./build.mjs";

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (["node_modules", "generated", ".next"].includes(path.basename(entry))) return 0;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const SOURCES = ["app", "server", "widget", "prisma/schema.prisma", "proxy.ts", "next.config.js", "package.json", "public"];
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

const newestSource = Math.max(...SOURCES.map(newestChange));
if (newestSource > builtAt(".next/BUILD_ID")) buildNext();
if (newestSource > builtAt("dist/server.mjs")) await buildServer();

const { startServer } = await import(path.resolve("dist/server.mjs"));
const port = Number(process.env.PORT || 3000);
await startServer({ port, hostname: process.env.HOST || undefined, migrate: true });
// The one line a start prints when all is well (benchmarks wait for it: scripts/bench/app-under-test.ts).
const database = process.env.DATABASE_URL ? "PostgreSQL" : `the embedded database in ${process.env.DATA_DIR || "./data"}`;
console.log(`Captcha Console on http://localhost:${port}, on ${database}`);

#!/usr/bin/env node
// `npm start`: migrate the database (creating the embedded one on first run), build the console
// when the sources are newer than the last build, then serve it on PORT (default 3000).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { prisma } from "./prisma.mjs";

const run = (command, args) => {
  const status = spawnSync(command, args, { stdio: "inherit" }).status ?? 1;
  if (status !== 0) process.exit(status);
};

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (["node_modules", "generated", ".next"].includes(path.basename(entry))) return 0;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

function buildIsStale() {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const sources = ["app", "server", "prisma/schema.prisma", "proxy.ts", "next.config.js", "package.json", "public"];
  return Math.max(...sources.map(newestChange)) > statSync(buildId).mtimeMs;
}

if (!process.env.DATABASE_URL) console.log("Using the embedded database in", process.env.DATA_DIR || "./data");
if (prisma(["migrate", "deploy"]) !== 0) process.exit(1);
if (buildIsStale()) run("npx", ["--no-install", "next", "build"]);
run("npx", ["--no-install", "next", "start", "--port", process.env.PORT || "3000"]);

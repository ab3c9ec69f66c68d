// The server `npm start` runs, started for a benchmark on its own port and data: on a fresh
// embedded database (a temporary DATA_DIR) or on a scratch database of a PostgreSQL server. A
// customer is set up through the console's API: an organization, an access key, and one
// Official Release scenario of each verification type.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ConsoleClient } from "./console-client";

export const VERIFICATION_TYPES = ["INVISIBLE", "ONE_CLICK", "SLIDER", "PUZZLE", "IMAGE_RESTORATION"] as const;
export type BenchType = (typeof VERIFICATION_TYPES)[number];

export interface Customer {
  prefix: string;
  organizationId: string;
  accessKeyId: string;
  accessKeySecret: string;
  sceneIds: Record<BenchType, string>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A database for the app: a scratch PostgreSQL database, or nothing (the app makes its own PGlite). */
export async function scratchDatabase(serverUrl: string | undefined): Promise<{ url?: string; drop(): Promise<void> }> {
  if (!serverUrl) return { drop: async () => {} };
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `captcha_bench_${randomBytes(5).toString("hex")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

export interface RunningApp {
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `node scripts/start.mjs` (what `npm start` runs) with the given database and server key. */
export async function startApp(options: {
  databaseUrl?: string;
  dataDir: string;
  serverKey: string;
  port?: number;
  quiet?: boolean;
}): Promise<RunningApp> {
  const port = options.port ?? (await freePort());
  // APP_NODE_ARGS: extra flags for the app process (e.g. "--cpu-prof" to profile it under load).
  const child = spawn(process.execPath, [...(process.env.APP_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: options.dataDir,
      DATABASE_URL: options.databaseUrl ?? "",
      CAPTCHA_SERVER_KEY: options.serverKey,
      NEXTAUTH_SECRET: "bench-secret",
      RULE_PROPAGATION_SECONDS: "0",
      // The load generator is the only client, from loopback: it acts as the proxy of many visitors.
      TRUSTED_PROXIES: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      if (/Captcha Console on/.test(output)) resolve();
    });
    child.on("exit", (code) => reject(new Error(`the app exited with ${code}:\n${output}`)));
  });
  return {
    origin,
    child,
    stop: () =>
      new Promise((resolve) => {
        // Stopping twice (a finally after a clean stop) must not wait for an exit already seen.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.removeAllListeners("exit");
        child.on("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export async function setUpCustomer(origin: string): Promise<Customer> {
  const console = new ConsoleClient(origin);
  await console.signUpAndIn(`bench-${randomBytes(4).toString("hex")}@example.com`, "bench password 123");
  const [organization] = await console.query<{ id: string; prefix: string }[]>("organization.mine");
  const key = await console.mutate<{ accessKeyId: string; accessKeySecret: string }>("accessKey.create", {
    organizationId: organization.id,
    description: "benchmark",
  });
  const sceneIds = {} as Record<BenchType, string>;
  for (const type of VERIFICATION_TYPES) {
    const { sceneId } = await console.mutate<{ sceneId: string }>("scenario.create", {
      organizationId: organization.id,
      name: `bench_${type.toLowerCase()}`,
      integrationMethod: "WEB_H5",
      verificationType: type,
      ...(type === "INVISIBLE" && { additionalChallenge: "SLIDER" }),
      ruleStatus: "OFFICIAL_RELEASE",
    });
    sceneIds[type] = sceneId;
  }
  return { prefix: organization.prefix, organizationId: organization.id, ...key, sceneIds };
}

export const temporaryDataDir = () => mkdtempSync(path.join(os.tmpdir(), "captcha-bench-"));
export const removeDataDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

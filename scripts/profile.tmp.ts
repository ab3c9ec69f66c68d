import { randomBytes } from "node:crypto";
process.env.CAPTCHA_SERVER_KEY = randomBytes(32).toString("base64");
const { openState } = await import("../server/runtime/challenge-state");
const { issueToken } = await import("../server/runtime/token");
const { Visitor } = await import("../server/test/visitor");
const { scratchDatabase, setUpCustomer, startApp, temporaryDataDir } = await import("./bench/app-under-test");
const { load } = await import("./bench/load");
const which = process.argv[2];
const database = await scratchDatabase(process.env.PG);
const app = await startApp({ databaseUrl: database.url, dataDir: temporaryDataDir(), serverKey: process.env.CAPTCHA_SERVER_KEY! });
const customer = await setUpCustomer(app.origin);
const template = openState((await new Visitor(app.origin, { prefix: customer.prefix, sceneId: customer.sceneIds.SLIDER }).init()).State)!;
const basic = `Basic ${Buffer.from(`${customer.accessKeyId}:${customer.accessKeySecret}`).toString("base64")}`;
const tokens = Array.from({ length: 120000 }, () => issueToken({ c: `x_${randomBytes(5).toString("hex")}`, n: template.n, s: template.s, o: template.o, r: "T001", i: Date.now() }));
let next = 0;
const { sealState } = await import("../server/runtime/challenge-state");
const { humanAttempt } = await import("../server/test/visitor");
const { seededRandom } = await import("../e2e/human-motion");
const random = seededRandom(1);
const states = which === "client" ? Array.from({ length: 30000 }, (_, i) => {
  const certifyId = `x_${randomBytes(5).toString("hex")}`;
  const secrets = template.p.map(() => Math.floor(Math.random() * 40000));
  const drag = humanAttempt(random, { certifyId: "", type: "SLIDER", challenge: { trackWidth: template.m }, pow: { algorithm: "SHA-256", salt: "", challenges: [], max: 0 }, state: "" });
  return JSON.stringify({ certifyId, state: sealState({ ...template, c: certifyId, p: secrets, d: randomBytes(16).toString("base64url"), i: Date.now() }), pow: secrets, answer: drag.answer, events: drag.events, pointer: "mouse", box: drag.box, env: { platform: "Linux x86_64" } });
}) : [];
let s = 0;
const r = which === "client" ? await load({ url: `${app.origin}/api/captcha/verify`, seconds: 8, body: () => states[s++], headers: () => ({ "x-forwarded-for": `10.0.${s % 250}.${s % 200}` }) }) : which === "verify"
  ? await load({ url: `${app.origin}/api/v1/verify`, seconds: 8, body: () => JSON.stringify({ CaptchaVerifyParam: tokens[next++], SceneId: template.n }), headers: () => ({ authorization: basic }) })
  : await load({ url: `${app.origin}/api/captcha/init`, seconds: 8, body: () => JSON.stringify({ prefix: customer.prefix, sceneId: customer.sceneIds[which as "SLIDER"] }) });
console.log(which, r.rps.toFixed(0), "rps", r.codes);
await app.stop();
await database.drop();
process.exit(0);

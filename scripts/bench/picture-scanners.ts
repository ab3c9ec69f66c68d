/**
 * How well the picture scanners (bots/picture-scanners.ts) find the piece's place, and how fast
 * pictures are made. Run: npx tsx scripts/bench/picture-scanners.ts [N=300] [puzzle|restoration]
 *
 * Per scanner: "hit %" = guesses within +-6 px of answerX; "decoy %" = guesses on a decoy instead
 * (a scanner that finds gaps but not the real one); ms per picture.
 *
 * Speed: CPU time (event loop + libuv thread pool, i.e. process.cpuUsage) per picture while the
 * factory makes N pictures, so "pictures/s per core" = 1e6 / (CPU us per picture). Run with
 * UV_THREADPOOL_SIZE=1 to keep libvips on one thread; SPEED_ONLY=1 skips the scanners.
 *
 * Experiments: BREAKDOWN=1 (hit rates per gap look), PICTURE_STYLE / COMPOSE_STYLE /
 * TEXTURE_STYLE (JSON merged into the styles), WARP ("[3,5]"), PIECE_LEVEL (piece PNG zlib level).
 */
import { PictureFactory, type MadePicture } from "../../server/runtime/pictures/factory";
import { TexturePool } from "../../server/runtime/pictures/texture-pool";
import type { PictureKind } from "../../server/runtime/pictures/compose";
import { GAP_STYLE } from "../../server/runtime/pictures/gap";
import { COMPOSE_STYLE } from "../../server/runtime/pictures/compose";
import { WARP } from "../../server/runtime/pictures/outlines";
import { TEXTURE_STYLE } from "../../server/runtime/pictures/texture";
import { decode, SCANNERS } from "./bots/picture-scanners";

// Experiments: PICTURE_STYLE='{"shade":[0.6,0.8]}' overrides the gap style.
if (process.env.PICTURE_STYLE) Object.assign(GAP_STYLE, JSON.parse(process.env.PICTURE_STYLE));
if (process.env.COMPOSE_STYLE) Object.assign(COMPOSE_STYLE, JSON.parse(process.env.COMPOSE_STYLE));
if (process.env.TEXTURE_STYLE) Object.assign(TEXTURE_STYLE, JSON.parse(process.env.TEXTURE_STYLE));
if (process.env.WARP) WARP.splice(0, 2, ...(JSON.parse(process.env.WARP) as number[]));

const N = Number(process.argv[2] ?? 300);
const kinds = (process.argv[3] ? [process.argv[3]] : ["puzzle", "restoration"]) as PictureKind[];
const TOLERANCE = 6;

async function make(kind: PictureKind): Promise<{ made: MadePicture[]; cpuUs: number; wallMs: number }> {
  // A full texture pool, as after the first few thousand pictures (repainting one texture every
  // 1,000 pictures adds its painting time / 1,000 to each picture: see index.ts).
  const factory = new PictureFactory({
    pool: new TexturePool({ initial: 12 }),
    ...(process.env.PIECE_LEVEL ? { pieceLevel: Number(process.env.PIECE_LEVEL) } : {}),
  });
  await factory.warmUp([kind]); // pool painting and JIT warm-up are not counted
  for (let i = 0; i < 800; i++) await factory.take(kind); // JIT and libvips warm-up
  const cpu0 = process.cpuUsage(),
    t0 = performance.now();
  const made = await Promise.all(Array.from({ length: N }, () => factory.take(kind)));
  const cpu = process.cpuUsage(cpu0);
  return { made, cpuUs: (cpu.user + cpu.system) / N, wallMs: performance.now() - t0 };
}

for (const kind of kinds) {
  const { made, cpuUs, wallMs } = await make(kind);
  const image = made.reduce((s, m) => s + m.challenge.image.length, 0) / N;
  const piece = made.reduce((s, m) => s + m.challenge.piece.length, 0) / N;
  console.log(
    `\n${kind}: ${N} pictures, ${cpuUs.toFixed(0)} us CPU each = ${(1e6 / cpuUs).toFixed(0)} pictures/s per core ` +
      `(wall ${((N / wallMs) * 1000).toFixed(0)}/s); bytes: image ${image.toFixed(0)} + piece ${piece.toFixed(0)} = ${(image + piece).toFixed(0)}`,
  );
  if (process.env.SPEED_ONLY) continue;
  const decoded = await Promise.all(made.map((m) => decode({ ...m.challenge })));
  const range = made.reduce((s, m) => s + (m.challenge.width - m.challenge.pieceWidth + 1), 0) / N;
  console.log(`random guess: ~${(((2 * TOLERANCE + 1) / range) * 100).toFixed(1)} % hit`);
  console.log("scanner".padEnd(30), "hit %".padStart(7), "decoy %".padStart(8), "ms");
  for (const [name, scan] of Object.entries(SCANNERS)) {
    let hits = 0,
      decoys = 0;
    const byTreatment: Record<string, [number, number]> = {};
    const t0 = performance.now();
    decoded.forEach((d, i) => {
      const guess = scan(d);
      const m = made[i];
      const hit = Math.abs(guess - m.challenge.answerX) <= TOLERANCE;
      const t = (byTreatment[m.look.treatment] ??= [0, 0]);
      t[0] += hit ? 1 : 0;
      t[1]++;
      if (hit) hits++;
      else if (m.decoys.some((b) => Math.abs(guess - b.x) <= TOLERANCE + Math.abs(b.width - m.challenge.pieceWidth))) decoys++;
    });
    const ms = (performance.now() - t0) / N;
    const breakdown = process.env.BREAKDOWN
      ? `  ${Object.entries(byTreatment)
          .map(([k, [h, n]]) => `${k} ${((h / n) * 100).toFixed(0)}%`)
          .join(" ")}`
      : "";
    console.log(
      name.padEnd(30),
      ((hits / N) * 100).toFixed(1).padStart(7),
      ((decoys / N) * 100).toFixed(1).padStart(8),
      ms.toFixed(1) + breakdown,
    );
  }
}
process.exit(0);

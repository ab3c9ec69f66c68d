import { describe, expect, it } from "vitest";
import { POSITION_TOLERANCE, SLIDER_TRACK_WIDTH, STRICT_POSITION_TOLERANCE, createChallenge, judge, type Signals } from "./challenges";

const person: Signals = { elapsedMs: 1200, pointerMoves: 30, trajectory: [[0, 0], [200, 40], [500, 120], [900, 180], [1100, 182]] };
const script: Signals = { elapsedMs: 20, pointerMoves: 0 };

describe("what the browser gets", () => {
  it.each(["SLIDER", "PUZZLE", "IMAGE_RESTORATION", "ONE_CLICK", "INVISIBLE"] as const)("%s: never the answer", (type) => {
    const { publicChallenge } = createChallenge(type);
    // Pictures, sizes and where the piece starts; where it belongs is only in the pixels.
    const allowed = ["trackWidth", "image", "piece", "width", "height", "pieceSize", "pieceY", "pieceStartX"];
    for (const key of Object.keys(publicChallenge)) expect(allowed).toContain(key);
  });
});

describe("judging an attempt (Basic Mode)", () => {
  it("a slider must reach the end, within the tolerance", () => {
    expect(judge("SLIDER", { x: SLIDER_TRACK_WIDTH }, { x: SLIDER_TRACK_WIDTH }, person)).toBe("pass");
    expect(judge("SLIDER", { x: SLIDER_TRACK_WIDTH }, { x: SLIDER_TRACK_WIDTH - POSITION_TOLERANCE }, person)).toBe("pass");
    expect(judge("SLIDER", { x: SLIDER_TRACK_WIDTH }, { x: SLIDER_TRACK_WIDTH / 2 }, person)).toBe("F015");
  });

  it("a piece must land on its place, from either side", () => {
    expect(judge("PUZZLE", { x: 120 }, { x: 120 + POSITION_TOLERANCE }, person)).toBe("pass");
    expect(judge("IMAGE_RESTORATION", { x: 120 }, { x: 120 - POSITION_TOLERANCE }, person)).toBe("pass");
    expect(judge("PUZZLE", { x: 120 }, { x: 120 + POSITION_TOLERANCE + 1 }, person)).toBe("F015");
    expect(judge("PUZZLE", { x: 120 }, {}, person)).toBe("F015");
  });

  it("the right answer at machine speed with no movement is an attack (F001)", () => {
    expect(judge("PUZZLE", { x: 120 }, { x: 120 }, script)).toBe("F001");
    expect(judge("ONE_CLICK", {}, {}, script)).toBe("F001");
    expect(judge("ONE_CLICK", {}, {}, person)).toBe("pass");
  });

  it("keyboard users pass without a pointer", () => {
    expect(judge("PUZZLE", { x: 120 }, { x: 118 }, { elapsedMs: 2500, keyboard: true })).toBe("pass");
  });

  it("the invisible check refuses automated browsers and absent people", () => {
    expect(judge("INVISIBLE", {}, {}, person)).toBe("pass");
    expect(judge("INVISIBLE", {}, {}, { ...person, webdriver: true })).toBe("F001");
    expect(judge("INVISIBLE", {}, {}, script)).toBe("F001");
  });
});

describe("Attack and Defense Mode is stricter", () => {
  const strict = "ATTACK_AND_DEFENSE" as const;
  it("nobody passes the invisible check silently: everyone gets the additional challenge", () => {
    expect(judge("INVISIBLE", {}, {}, person, strict)).toBe("F001");
  });

  it("a piece must fit more closely", () => {
    expect(judge("PUZZLE", { x: 120 }, { x: 120 + STRICT_POSITION_TOLERANCE }, person, strict)).toBe("pass");
    expect(judge("PUZZLE", { x: 120 }, { x: 120 + POSITION_TOLERANCE }, person, strict)).toBe("F015");
  });

  it("a quick click or a drag without a drawn path is not enough", () => {
    const quick = { ...person, elapsedMs: 500 };
    expect(judge("ONE_CLICK", {}, {}, quick)).toBe("pass");
    expect(judge("ONE_CLICK", {}, {}, quick, strict)).toBe("F001");
    const jump = { elapsedMs: 1500, pointerMoves: 3, trajectory: [[0, 0], [900, 120]] as [number, number][] };
    expect(judge("SLIDER", { x: SLIDER_TRACK_WIDTH }, { x: SLIDER_TRACK_WIDTH }, jump)).toBe("pass");
    expect(judge("SLIDER", { x: SLIDER_TRACK_WIDTH }, { x: SLIDER_TRACK_WIDTH }, jump, strict)).toBe("F001");
  });
});

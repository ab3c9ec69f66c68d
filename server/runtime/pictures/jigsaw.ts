import { pick, randomInt, uniform } from "./random";

/**
 * Jigsaw outlines: a rectangular body whose four sides are each flat, carry a knob (tab) or a
 * socket (blank), at a random place along the side, with random body size and knob size. A square
 * piece can be found by matching a square; an outline that changes every time has to be read
 * from the piece first, and decoys with other knobs make "any jigsaw-shaped gap" the wrong answer.
 *
 * Shapes are described by an approximate signed distance (px, negative inside), which gives
 * anti-aliased, dilated or feathered masks from one description.
 */
export type SideKind = -1 | 0 | 1; // socket, flat, knob

export interface Jigsaw {
  /** The body rectangle, in box coordinates. */
  bodyLeft: number;
  bodyTop: number;
  bodyWidth: number;
  bodyHeight: number;
  knobRadius: number;
  /** How far the knob's centre sits outside the side: < radius, so the knob has a neck. */
  knobOffset: number;
  /** top, right, bottom, left */
  sides: [SideKind, SideKind, SideKind, SideKind];
  /** Where along each side (0..1) its knob or socket is. */
  along: [number, number, number, number];
  /** The box that holds the shape (and its margin). */
  width: number;
  height: number;
}

/** Margin around the shape inside its box: room for a soft rim on the piece. */
export const BOX_MARGIN = 2;

export interface JigsawOptions {
  /** Sides to use instead of random ones (decoys use this to differ from the piece). */
  sides?: [SideKind, SideKind, SideKind, SideKind];
  bodyWidth?: number;
  bodyHeight?: number;
  along?: [number, number, number, number];
  knobRadius?: number;
}

/**
 * A sibling of `j`: the same kinds of sides and about the same size, with its knobs and sockets
 * moved along their sides (to the other side of the middle, by an eighth of the side or more, on at least two sides). A person
 * sees "knob left of the middle" against "knob right of the middle"; an outline match sees two
 * outlines that agree along most of their length.
 */
export function siblingJigsaw(j: Jigsaw): Jigsaw {
  for (;;) {
    // Moved to the other side of the middle (knobs sit 0.35..0.65 along a side).
    const along = j.along.map((a, side) => (j.sides[side] === 0 ? a : a < 0.5 ? uniform(0.55, 0.68) : uniform(0.32, 0.45))) as [
      number,
      number,
      number,
      number,
    ];
    const moved = along.filter((a, side) => j.sides[side] !== 0 && Math.abs(a - j.along[side]) >= 0.12).length;
    if (moved >= Math.min(2, j.sides.filter((s) => s !== 0).length))
      return randomJigsaw({
        sides: j.sides,
        along,
        bodyWidth: j.bodyWidth + randomInt(-2, 3),
        bodyHeight: j.bodyHeight + randomInt(-2, 3),
        knobRadius: j.knobRadius,
      });
  }
}

export function randomSides(): [SideKind, SideKind, SideKind, SideKind] {
  for (;;) {
    const sides = [0, 1, 2, 3].map(() => pick([-1, 1, 1, 0] as const)) as [SideKind, SideKind, SideKind, SideKind];
    const knobs = sides.filter((s) => s !== 0).length;
    if (knobs >= 2) return sides;
  }
}

export function randomJigsaw(options: JigsawOptions = {}): Jigsaw {
  const bodyWidth = options.bodyWidth ?? randomInt(40, 53);
  const bodyHeight = options.bodyHeight ?? randomInt(36, 53);
  const knobRadius = options.knobRadius ?? uniform(6.5, 8.5);
  const knobOffset = knobRadius * uniform(0.45, 0.7);
  const sides = options.sides ?? randomSides();
  const along = options.along ?? ([0, 1, 2, 3].map(() => uniform(0.35, 0.65)) as [number, number, number, number]);
  const reach = Math.ceil(knobOffset + knobRadius);
  const out = (side: number) => (sides[side] === 1 ? reach : 0);
  const bodyLeft = BOX_MARGIN + out(3);
  const bodyTop = BOX_MARGIN + out(0);
  return {
    bodyLeft,
    bodyTop,
    bodyWidth,
    bodyHeight,
    knobRadius,
    knobOffset,
    sides,
    along,
    width: bodyLeft + bodyWidth + out(1) + BOX_MARGIN,
    height: bodyTop + bodyHeight + out(2) + BOX_MARGIN,
  };
}

/** Signed distance (px) from the point (x, y) in box coordinates to the outline; negative inside. */
export function jigsawDistance(j: Jigsaw, x: number, y: number): number {
  const l = j.bodyLeft,
    t = j.bodyTop,
    r = l + j.bodyWidth,
    b = t + j.bodyHeight;
  const cx = (l + r) / 2,
    cy = (t + b) / 2;
  const qx = Math.abs(x - cx) - j.bodyWidth / 2,
    qy = Math.abs(y - cy) - j.bodyHeight / 2;
  const ox = Math.max(qx, 0),
    oy = Math.max(qy, 0);
  let d = Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0);
  for (let side = 0; side < 4; side++) {
    const kind = j.sides[side];
    if (kind === 0) continue;
    const off = j.knobOffset * kind; // outward for a knob, inward for a socket
    let kx: number, ky: number;
    if (side === 0) (kx = l + j.bodyWidth * j.along[0]), (ky = t - off);
    else if (side === 1) (kx = r + off), (ky = t + j.bodyHeight * j.along[1]);
    else if (side === 2) (kx = l + j.bodyWidth * j.along[2]), (ky = b + off);
    else (kx = l - off), (ky = t + j.bodyHeight * j.along[3]);
    const knob = Math.sqrt((x - kx) * (x - kx) + (y - ky) * (y - ky)) - j.knobRadius;
    d = kind === 1 ? Math.min(d, knob) : Math.max(d, -knob);
  }
  return d;
}

/**
 * Coverage mask of the shape over its box, 0..1 per pixel: `grow` px wider than the outline
 * (negative shrinks), with an edge `soft` px wide (1 = anti-aliased, more = feathered).
 */
export function jigsawMask(j: Jigsaw, grow = 0, soft = 1): Float32Array {
  const mask = new Float32Array(j.width * j.height);
  for (let y = 0; y < j.height; y++) {
    for (let x = 0; x < j.width; x++) {
      const d = jigsawDistance(j, x + 0.5, y + 0.5) - grow;
      const c = 0.5 - d / soft;
      mask[y * j.width + x] = c <= 0 ? 0 : Math.min(c, 1);
    }
  }
  return mask;
}

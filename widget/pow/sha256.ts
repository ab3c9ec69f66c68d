/**
 * SHA-256 for the proof of work, tuned for its one shape of input: a fixed prefix
 * ("<salt>:<i>:") followed by the decimal digits of a counter. Synchronous on purpose: the
 * search makes millions of hashes of 40-odd bytes, where WebCrypto's per-call promise costs more
 * than the hash itself (measured: scripts/bench/pow-browser.ts).
 *
 * What makes it fast for this shape:
 * - the prefix's complete 64-byte blocks are compressed once (the "midstate");
 * - the counter is kept as ASCII digits and incremented in place (no number-to-string per hash);
 * - the final block(s) are rebuilt in place and only the words that can change are repacked.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Compresses the 16 words w[offset..offset+15] into `state` (8 words, updated in place). */
function compress(state: Int32Array, w: Int32Array, offset: number, schedule: Int32Array): void {
  for (let i = 0; i < 16; i++) schedule[i] = w[offset + i];
  for (let i = 16; i < 64; i++) {
    const x = schedule[i - 15];
    const y = schedule[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    schedule[i] = (schedule[i - 16] + s0 + schedule[i - 7] + s1) | 0;
  }
  let a = state[0];
  let b = state[1];
  let c = state[2];
  let d = state[3];
  let e = state[4];
  let f = state[5];
  let g = state[6];
  let h = state[7];
  for (let i = 0; i < 64; i++) {
    const t1 =
      (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i] + schedule[i]) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0] + a) | 0;
  state[1] = (state[1] + b) | 0;
  state[2] = (state[2] + c) | 0;
  state[3] = (state[3] + d) | 0;
  state[4] = (state[4] + e) | 0;
  state[5] = (state[5] + f) | 0;
  state[6] = (state[6] + g) | 0;
  state[7] = (state[7] + h) | 0;
}

/** UTF-8 bytes of a string (TextEncoder is not in every worker of every ES2019 browser). */
export function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return new Uint8Array(bytes);
}

/** 64 hex digits -> 8 big-endian words, or null when it is not a SHA-256 hex digest. */
export function digestWords(hex: string): Int32Array | null {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  const words = new Int32Array(8);
  for (let i = 0; i < 8; i++) words[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16) | 0;
  return words;
}

/** Plain SHA-256 of a string, hex (for tests and the benchmark; the search uses `searchNumber`). */
export function sha256Hex(text: string): string {
  const bytes = utf8(text);
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const bits = bytes.length * 8;
  const end = padded.length;
  padded[end - 5] = Math.floor(bits / 0x100000000) & 255;
  padded[end - 4] = bits >>> 24;
  padded[end - 3] = (bits >>> 16) & 255;
  padded[end - 2] = (bits >>> 8) & 255;
  padded[end - 1] = bits & 255;
  const words = new Int32Array(padded.length / 4);
  for (let i = 0; i < words.length; i++)
    words[i] = (padded[i * 4] << 24) | (padded[i * 4 + 1] << 16) | (padded[i * 4 + 2] << 8) | padded[i * 4 + 3];
  const state = new Int32Array(INITIAL_STATE);
  const schedule = new Int32Array(64);
  for (let offset = 0; offset < words.length; offset += 16) compress(state, words, offset, schedule);
  let hex = "";
  for (let i = 0; i < 8; i++) hex += `00000000${(state[i] >>> 0).toString(16)}`.slice(-8);
  return hex;
}

/**
 * A prefix prepared for searching: the state after its complete blocks and the bytes left over.
 * Build it once per sub-puzzle ("<salt>:<i>:"), then search ranges of numbers with it.
 */
export interface PreparedPrefix {
  midstate: Int32Array;
  tail: Uint8Array;
  /** Length of the whole prefix in bytes (for the length field of the padding). */
  length: number;
}

export function preparePrefix(prefix: string): PreparedPrefix {
  const bytes = utf8(prefix);
  const full = bytes.length - (bytes.length % 64);
  const midstate = new Int32Array(INITIAL_STATE);
  const schedule = new Int32Array(64);
  const words = new Int32Array(16);
  for (let offset = 0; offset < full; offset += 64) {
    for (let i = 0; i < 16; i++) {
      const p = offset + i * 4;
      words[i] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
    }
    compress(midstate, words, 0, schedule);
  }
  return { midstate, tail: bytes.slice(full), length: bytes.length };
}

/**
 * Looks for the number n in [from, to] (integers >= 0) whose SHA-256(prefix + decimal(n)) equals
 * `target`; returns it, or -1 when none in the range does. Ranges let the caller slice the work.
 */
export function searchNumber(prefix: PreparedPrefix, target: Int32Array, from: number, to: number): number {
  const tailLength = prefix.tail.length;
  // The final block(s): the tail, the digits, 0x80, zeros, the bit length. At most 2 blocks,
  // since the tail is < 64 bytes and a number has at most 16 digits.
  const bytes = new Uint8Array(128);
  bytes.set(prefix.tail);
  const words = new Int32Array(32);
  const schedule = new Int32Array(64);
  const state = new Int32Array(8);
  const midstate = prefix.midstate;
  const t0 = target[0];

  // The counter as ASCII digits, most significant first.
  const digits = new Uint8Array(17);
  let digitCount = 0;
  const start = String(from);
  for (let i = 0; i < start.length; i++) digits[digitCount++] = start.charCodeAt(i);

  let blocks = 0;
  let firstChangingWord = 0;
  // (Re)lays out the padding when the number of digits changes (rarely: 9 -> 10, 99 -> 100...).
  const layout = () => {
    const messageEnd = tailLength + digitCount;
    blocks = messageEnd + 9 <= 64 ? 1 : 2;
    const end = blocks * 64;
    for (let i = messageEnd; i < end; i++) bytes[i] = 0;
    bytes[messageEnd] = 0x80;
    const bits = (prefix.length + digitCount) * 8;
    bytes[end - 5] = Math.floor(bits / 0x100000000) & 255;
    bytes[end - 4] = bits >>> 24;
    bytes[end - 3] = (bits >>> 16) & 255;
    bytes[end - 2] = (bits >>> 8) & 255;
    bytes[end - 1] = bits & 255;
    firstChangingWord = tailLength >> 2;
    for (let i = 0; i < blocks * 16; i++) {
      const p = i * 4;
      words[i] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
    }
  };
  layout();

  for (let n = from; n <= to; n++) {
    // The digits, and the words they touch (through the 0x80 byte right after them).
    for (let i = 0; i < digitCount; i++) bytes[tailLength + i] = digits[i];
    const lastWord = (tailLength + digitCount) >> 2;
    for (let i = firstChangingWord; i <= lastWord; i++) {
      const p = i * 4;
      words[i] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
    }
    state[0] = midstate[0];
    state[1] = midstate[1];
    state[2] = midstate[2];
    state[3] = midstate[3];
    state[4] = midstate[4];
    state[5] = midstate[5];
    state[6] = midstate[6];
    state[7] = midstate[7];
    compress(state, words, 0, schedule);
    if (blocks === 2) compress(state, words, 16, schedule);
    if (
      state[0] === t0 &&
      state[1] === target[1] &&
      state[2] === target[2] &&
      state[3] === target[3] &&
      state[4] === target[4] &&
      state[5] === target[5] &&
      state[6] === target[6] &&
      state[7] === target[7]
    ) {
      return n;
    }
    // n + 1 in ASCII, in place.
    let i = digitCount - 1;
    while (i >= 0 && digits[i] === 57) digits[i--] = 48;
    if (i >= 0) digits[i] += 1;
    else {
      for (let j = digitCount; j > 0; j--) digits[j] = digits[j - 1];
      digits[0] = 49;
      digitCount += 1;
      layout();
    }
  }
  return -1;
}

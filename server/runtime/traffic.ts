/**
 * How many initializations a key (a scenario, a client address) made recently, in this process:
 * six 10-second buckets, so "the last minute" slides in steps of ten seconds. Keys that have been
 * quiet for a minute are forgotten, and the number of keys is capped, so a flood of addresses
 * cannot grow memory without bound.
 */
const BUCKET_MS = 10_000;
const BUCKETS = 6;

interface Counter {
  buckets: number[];
  /** Index of the bucket `buckets[0]` stands for (time / BUCKET_MS). */
  first: number;
}

export class TrafficMeter {
  private counters = new Map<string, Counter>();

  constructor(private readonly maxKeys = 100_000) {}

  /** Counts one event for `key` and returns the count over the last minute, this one included. */
  hit(key: string, now = Date.now()): number {
    const counter = this.advance(key, now);
    counter.buckets[counter.buckets.length - 1] += 1;
    return counter.buckets.reduce((sum, count) => sum + count, 0);
  }

  perMinute(key: string, now = Date.now()): number {
    const counter = this.counters.get(key);
    if (!counter) return 0;
    return this.advance(key, now).buckets.reduce((sum, count) => sum + count, 0);
  }

  private advance(key: string, now: number): Counter {
    const current = Math.floor(now / BUCKET_MS);
    let counter = this.counters.get(key);
    if (!counter) {
      if (this.counters.size >= this.maxKeys) this.forgetQuiet(current);
      counter = { buckets: new Array(BUCKETS).fill(0), first: current - BUCKETS + 1 };
      this.counters.set(key, counter);
    }
    const shift = current - (counter.first + BUCKETS - 1);
    if (shift > 0) {
      counter.buckets = shift >= BUCKETS ? new Array(BUCKETS).fill(0) : [...counter.buckets.slice(shift), ...new Array(shift).fill(0)];
      counter.first += shift;
    }
    return counter;
  }

  private forgetQuiet(current: number) {
    for (const [key, counter] of this.counters) if (counter.first + BUCKETS - 1 < current - BUCKETS) this.counters.delete(key);
    // Still full (a flood of distinct keys): drop the oldest half rather than grow.
    if (this.counters.size >= this.maxKeys) {
      let drop = Math.floor(this.maxKeys / 2);
      for (const key of this.counters.keys()) {
        if (drop-- <= 0) break;
        this.counters.delete(key);
      }
    }
  }
}

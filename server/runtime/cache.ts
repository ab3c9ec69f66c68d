/**
 * A small read-through cache with a time to live: what the runtime reads on every call
 * (scenarios, access keys, identity prefixes) changes rarely, and a change may take effect a few
 * seconds later (the console says rule changes propagate). Concurrent misses for one key share
 * one load, so a burst of traffic to a cold key costs one query. Not-found answers are cached
 * too (for `missTtlMs`), so garbage ids cannot turn every call into a query.
 */
interface Entry<V> {
  value?: V;
  expiresAt: number;
  loading?: Promise<V>;
}

export class TtlCache<V> {
  private entries = new Map<string, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly options: { missTtlMs?: number; maxEntries?: number; isMiss?: (value: V) => boolean } = {},
  ) {}

  async get(key: string, load: () => Promise<V>, now = Date.now()): Promise<V> {
    const entry = this.entries.get(key);
    if (entry && !entry.loading && entry.expiresAt > now) return entry.value as V;
    if (entry?.loading) return entry.loading;
    const loading = load().then(
      (value) => {
        const miss = this.options.isMiss?.(value) ?? value == null;
        this.store(key, { value, expiresAt: Date.now() + (miss ? (this.options.missTtlMs ?? this.ttlMs) : this.ttlMs) });
        return value;
      },
      (error) => {
        this.entries.delete(key);
        throw error;
      },
    );
    this.store(key, { ...(entry ?? { expiresAt: 0 }), loading });
    return loading;
  }

  /** Forgets a key (this process changed it, so it need not wait for the time to live). */
  forget(key: string) {
    this.entries.delete(key);
  }

  clear() {
    this.entries.clear();
  }

  private store(key: string, entry: Entry<V>) {
    const max = this.options.maxEntries ?? 50_000;
    if (!this.entries.has(key) && this.entries.size >= max) {
      // Evict the oldest insertion: Maps iterate in insertion order.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
  }
}

/**
 * Gathers the writes that concurrent requests need into one statement. Each request submits its
 * item and waits for its own answer; items that arrive while the database is busy wait and go
 * together in the next statement. Under load this turns hundreds of small statements (each a
 * round trip and, on PostgreSQL, a commit) into a few large ones; at rest an item goes alone, on
 * the next turn of the event loop, so it waits for nothing.
 */
export class Batcher<Item, Answer> {
  private queue: { item: Item; resolve: (answer: Answer) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    /** Runs one batch: one answer per item, in order. */
    private readonly run: (items: Item[]) => Promise<Answer[]>,
    private readonly options: { maxItems?: number; maxInFlight?: number } = {},
  ) {}

  submit(item: Item): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.scheduled || this.queue.length === 0 || this.inFlight >= (this.options.maxInFlight ?? 4)) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush() {
    if (this.queue.length === 0 || this.inFlight >= (this.options.maxInFlight ?? 4)) return;
    const batch = this.queue.splice(0, this.options.maxItems ?? 500);
    this.inFlight += 1;
    this.schedule();
    try {
      const answers = await this.run(batch.map((entry) => entry.item));
      batch.forEach((entry, index) => entry.resolve(answers[index]));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      this.inFlight -= 1;
      this.schedule();
    }
  }
}

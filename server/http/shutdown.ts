/**
 * A clean stop on SIGTERM (process managers, containers) and SIGINT (Ctrl-C): stop taking
 * requests, let the ones in flight finish, then run the finishers (write the usage counts still
 * in memory — they are billed — and close the database) before exiting. A second signal, or a
 * stop that takes longer than `graceMs`, exits at once.
 */
export function exitGracefully(finishers: (() => Promise<unknown>)[], { graceMs = 10_000, log = console.log } = {}) {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}: finishing requests and saving usage counts before exit`);
    setTimeout(() => process.exit(1), graceMs).unref();
    for (const finish of finishers) {
      try {
        await finish();
      } catch (error) {
        console.error("While stopping:", error);
      }
    }
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

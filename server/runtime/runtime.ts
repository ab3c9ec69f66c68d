import type { Sql } from "../database/sql";
import { DifficultyGauge } from "./difficulty";
import { Directory } from "./directory";
import { RuntimeStore } from "./store";

/**
 * The runtime's state in one process: its database, what it has read (directory.ts), what it
 * writes (store.ts) and the traffic it has seen (difficulty.ts). The HTTP layer (router.ts)
 * holds one; tests make their own on their own database.
 */
export class Runtime {
  readonly directory: Directory;
  readonly store: RuntimeStore;
  readonly difficulty = new DifficultyGauge();

  constructor(readonly sql: Sql) {
    this.directory = new Directory(sql);
    this.store = new RuntimeStore(sql);
  }
}

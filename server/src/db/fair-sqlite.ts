import {
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  SqliteDialect,
  type TransactionSettings,
} from "kysely";

/** How long queries may run back to back before the event loop gets a turn (accepting and reading sockets). */
const SLICE_MS = 10;

/**
 * SQLite through one better-sqlite3 connection, handed out first come, first served, with the event loop given a
 * turn between requests' queries (issue 10, overload; docs/decisions/0051):
 * - Kysely's own lock wakes every waiter on each release (a herd: O(waiters) per query under load);
 * - better-sqlite3 answers synchronously, so a backlog of queries drained as one chain of promise callbacks and the
 *   loop never polled while it lasted. Node accepts one new connection per loop turn: under 200 connections a turn
 *   took 200-400 ms, new connections waited seconds in the kernel and clients timed out unseen.
 * A transaction's own queries never yield, so transactions stay as short as they were.
 */
export class FairSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    return new FairSqliteDriver(super.createDriver());
  }
}

class FairSqliteDriver implements Driver {
  #connection: DatabaseConnection | null = null;
  #busy = false;
  readonly #waiting: (() => void)[] = [];
  #sliceStart = performance.now();

  private readonly inner: Driver;

  constructor(inner: Driver) {
    this.inner = inner;
  }

  async init(): Promise<void> {
    await this.inner.init();
    // The one connection, held for good: this driver does the queueing.
    this.#connection = await this.inner.acquireConnection();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#busy) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#busy = true;
    // Yield holding the connection: the requests queued behind wait their turn, the loop accepts and reads.
    if (performance.now() - this.#sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.#sliceStart = performance.now();
    }
    if (!this.#connection) {
      throw new Error("SQLite driver used before init");
    }
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    const next = this.#waiting.shift();
    if (next) {
      next(); // handed over: stays busy
    } else {
      this.#busy = false;
    }
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    await this.inner.savepoint?.(connection, name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    await this.inner.rollbackToSavepoint?.(connection, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    await this.inner.releaseSavepoint?.(connection, name, compile);
  }

  async destroy(): Promise<void> {
    await this.inner.destroy();
  }
}

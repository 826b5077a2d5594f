import type { DatabaseConnection, Dialect, Driver, QueryExecutor } from "kysely";

/** Work waiting for the transaction on that connection to commit; dropped when it rolls back. */
const pending = new WeakMap<DatabaseConnection, (() => void)[]>();

/**
 * Runs `work` once what `db` wrote is committed and visible to every connection: at once outside a transaction (the
 * statement has already committed), after COMMIT inside one, never if it rolls back. For signals to other requests
 * (the bell's stream, decision 0064): a signal sent before the commit would make them read the old state.
 */
export async function afterCommit(
  db: { readonly isTransaction: boolean; getExecutor(): QueryExecutor },
  work: () => void,
): Promise<void> {
  if (!db.isTransaction) {
    work();
    return;
  }
  // A transaction's executor hands out its one connection: the object the driver's COMMIT receives.
  const connection = await db.getExecutor().provideConnection(async (c) => c);
  const list = pending.get(connection) ?? [];
  list.push(work);
  pending.set(connection, list);
}

/** Wraps a dialect so its driver runs the `afterCommit` work of a transaction right after its COMMIT. */
export function withAfterCommit(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => new AfterCommitDriver(dialect.createDriver()),
  };
}

class AfterCommitDriver implements Driver {
  private readonly inner: Driver;

  constructor(inner: Driver) {
    this.inner = inner;
  }

  init = () => this.inner.init();
  acquireConnection = () => this.inner.acquireConnection();
  releaseConnection = (connection: DatabaseConnection) => this.inner.releaseConnection(connection);
  destroy = () => this.inner.destroy();

  async beginTransaction(connection: DatabaseConnection, settings: Parameters<Driver["beginTransaction"]>[1]) {
    // A pooled connection whose last transaction was aborted without a ROLLBACK must not carry its work over.
    pending.delete(connection);
    await this.inner.beginTransaction(connection, settings);
  }

  async commitTransaction(connection: DatabaseConnection) {
    await this.inner.commitTransaction(connection);
    const work = pending.get(connection) ?? [];
    pending.delete(connection);
    for (const run of work) {
      run();
    }
  }

  async rollbackTransaction(connection: DatabaseConnection) {
    pending.delete(connection);
    await this.inner.rollbackTransaction(connection);
  }
}

import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { sql } from "kysely";
import { createDb, type Db } from "../src/db";

/** Some hundred microseconds of SQLite work, so that a backlog of them lasts longer than one slice. */
const busyQuery = sql<{
  n: number;
}>`with recursive c(n) as (select 1 union all select n + 1 from c where n < 2000) select count(*) as n from c`;

/** Issue 10, overload: the one SQLite connection is handed out in order, and the event loop turns during a backlog. */
describe("SQLite connection queue", () => {
  let db: Db;
  afterEach(() => db.destroy());

  it("serves queries in the order they asked for the connection", async () => {
    db = createDb({ dialect: "sqlite", file: ":memory:" });
    const finished: number[] = [];
    await Promise.all(Array.from({ length: 200 }, (_, i) => busyQuery.execute(db).then(() => finished.push(i))));
    assert.deepEqual(
      finished,
      Array.from({ length: 200 }, (_, i) => i),
    );
  });

  it("lets the event loop accept and read sockets while a backlog of queries drains", async () => {
    db = createDb({ dialect: "sqlite", file: ":memory:" });
    let loopTurned = false;
    setImmediate(() => {
      loopTurned = true;
    });
    const seenByEach = await Promise.all(
      Array.from({ length: 500 }, () => busyQuery.execute(db).then(() => loopTurned)),
    );
    // Drained as one chain of promise callbacks, every query would finish before the loop's next turn.
    assert.equal(seenByEach.at(-1), true, "the loop turned before the backlog was done");
  });

  it("keeps a transaction's queries together while others wait", async () => {
    db = createDb({ dialect: "sqlite", file: ":memory:" });
    await sql`create table t (n integer)`.execute(db);
    const order: string[] = [];
    const transaction = db.transaction().execute(async (trx) => {
      for (let i = 0; i < 50; i++) {
        await busyQuery.execute(trx);
        await sql`insert into t (n) values (${i})`.execute(trx);
      }
      order.push("transaction");
    });
    const outside = sql<{ c: number }>`select count(*) as c from t`.execute(db).then((r) => {
      order.push("outside");
      return r.rows[0]?.c;
    });
    const [, seen] = await Promise.all([transaction, outside]);
    assert.deepEqual(order, ["transaction", "outside"]);
    assert.equal(seen, 50, "the query outside saw the committed transaction whole");
  });
});

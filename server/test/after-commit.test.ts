import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { afterCommit } from "../src/db/after-commit";
import * as audit from "../src/modules/audit/audit.repo";
import { createTestApp, type TestApp } from "./test-app";

/** The signal to the bell's stream goes out only once what it announces can be read (decision 0064). */
describe("afterCommit", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const countAudit = async () =>
    Number(
      (
        await t.db
          .selectFrom("audit_event")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("runs after the COMMIT, when another connection already sees the write", async () => {
    const seen: number[] = [];
    await t.db.transaction().execute(async (trx) => {
      await audit.record(trx, null, new Date(), {
        action: "auth.signed_out",
        subjectType: "user_account",
        subjectId: "u1",
      });
      await afterCommit(trx, () => {
        void countAudit().then((n) => seen.push(n));
      });
      assert.deepEqual(seen, [], "not before the commit");
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(seen, [1]);
  });

  it("never runs for a transaction that rolled back, nor leaks into the next one", async () => {
    let runs = 0;
    await assert.rejects(
      t.db.transaction().execute(async (trx) => {
        await afterCommit(trx, () => runs++);
        throw new Error("refused");
      }),
    );
    await t.db.transaction().execute(async () => {});
    assert.equal(runs, 0);
  });

  it("runs at once outside a transaction (the statement has committed)", async () => {
    let runs = 0;
    await afterCommit(t.db, () => runs++);
    assert.equal(runs, 1);
  });
});

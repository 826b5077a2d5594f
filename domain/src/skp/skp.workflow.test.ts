import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { positionKindSchema } from "../org/org.schema";
import { violationOf } from "../violation.fixture";
import { defaultModelFor, legalSkpActions, nextSkpStatus, type SkpAction, skpActions } from "./skp.rules";
import { type SkpStatus, skpStatusSchema } from "./skp.schema";

describe("nextSkpStatus over every status and action", () => {
  /** The whole workflow: where each action leads from each status, or null when it is illegal there. */
  const table: Record<SkpStatus, Record<SkpAction, SkpStatus | null>> = {
    draft: {
      edit: "draft",
      submit: "diajukan",
      return: null,
      approve: null,
      review: null,
      set_expectations: "draft",
      revise: null,
    },
    diajukan: {
      edit: null,
      submit: null,
      return: "dikembalikan",
      approve: "disetujui",
      review: "diajukan",
      set_expectations: "diajukan",
      revise: null,
    },
    dikembalikan: {
      edit: "dikembalikan",
      submit: "diajukan",
      return: null,
      approve: null,
      review: null,
      set_expectations: "dikembalikan",
      revise: null,
    },
    disetujui: {
      edit: null,
      submit: null,
      return: null,
      approve: null,
      review: null,
      set_expectations: null,
      revise: "disetujui",
    },
    diganti: {
      edit: null,
      submit: null,
      return: null,
      approve: null,
      review: null,
      set_expectations: null,
      revise: null,
    },
  };

  for (const from of skpStatusSchema.options) {
    for (const action of skpActions) {
      const to = table[from][action];
      if (to === null) {
        it(`refuses "${action}" on a ${from} SKP as an illegal transition`, () => {
          const violation = violationOf(() => nextSkpStatus(from, action));
          assert.equal(violation.code, "illegal_transition");
          assert.deepEqual(violation.details, { from, action });
          assert.ok(violation.message.length > 0);
        });
      } else {
        it(`moves a ${from} SKP to ${to} on "${action}"`, () => {
          assert.equal(nextSkpStatus(from, action), to);
        });
      }
    }
  }

  it("covers exactly the statuses and actions the domain knows", () => {
    assert.deepEqual(Object.keys(table), [...skpStatusSchema.options]);
    for (const from of skpStatusSchema.options) {
      assert.deepEqual(Object.keys(table[from]).sort(), [...skpActions].sort());
    }
  });
});

describe("legalSkpActions", () => {
  const cases: [SkpStatus, SkpAction[]][] = [
    ["draft", ["edit", "submit", "set_expectations"]],
    ["diajukan", ["return", "approve", "review", "set_expectations"]],
    ["dikembalikan", ["edit", "submit", "set_expectations"]],
    ["disetujui", ["revise"]],
    ["diganti", []],
  ];
  for (const [status, actions] of cases) {
    it(`allows ${actions.length === 0 ? "nothing" : actions.join(", ")} on a ${status} SKP`, () => {
      assert.deepEqual(legalSkpActions(status), actions);
    });
  }

  for (const status of skpStatusSchema.options) {
    it(`lists for a ${status} SKP exactly the actions nextSkpStatus accepts`, () => {
      const accepted = skpActions.filter((action) => {
        try {
          nextSkpStatus(status, action);
          return true;
        } catch {
          return false;
        }
      });
      assert.deepEqual(legalSkpActions(status), accepted);
    });
  }
});

describe("defaultModelFor", () => {
  for (const kind of positionKindSchema.options) {
    const expected = kind === "jpt" ? "jpt" : "ja_jf";
    it(`gives the ${expected} form to a ${kind} position`, () => {
      assert.equal(defaultModelFor(kind), expected);
    });
  }

  it("gives the JA/JF form to a position kind it does not know", () => {
    assert.equal(defaultModelFor("lainnya"), "ja_jf");
  });
});

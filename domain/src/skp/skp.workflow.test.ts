import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { positionKindSchema } from "../org/org.schema";
import { type SkpReview, skpReviewSchema } from "../period/period.schema";
import { violationOf } from "../violation.fixture";
import { defaultModelFor } from "./skp.rules";
import { type SkpStatus, skpStatusSchema } from "./skp.schema";
import { awaitsReview, legalSkpActions, nextSkpStatus, type SkpAction, skpActions } from "./skp.workflow";

type Table = Record<SkpStatus, Record<SkpAction, SkpStatus | null>>;
const none: Record<SkpAction, null> = {
  edit: null,
  submit: null,
  return: null,
  approve: null,
  review: null,
  review_return: null,
  set_expectations: null,
  revise: null,
};

/** The whole workflow per year setting: where each action leads from each status, or null when it is illegal there. */
const editable = (status: "draft" | "dikembalikan") => ({
  ...none,
  edit: status,
  submit: "diajukan" as const,
  set_expectations: status,
});
const afterSubmit = {
  draft: editable("draft"),
  dikembalikan: editable("dikembalikan"),
  direviu: { ...none, approve: "disetujui", return: "dikembalikan", set_expectations: "direviu" },
  disetujui: { ...none, revise: "disetujui", set_expectations: "disetujui" },
  diganti: none,
} as const;
const tables: Record<SkpReview, Table> = {
  required: {
    ...afterSubmit,
    diajukan: {
      ...none,
      return: "dikembalikan",
      review: "direviu",
      review_return: "dikembalikan",
      set_expectations: "diajukan",
    },
  },
  off: {
    ...afterSubmit,
    diajukan: {
      ...none,
      return: "dikembalikan",
      approve: "disetujui",
      review: "diajukan",
      set_expectations: "diajukan",
    },
  },
};

for (const review of skpReviewSchema.options) {
  describe(`nextSkpStatus over every status and action, review ${review}`, () => {
    const table = tables[review];
    for (const from of skpStatusSchema.options) {
      for (const action of skpActions) {
        const to = table[from][action];
        if (to === null) {
          const code = review === "required" && from === "diajukan" && action === "approve";
          it(`refuses "${action}" on a ${from} SKP${code ? " until the pengelola has reviewed it" : ""}`, () => {
            const violation = violationOf(() => nextSkpStatus(from, action, review));
            assert.equal(violation.code, code ? "skp_review_pending" : "illegal_transition");
            assert.deepEqual(violation.details, { from, action });
            assert.ok(violation.message.length > 0);
          });
        } else {
          it(`moves a ${from} SKP to ${to} on "${action}"`, () => {
            assert.equal(nextSkpStatus(from, action, review), to);
          });
        }
      }
    }

    it("covers exactly the statuses and actions the domain knows", () => {
      assert.deepEqual(Object.keys(table).sort(), [...skpStatusSchema.options].sort());
      for (const from of skpStatusSchema.options) {
        assert.deepEqual(Object.keys(table[from]).sort(), [...skpActions].sort());
      }
    });

    for (const status of skpStatusSchema.options) {
      it(`lists for a ${status} SKP exactly the actions nextSkpStatus accepts`, () => {
        const accepted = skpActions.filter((action) => {
          try {
            nextSkpStatus(status, action, review);
            return true;
          } catch {
            return false;
          }
        });
        assert.deepEqual(legalSkpActions(status, review), accepted);
      });
    }
  });
}

describe("the pengelola kinerja's review step (PP 30/2019: agreed after review)", () => {
  it("does not let the rater approve a submitted SKP while the review is required", () => {
    assert.equal(legalSkpActions("diajukan", "required").includes("approve"), false);
  });

  it("lets the rater approve a submitted SKP at once when the year turns the review off", () => {
    assert.equal(nextSkpStatus("diajukan", "approve", "off"), "disetujui");
  });

  it("asks for a fresh review after the employee resubmits a returned SKP", () => {
    assert.equal(nextSkpStatus("dikembalikan", "submit", "required"), "diajukan");
    assert.equal(awaitsReview("diajukan", "required"), true);
  });

  const waits: [SkpStatus, SkpReview, boolean][] = [
    ["diajukan", "required", true],
    ["diajukan", "off", false],
    ["direviu", "required", false],
    ["draft", "required", false],
    ["disetujui", "required", false],
  ];
  for (const [status, review, expected] of waits) {
    it(`${expected ? "counts" : "does not count"} a ${status} SKP as awaiting review (review ${review})`, () => {
      assert.equal(awaitsReview(status, review), expected);
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

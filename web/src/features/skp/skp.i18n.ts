import { accumulationMessages } from "./accumulation.i18n";
import { skpBatchMessages } from "./skp-batch.i18n";
import { skpChangesMessages } from "./skp-changes.i18n";
import { skpFormMessages } from "./skp-form.i18n";
import { skpLinksMessages } from "./skp-links.i18n";
import { skpReviewMessages } from "./skp-review.i18n";
import { skpSeatMessages } from "./skp-seat.i18n";
import { skpWorkflowMessages } from "./skp-workflow.i18n";

/** The SKP feature's catalogue: the form's terms and the workflow's, Indonesian first, English with the same keys. */
export const skpMessages = {
  id: {
    ...skpFormMessages.id,
    ...skpWorkflowMessages.id,
    ...accumulationMessages.id,
    ...skpSeatMessages.id,
    ...skpReviewMessages.id,
    ...skpLinksMessages.id,
    ...skpBatchMessages.id,
    ...skpChangesMessages.id,
  },
  en: {
    ...skpFormMessages.en,
    ...skpWorkflowMessages.en,
    ...accumulationMessages.en,
    ...skpSeatMessages.en,
    ...skpReviewMessages.en,
    ...skpLinksMessages.en,
    ...skpBatchMessages.en,
    ...skpChangesMessages.en,
  },
};

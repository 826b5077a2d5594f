import { notifications } from "@mantine/notifications";
import { type Evidence, type ReportDetail, reportApi } from "@simkin/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { ApiError, submitForm } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";

export const reportKeys = {
  detail: (id: string) => ["report", id] as const,
  mine: (year: number) => ["reports", "mine", year] as const,
  inbox: ["report-inbox"] as const,
  notifications: ["notifications"] as const,
};

/** After any change to a report: its page (set from the answer when there is one), the lists and the bell. */
export function useReportChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    async (id: string, detail?: ReportDetail) => {
      if (detail) {
        queryClient.setQueryData(reportKeys.detail(id), detail);
      } else {
        await queryClient.invalidateQueries({ queryKey: reportKeys.detail(id) });
      }
      await Promise.all(
        [["reports"], reportKeys.inbox, reportKeys.notifications].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
    [queryClient],
  );
}

/**
 * Uploads one bukti dukung. The server reads the multipart parts in order, so `rhkId` goes before `file`;
 * the CSRF token is the session's, as for every other state-changing request.
 */
export function uploadEvidence(reportId: string, rhkId: string, file: File): Promise<Evidence> {
  return submitForm(
    reportApi.upload,
    [
      ["rhkId", rhkId],
      ["file", file],
    ],
    { id: reportId },
  );
}

const acceptedExtensions = ["pdf", "png", "jpg", "jpeg", "webp", "doc", "docx", "xls", "xlsx", "ppt", "pptx"];
export const evidenceAccept = acceptedExtensions.map((e) => `.${e}`).join(",");
export const evidenceMaxBytes = 10 * 1024 * 1024;

/** Client-side hints only: the server recognises the type from the content and enforces its own size limit. */
export function evidenceHint(file: File): "size" | "type" | null {
  if (file.size > evidenceMaxBytes) {
    return "size";
  }
  const extension = file.name.includes(".") ? (file.name.split(".").pop() ?? "").toLowerCase() : "";
  return acceptedExtensions.includes(extension) ? null : "type";
}

type FormLike = { setFieldError: (path: string, error: string) => void };

/**
 * A failed request: messages for fields the form shows go beside them (and, when `notify`, also in a
 * notification so an error far up the page is not missed); anything else goes into a notification.
 */
export function showReportError(error: unknown, form: FormLike, known: RegExp, notify: boolean) {
  if (error instanceof ApiError) {
    const paths = Object.keys(error.fields);
    if (paths.length > 0 && paths.every((path) => known.test(path))) {
      showApiError(error, form);
      if (notify) {
        notifications.show({ color: "red", message: errorText(error) });
      }
      return;
    }
  }
  showApiError(error);
}

export const draftFields =
  /^(realisations\/\d+\/value|actions\/\d+\/(plan|progress)|achievements|challenges|improvements)$/;
export const feedbackFields = /^(perRhk\/\d+\/(wentWell|toImprove|support)|perValue\/\d+\/text|overall)$/;

import { type KeberatanFile, type KeberatanFileKind, type KeberatanView, keberatanApi } from "@simkin/domain";
import { useQueryClient } from "@tanstack/react-query";
import { call, submitForm, toUrl } from "../../lib/api";
import { evaluationKeys } from "./evaluation-api";

export const keberatanKeys = {
  all: ["keberatan"] as const,
  view: (evaluationId: string) => ["keberatan", "view", evaluationId] as const,
  list: (status: string, page: number) => ["keberatan", "list", status, page] as const,
};

/**
 * After a step: the view answered by the server replaces the cached one; the evaluation itself (its actions: no
 * "Terima" while a keberatan is pending; a decision changes its ratings), the lists and the tasks are read again.
 */
export function useKeberatanChanged() {
  const queryClient = useQueryClient();
  return async (view: KeberatanView) => {
    queryClient.setQueryData(keberatanKeys.view(view.evaluation.id), view);
    await Promise.all(
      [evaluationKeys.detail(view.evaluation.id), ["evaluations"], ["keberatan", "list"], ["tasks"]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  };
}

/** Uploads one file of a keberatan; the server reads `kind` before `file`, so the order matters. */
export function uploadKeberatanFile(keberatanId: string, kind: KeberatanFileKind, file: File): Promise<KeberatanFile> {
  return submitForm(
    keberatanApi.upload,
    [
      ["kind", kind],
      ["file", file],
    ],
    { id: keberatanId },
  );
}

export function removeKeberatanFile(id: string) {
  return call(keberatanApi.removeFile, { params: { id } });
}

/** Where a kept file is downloaded from (an attachment; the server checks who may read it). */
export const fileUrl = (id: string) => toUrl(keberatanApi.download.path, { id });

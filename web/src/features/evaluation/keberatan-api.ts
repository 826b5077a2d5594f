import {
  apiErrorSchema,
  type KeberatanFile,
  type KeberatanFileKind,
  type KeberatanView,
  keberatanApi,
  keberatanFileSchema,
} from "@simkin/domain";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError, toUrl } from "../../lib/api";

export const keberatanKeys = {
  all: ["keberatan"] as const,
  view: (evaluationId: string) => ["keberatan", "view", evaluationId] as const,
  list: (status: string, page: number) => ["keberatan", "list", status, page] as const,
};

/** After a step: the view answered by the server replaces the cached one; lists and tasks are read again. */
export function useKeberatanChanged() {
  const queryClient = useQueryClient();
  return async (view: KeberatanView) => {
    queryClient.setQueryData(keberatanKeys.view(view.evaluation.id), view);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ["keberatan", "list"] }),
      queryClient.invalidateQueries({ queryKey: ["tasks"] }),
    ]);
  };
}

/** Uploads one file of a keberatan; the server reads `kind` before `file`, so the order matters. */
export async function uploadKeberatanFile(
  keberatanId: string,
  kind: KeberatanFileKind,
  file: File,
  csrfToken: string | null,
): Promise<KeberatanFile> {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", file);
  const headers: Record<string, string> = csrfToken ? { "x-csrf-token": csrfToken } : {};
  const res = await fetch(toUrl(keberatanApi.upload.path, { id: keberatanId }), {
    method: "POST",
    headers,
    body: form,
    credentials: "same-origin",
  });
  const json: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const error = apiErrorSchema.safeParse(json);
    throw new ApiError(
      res.status,
      error.success
        ? error.data
        : res.status === 413
          ? { code: "payload_too_large", message: "", details: {} }
          : { code: "unknown", message: res.statusText || "Gagal", details: {} },
    );
  }
  return keberatanFileSchema.parse(json);
}

/** Where a kept file is downloaded from (an attachment; the server checks who may read it). */
export const fileUrl = (id: string) => toUrl(keberatanApi.download.path, { id });

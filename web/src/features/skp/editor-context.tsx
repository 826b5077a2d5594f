import type { UseFormReturnType } from "@mantine/form";
import type { SkpDetail, SkpProblem } from "@simkin/domain";
import { createContext, type ReactNode, useContext } from "react";
import { type ContentValues, fieldId } from "./content-form";

export type ContentForm = UseFormReturnType<ContentValues>;
type Editor = {
  form: ContentForm;
  skp: SkpDetail;
  problems: SkpProblem[];
  /** Whether a field's problem may show yet: after it was left once, or after a save was tried. */
  revealed: (path: string) => boolean;
  /** Records that the user left a field (blur), so its problem shows from now on. */
  reveal: (path: string) => void;
};

const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ value, children }: { value: Editor; children: ReactNode }) {
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

export function useEditor(): Editor {
  const value = useContext(EditorContext);
  if (!value) {
    throw new Error("useEditor outside EditorProvider");
  }
  return value;
}

const problemStyles = {
  input: { borderColor: "var(--mantine-color-orange-6)" },
  error: { color: "var(--mantine-color-orange-9)" },
};

/**
 * Input props for a content path: its value, an id to jump to, and its message: a server error (red) beside the
 * field, else what still blocks submission (orange) once the field was left or a save was tried.
 */
export function useField() {
  const { form, problems, revealed, reveal } = useEditor();
  return (path: string) => {
    const serverError = form.errors[path];
    // Not before the user had a chance to fill it: a new RHK does not open covered in "wajib diisi".
    const problem = revealed(path) ? problems.find((p) => p.path === path)?.message : undefined;
    const input = form.getInputProps(path);
    return {
      ...input,
      onBlur: (event: unknown) => {
        input.onBlur?.(event);
        reveal(path);
      },
      id: fieldId(path),
      error: serverError ?? problem,
      styles: serverError || !problem ? undefined : problemStyles,
      "data-problem": problem && !serverError ? true : undefined,
    };
  };
}

/** The message of a problem about a whole block (an RHK without IKI, an empty lampiran list). */
export function useBlockProblem(path: string): string | undefined {
  const { form, problems } = useEditor();
  const serverError = form.errors[path];
  if (typeof serverError === "string") {
    return serverError;
  }
  return problems.find((p) => p.path === path)?.message;
}

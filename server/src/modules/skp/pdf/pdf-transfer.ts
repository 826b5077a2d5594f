import type { TDocumentDefinitions } from "pdfmake/interfaces";

/** How a function or object of a document is rebuilt in the worker: a factory name and plain-data arguments. */
export type TransferTag = { name: string; args: unknown[] };

const tags = new WeakMap<object, TransferTag>();
const TAG_KEY = "$pdfTransfer";

/**
 * Marks a value (a header closure, a table layout) that a JSON copy would lose, so the worker can rebuild it with
 * the factory of the same name in pdf-registry.ts. Returns the value unchanged for the in-process callers.
 */
export function transferable<T extends object>(value: T, name: string, ...args: unknown[]): T {
  tags.set(value, { name, args });
  return value;
}

/** The document as JSON, with tagged values replaced by their tags; an untagged function is a programming error. */
export function serializeDocument(doc: TDocumentDefinitions): string {
  return JSON.stringify(doc, function replace(key, value: unknown) {
    if (value !== null && (typeof value === "object" || typeof value === "function")) {
      const tag = tags.get(value);
      if (tag) {
        return { [TAG_KEY]: tag.name, args: tag.args };
      }
    }
    if (typeof value === "function") {
      throw new Error(`PDF document function at "${key}" cannot reach the worker: wrap it with transferable()`);
    }
    return value;
  });
}

export type Factories = Readonly<Record<string, (...args: never[]) => unknown>>;

/** Parses a serialized document and rebuilds each tagged value with its factory (in the worker). */
export function reviveDocument(json: string, factories: Factories): TDocumentDefinitions {
  const revived: unknown = JSON.parse(json, (_key, value: unknown) => {
    if (value === null || typeof value !== "object" || !(TAG_KEY in value)) {
      return value;
    }
    const { [TAG_KEY]: name, args } = value as { [TAG_KEY]: string; args: never[] };
    const factory = factories[name];
    if (!factory) {
      throw new Error(`No PDF factory named "${name}" in pdf-registry.ts`);
    }
    return factory(...args);
  });
  // serializeDocument wrote this text from a TDocumentDefinitions; only tagged values were swapped back.
  return revived as TDocumentDefinitions;
}

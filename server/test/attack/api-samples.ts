import { randomUUID } from "node:crypto";
import type { Contract } from "@simkin/domain";
import * as domain from "@simkin/domain";
import { z } from "zod";

/** Every endpoint of the API, found from the `*Api` objects domain/src/index.ts exports, keyed "METHOD /path". */
export type Endpoint = { key: string; name: string; contract: Contract };

export function endpoints(): Endpoint[] {
  const found: Endpoint[] = [];
  for (const [apiName, api] of Object.entries(domain)) {
    if (!apiName.endsWith("Api") || typeof api !== "object" || api === null) {
      continue;
    }
    for (const [name, value] of Object.entries(api)) {
      if (isContract(value)) {
        found.push({ key: `${value.method} ${value.path}`, name: `${apiName}.${name}`, contract: value });
      }
    }
  }
  return found.sort((a, b) => a.key.localeCompare(b.key));
}

function isContract(value: unknown): value is Contract {
  return typeof value === "object" && value !== null && "method" in value && "path" in value && "access" in value;
}

/** The path parameters of a contract, in order (`/api/reports/:id/evidence/:evidenceId` → id, evidenceId). */
export const pathParams = (path: string): string[] => [...path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? "");

/** The path with each parameter replaced. */
export function fillPath(path: string, values: Readonly<Record<string, string>>): string {
  return path.replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(values[name] ?? ""));
}

/** The key a parameter's victim is found under: the path up to and including the parameter. */
export const resourceKey = (path: string, param: string): string =>
  `${path.slice(0, path.indexOf(`:${param}`))}:${param}`;

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  pattern?: string;
  default?: unknown;
};

/**
 * A small valid value for a Zod schema, built from its JSON Schema (required fields only, the first enum value,
 * minimum numbers, shortest arrays). Refinements the JSON Schema cannot show (a NIP checksum, an https link) need
 * an entry in `bodyOverrides`; `validSample` says so when its guess does not parse.
 */
export function guessSample(schema: z.ZodType): unknown {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  // toJSONSchema returns a JSON Schema object; the fields read here are all optional.
  return fromJsonSchema(json as JsonSchema);
}

function fromJsonSchema(js: JsonSchema): unknown {
  if (js.const !== undefined) {
    return js.const;
  }
  if (js.default !== undefined) {
    return js.default;
  }
  if (js.enum) {
    return js.enum[0];
  }
  const options = js.anyOf ?? js.oneOf;
  if (options) {
    return fromJsonSchema(options.find((o) => o.type !== "null") ?? options[0] ?? {});
  }
  switch (js.type) {
    case "object":
      return Object.fromEntries((js.required ?? []).map((k) => [k, fromJsonSchema(js.properties?.[k] ?? {})]));
    case "array":
      return Array.from({ length: js.minItems ?? 0 }, () => fromJsonSchema(js.items ?? {}));
    case "integer":
    case "number":
      return js.minimum !== undefined && js.minimum > -1e6 ? js.minimum : 1;
    case "boolean":
      return false;
    case "string":
      return stringSample(js);
    default:
      return null;
  }
}

function stringSample(js: JsonSchema): string {
  const formats: Record<string, () => string> = {
    uuid: () => randomUUID(),
    date: () => "2026-11-16",
    email: () => "uji@kec-plaju.example",
    uri: () => "https://arsip.kec-plaju.example/bukti.pdf",
  };
  const make = js.format ? formats[js.format] : undefined;
  if (make) {
    return make();
  }
  const fits = (text: string) =>
    text.length >= (js.minLength ?? 0) &&
    text.length <= (js.maxLength ?? text.length) &&
    (!js.pattern || new RegExp(js.pattern, "u").test(text));
  // "TW1": an evaluation period code (issue 12), the one pattern the others do not fit.
  const candidates = ["Uji keamanan", "UJI-KEAMANAN", "uji.keamanan", "UJI1", "Ujikeamanan", "TW1"];
  const text = candidates.find(fits) ?? "Uji keamanan";
  return text.padEnd(js.minLength ?? 0, "a").slice(0, js.maxLength ?? text.length);
}

/** Parses a guessed or overridden sample with the contract's schema, failing with what to do when it does not. */
export function validSample(endpoint: Endpoint, part: "query" | "body", value: unknown): unknown {
  const schema = endpoint.contract[part];
  if (!schema) {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(
      `${endpoint.key} (${endpoint.name}): the guessed ${part} ${JSON.stringify(value)} is invalid ` +
        `(${z.prettifyError(parsed.error)}). Add a valid one to bodyOverrides in server/test/attack/api-samples.ts.`,
    );
  }
  return value;
}

/** Fields set by hand, over the guess, where a refinement the JSON Schema cannot show would refuse it. */
export const bodyOverrides: Record<string, Record<string, unknown>> = {
  "POST /api/employees": { nip: "198101102009121009" },
  "PATCH /api/employees/:id": { nip: "198101102009121009" },
  "POST /api/reports/:id/links": { url: "https://arsip.kec-plaju.example/bukti.pdf" },
  "POST /api/auth/second-factor/disable": { code: "123456" },
  "POST /api/auth/second-factor/enrolment/confirm": { code: "123456" },
  "POST /api/auth/second-factor/recovery-codes": { code: "123456" },
  "POST /api/auth/login/second-factor": { code: "123456" },
  // A BerAKHLAK version names all seven values with exactly three panduan each.
  "POST /api/berakhlak": {
    values: domain.berakhlakValueCodes.map((code) => ({ code, name: "Uji", indicators: ["Uji 1", "Uji 2", "Uji 3"] })),
  },
  // A pangkat entry names a PNS golongan; a coefficient is more than 0.
  "POST /api/employees/:id/ranks": { value: "III/a" },
  "PUT /api/ak-master": { coefficient: 1 },
};

/** The query string and JSON body a request to this endpoint sends: the override, or a guess from the schema. */
export function sampleInput(endpoint: Endpoint): { query: string; body: unknown } {
  const { contract } = endpoint;
  const query = contract.query ? validSample(endpoint, "query", guessSample(contract.query)) : undefined;
  const override = bodyOverrides[endpoint.key];
  const guess = contract.body ? guessSample(contract.body) : undefined;
  const body = contract.body
    ? validSample(endpoint, "body", override && isRecord(guess) ? { ...guess, ...override } : guess)
    : undefined;
  return { query: query ? `?${new URLSearchParams(stringValues(query)).toString()}` : "", body };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function stringValues(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null) {
    return {};
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

import type { z } from "zod";

/** Who may call an endpoint. Every contract names one, so no route can be registered without a policy. */
export type Access =
  | "public"
  | "signed_in"
  | "admin" // pengelola kinerja or super admin
  | "admin_or_auditor"
  | "audit" // auditor or super admin
  | "super_admin";

/**
 * Why a signed-in session may, for now, call only a few routes: its account must first choose a new password
 * (403 `password_change_required`, issue 8 finding 2), or enrol a second factor (403
 * `second_factor_enrolment_required`). A contract lists the restrictions under which it stays callable.
 */
export type Restriction = "password_change" | "second_factor_enrolment";

/** One HTTP endpoint, described once and shared by the server and the web app. */
export type Contract = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: `/api/${string}`;
  access: Access;
  /** The restrictions under which this route stays callable (sign-out, `me`, the way out of the restriction). */
  allowedWhile?: readonly Restriction[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** A long-lived text/event-stream answer whose events carry `response`; not counted as in flight (decision 0064). */
  stream?: true;
};

export const contract = <const C extends Contract>(c: C): C => c;

/** Whether a session under `restriction` (or none) may call the contract. */
export function allowedUnder(c: Pick<Contract, "allowedWhile">, restriction: Restriction | null): boolean {
  return restriction === null || (c.allowedWhile?.includes(restriction) ?? false);
}

type SchemaAt<C, K extends string> = C extends Record<K, infer S extends z.ZodType> ? S : undefined;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type Sent<K extends string, S> = S extends z.ZodType ? { [P in K]: z.input<S> } : { [P in K]?: never };

/** What a server handler receives, after validation. */
export type ServerInput<C extends Contract> = {
  params: Parsed<SchemaAt<C, "params">>;
  query: Parsed<SchemaAt<C, "query">>;
  body: Parsed<SchemaAt<C, "body">>;
};

/** What the web app sends: only the parts the contract declares. */
export type ClientInput<C extends Contract> = Sent<"params", SchemaAt<C, "params">> &
  Sent<"query", SchemaAt<C, "query">> &
  Sent<"body", SchemaAt<C, "body">>;

export type Output<C extends Contract> = z.output<C["response"]>;

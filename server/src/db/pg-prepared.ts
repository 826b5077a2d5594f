import type pg from "pg";

/** Statements kept prepared per connection; beyond, queries run unnamed (texts with long `in` lists vary freely). */
const PREPARED_PER_CONNECTION = 500;

type Query = (text: unknown, values?: unknown) => unknown;

/**
 * Kysely sends every query unnamed, so PostgreSQL parses and plans it again each time; a report save's fifteen
 * statements spent most of their round trips there (issue 10). Each pooled connection now prepares a statement the
 * first time its text is seen and then only binds and executes it, as the SQLite statement cache does
 * (decision 0046). Only queries with parameters: those without run through the simple protocol, which allows
 * several statements in one text (migrations).
 */
export function prepareStatementsPerConnection(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    const names = new Map<string, string>();
    const query: Query = client.query.bind(client);
    const named: Query = (text, values) => {
      if (typeof text !== "string" || !Array.isArray(values) || values.length === 0) {
        return query(text, values);
      }
      let name = names.get(text);
      if (!name && names.size < PREPARED_PER_CONNECTION) {
        name = `simkin_${names.size}`;
        names.set(text, name);
      }
      return query(name ? { name, text, values } : text, values);
    };
    // pg's overloads cannot be restated one by one; `named` passes every other form through unchanged.
    client.query = named as typeof client.query;
  });
}

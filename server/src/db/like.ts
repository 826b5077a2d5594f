import { type Expression, type SqlBool, sql } from "kysely";

/** `column like '%text%'` with the text's own % and _ taken literally. */
export function containsIn(column: Expression<unknown>, text: string): Expression<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${column} like ${pattern} escape '\\'`;
}

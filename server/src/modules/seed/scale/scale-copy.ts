import { parseEmployeeNumber } from "@simkin/domain";
import { newId } from "../../../db/ids";
import { kelurahan } from "../plaju-structure";
import type { Office } from "./scale-office";
import type { ColumnRole, TableName } from "./scale-plan";

/** Copy 1 is the demo office itself; copies 2..N are clones numbered "0002".."N". */
export function copyTag(copy: number): string {
  return String(copy).padStart(4, "0");
}

/**
 * Days the birth dates of copy `copy` move: 0, -1, +1, -2, +2... Distinct per copy, so (birth date, serial) and with
 * it every NIP is unique; at most ±4,999 days for 9,999 copies, and ±463 for the 926 copies of 100,000 employees.
 */
export function dayShift(copy: number): number {
  const j = copy - 1;
  return j % 2 === 1 ? -(j + 1) / 2 : j / 2;
}

const DAY_MS = 86_400_000;

export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The NIP (or NI PPPK) with its first eight digits, the birth date, moved by `days`; the rest is kept. */
export function shiftNip(nip: string, days: number): string {
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  return shiftDate(birth, days).replaceAll("-", "") + nip.slice(8);
}

// Longest first, so "Plaju Darat" is matched before "Plaju".
const places = ["Plaju", ...kelurahan.map(([, name]) => name)].sort((a, b) => b.length - a.length);
const placePattern = new RegExp(`\\b(${places.join("|")})\\b`, "g");

export function renamePlace(name: string, tag: string): string {
  return name.replace(placePattern, `$1 ${tag}`);
}

type CopyContext = { tag: string; days: number; ids: Map<string, string>; nips: Map<string, string> };

function remap(role: ColumnRole, value: unknown, ctx: CopyContext): unknown {
  if (value === null || role === "copy") {
    return value;
  }
  const text = String(value);
  switch (role) {
    case "id":
    case "ref_any":
      return ctx.ids.get(text) ?? value;
    case "nip":
    case "printed_nip":
      return ctx.nips.get(text) ?? value;
    case "birth_date":
      return shiftDate(text, ctx.days);
    case "username":
      return ctx.nips.get(text) ?? `${text}.${ctx.tag}`;
    case "email":
      return text.replace(/@([^.]+)\./, `@$1-${ctx.tag}.`);
    case "unit_code":
      return `${text}-${ctx.tag}`;
    case "place_name":
      return renamePlace(text, ctx.tag);
    default:
      // A reference: the copy's row when it was cloned, else the shared row it names.
      return ctx.ids.get(text) ?? value;
  }
}

/**
 * The rows of one copy, table by table in insert order: fresh ids (made in the original id order, so events keep
 * their order), references to the copy's own rows, shifted NIPs and birth dates, numbered names and codes.
 */
export function copyOffice(office: Office, copy: number): { table: TableName; rows: unknown[][] }[] {
  const ctx: CopyContext = { tag: copyTag(copy), days: dayShift(copy), ids: new Map(), nips: new Map() };
  for (const table of office.tables) {
    const idAt = table.roles.indexOf("id");
    const nipAt = table.roles.indexOf("nip");
    const statusAt = table.columns.indexOf("status");
    const byId = idAt < 0 ? [] : table.rows.map((row) => String(row[idAt])).sort();
    for (const id of byId) {
      ctx.ids.set(id, newId());
    }
    for (const row of nipAt < 0 ? [] : table.rows) {
      const nip = shiftNip(String(row[nipAt]), ctx.days);
      const status = row[statusAt] === "pppk" ? "pppk" : "pns";
      const parsed = parseEmployeeNumber(status, nip);
      if (!parsed.ok) {
        throw new Error(`Copy ${ctx.tag}: NIP ${nip} is not valid (${parsed.error.message})`);
      }
      ctx.nips.set(String(row[nipAt]), nip);
    }
  }
  return office.tables.map((table) => ({
    table: table.name,
    rows: table.rows.map((row) => row.map((value, at) => remap(table.roles[at] ?? "copy", value, ctx))),
  }));
}

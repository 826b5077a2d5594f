import type { AkJenjang, RankKind } from "@simkin/domain";

// Tables of migration 2026_12_07_032_angka_kredit (issue 12). Angka kredit in thousandths (integers).

/** One entry of an employee's pangkat/golongan or jenjang history: it holds from its TMT until the next of its kind. */
export interface EmployeeRankTable {
  id: string;
  employee_id: string;
  kind: RankKind;
  /** A PNS golongan for pangkat, an AkJenjang for jenjang. */
  value: string;
  tmt: string;
  decree_number: string | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** An office's correction of AK_JENJANG for one jenjang; a jenjang without a row uses the domain default. */
export interface AkMasterTable {
  jenjang: AkJenjang;
  coefficient_milli: number;
  for_pangkat_milli: number;
  /** Null where there is no next jenjang. */
  for_jenjang_milli: number | null;
  version: number;
  updated_at: string;
}

/** A fungsional employee's starting balance: the AK dasar or the converted PAK, counted from start_year on. */
export interface AkBalanceTable {
  employee_id: string;
  kind: "dasar" | "konversi";
  start_year: number;
  amount_milli: number;
  decree_number: string | null;
  version: number;
  updated_at: string;
}

export interface AngkaKreditDatabase {
  employee_rank: EmployeeRankTable;
  ak_master: AkMasterTable;
  ak_balance: AkBalanceTable;
}

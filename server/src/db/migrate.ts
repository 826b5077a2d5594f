import { type Migration, Migrator } from "kysely";
import { ensureBerakhlakMaster } from "../modules/skp/berakhlak.repo";
import type { Db } from "./index";
import * as m001 from "./migrations/2026_11_28_001_foundation";
import * as m002 from "./migrations/2026_11_28_002_skp";
import * as m003 from "./migrations/2026_11_28_003_monthly_report";
import * as m004 from "./migrations/2026_12_06_001_audit_ip";
import * as m005 from "./migrations/2026_12_06_002_account_security";
import * as m006 from "./migrations/2026_12_06_003_sign_in_security";
import * as m007 from "./migrations/2026_12_06_004_public_surface";
import * as m010 from "./migrations/2026_12_06_010_skp_fidelity";
import * as m011 from "./migrations/2026_12_06_011_org_fidelity";
import * as m012 from "./migrations/2026_12_06_012_report_fidelity";
import * as m013 from "./migrations/2026_12_06_013_rhk_content";
import * as m014 from "./migrations/2026_12_06_014_forms_fidelity";
import * as m020 from "./migrations/2026_12_06_020_scale_indexes";
import * as m021 from "./migrations/2026_12_06_021_safe_writes";
import * as m022 from "./migrations/2026_12_07_022_unit_slices";
import * as m023 from "./migrations/2026_12_07_023_list_orders";
import * as m024 from "./migrations/2026_12_07_024_partial_rater_index";
import * as m025 from "./migrations/2026_12_07_025_skp_previous_index";
import * as m026 from "./migrations/2026_12_07_026_notification_prefs";
import * as m027 from "./migrations/2026_12_07_027_tasks";
import * as m028 from "./migrations/2026_12_07_028_audit_search";
import * as m029 from "./migrations/2026_12_07_029_skp_return_snapshot";
import * as m030 from "./migrations/2026_12_07_030_import_runs";
import * as m031 from "./migrations/2026_12_07_031_evaluation";
import * as m032 from "./migrations/2026_12_07_032_angka_kredit";
import * as m034 from "./migrations/2026_12_07_034_keberatan_indexes";
import * as m035 from "./migrations/2026_12_07_035_unit_evaluation_drafts";
import * as m036 from "./migrations/2026_12_07_036_file_hash_indexes";

/** Append-only. Kysely runs these in name order; never edit or rename one that has shipped. */
const migrations: Record<string, Migration> = {
  "2026_11_28_001_foundation": m001,
  "2026_11_28_002_skp": m002,
  "2026_11_28_003_monthly_report": m003,
  "2026_12_06_001_audit_ip": m004,
  "2026_12_06_002_account_security": m005,
  "2026_12_06_003_sign_in_security": m006,
  "2026_12_06_004_public_surface": m007,
  "2026_12_06_010_skp_fidelity": m010,
  "2026_12_06_011_org_fidelity": m011,
  "2026_12_06_012_report_fidelity": m012,
  "2026_12_06_013_rhk_content": m013,
  "2026_12_06_014_forms_fidelity": m014,
  "2026_12_06_020_scale_indexes": m020,
  "2026_12_06_021_safe_writes": m021,
  "2026_12_07_022_unit_slices": m022,
  "2026_12_07_023_list_orders": m023,
  "2026_12_07_024_partial_rater_index": m024,
  "2026_12_07_025_skp_previous_index": m025,
  "2026_12_07_026_notification_prefs": m026,
  "2026_12_07_027_tasks": m027,
  "2026_12_07_028_audit_search": m028,
  "2026_12_07_029_skp_return_snapshot": m029,
  "2026_12_07_030_import_runs": m030,
  "2026_12_07_031_evaluation": m031,
  "2026_12_07_032_angka_kredit": m032,
  "2026_12_07_034_keberatan_indexes": m034,
  "2026_12_07_035_unit_evaluation_drafts": m035,
  "2026_12_07_036_file_hash_indexes": m036,
};

/** `schema` (PostgreSQL only) keeps the migration bookkeeping inside that schema, e.g. one per test. */
export async function migrateToLatest(db: Db, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema && { migrationTableSchema: schema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    throw error;
  }
}

/** Migrations, then the master data every office needs (BerAKHLAK texts); safe to run on every start. */
export async function prepareDatabase(db: Db, schema?: string): Promise<void> {
  await migrateToLatest(db, schema);
  await ensureBerakhlakMaster(db);
}

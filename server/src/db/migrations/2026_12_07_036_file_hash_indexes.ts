import type { Kysely } from "kysely";

// Decision 0068: the daily purge asks, folder by folder of the file store, which hashes a record still refers to.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("evidence_content_hash_idx").on("evidence").column("content_hash").execute();
  await db.schema
    .createIndex("evaluation_file_content_hash_idx")
    .on("evaluation_file")
    .column("content_hash")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("evaluation_file_content_hash_idx").execute();
  await db.schema.dropIndex("evidence_content_hash_idx").execute();
}

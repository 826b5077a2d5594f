import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { multipart } from "../multipart";
import type { Client } from "../test-app";
import { type Endpoint, endpoints, fillPath, pathParams, resourceKey, sampleInput } from "./api-samples";
import { PDF, type SeededOffice } from "./seeded-office";
import { type Attacker, notIds, type Victim, victims } from "./victims";

/** The signed-in routes with a record id in their path: what the IDOR matrix attacks. */
export const attackedRoutes = () =>
  endpoints().filter(
    (e) => e.contract.access !== "public" && pathParams(e.contract.path).length > 0 && !notIds.has(e.contract.path),
  );

/** Multipart bodies, which no JSON schema describes. */
const rawBodies: Record<string, (office: SeededOffice) => { payload: Buffer; headers: Record<string, string> }> = {
  "POST /api/reports/:id/evidence": (office) =>
    multipart([
      { name: "rhkId", value: office.draftRhkId },
      { name: "file", filename: "bukti.pdf", contentType: "application/pdf", content: PDF },
    ]),
  "POST /api/keberatan/:id/files": () =>
    multipart([
      { name: "kind", value: "lampiran" },
      { name: "file", filename: "lampiran.pdf", contentType: "application/pdf", content: PDF },
    ]),
  "POST /api/evaluations/:id/scans": () =>
    multipart([
      { name: "kind", value: "scan_ekp" },
      { name: "file", filename: "ekp.pdf", contentType: "application/pdf", content: PDF },
    ]),
  "POST /api/evaluation-units/:unitId/penetapan-scans": () =>
    multipart([{ name: "file", filename: "penetapan.pdf", contentType: "application/pdf", content: PDF }]),
};

/**
 * Sends the route's sample request with a random id and with the victim's, as each attacker. Those who may not read
 * the record must get the random id's answer exactly; those who may get 403. Returns what went wrong; the caller
 * checks that nothing was written.
 */
export async function attackRoute(
  office: SeededOffice,
  endpoint: Endpoint,
  victim: Victim,
  values: Record<string, string>,
  attackers: readonly (readonly [Attacker, string, Client])[],
): Promise<string[]> {
  const random = Object.fromEntries(Object.keys(values).map((name) => [name, randomUUID()]));
  const problems: string[] = [];
  for (const [kind, who, client] of attackers) {
    const guess = await send(office, client, endpoint, random);
    assertReachedRecordCheck(endpoint, who, guess);
    const real = await send(office, client, endpoint, values);
    if (victim.readers.includes(kind)) {
      if (real.statusCode !== 403) {
        problems.push(`${who} may read it, so expected 403 with a code, got ${real.statusCode} ${real.body}`);
      }
    } else if (real.statusCode !== guess.statusCode || real.body !== guess.body) {
      problems.push(`${who}: real id ${real.statusCode} ${real.body} <> random id ${guess.statusCode} ${guess.body}`);
    }
  }
  return problems;
}

/** The victim of every parameter; the route's record is the last one (`evidenceId` of a report's evidence). */
export async function resolveVictims(office: SeededOffice, endpoint: Endpoint) {
  const values: Record<string, string> = {};
  let victim: Victim | null = null;
  for (const param of pathParams(endpoint.contract.path)) {
    const key = resourceKey(endpoint.contract.path, param);
    const resolve = victims[key];
    if (!resolve) {
      assert.fail(
        `No victim for "${key}" (${endpoint.name}). Add an entry to victims in server/test/attack/victims.ts: ` +
          `"${key}": async (office) => ({ id: <a record of the seeded office>, subject: <its user id or null>, ` +
          "readers: <attackers who may see it> }).",
      );
    }
    victim = await resolve(office);
    values[param] = victim.id;
  }
  assert.ok(victim, endpoint.key);
  return { values, victim };
}

function send(
  office: SeededOffice,
  client: Client,
  endpoint: Endpoint,
  params: Record<string, string>,
): Promise<LightMyRequestResponse> {
  const { query, body } = sampleInput(endpoint);
  const url = fillPath(endpoint.contract.path, params) + query;
  const raw = rawBodies[endpoint.key]?.(office);
  const extra: Partial<InjectOptions> = raw ? { headers: raw.headers } : {};
  const payload = raw ? raw.payload : body;
  switch (endpoint.contract.method) {
    case "GET":
      return client.get(url);
    case "DELETE":
      return client.delete(url);
    case "POST":
      return client.post(url, payload, extra);
    case "PUT":
      return client.put(url, payload, extra);
    case "PATCH":
      return client.patch(url, payload, extra);
  }
}

/** A random id must reach the record check: refused by the access level (403) or not found (404), never a 400. */
function assertReachedRecordCheck(endpoint: Endpoint, attacker: string, res: LightMyRequestResponse) {
  const code =
    res.statusCode === 403 || res.statusCode === 404 ? (JSON.parse(res.body) as { code?: string }).code : null;
  assert.ok(
    code === "forbidden" || code === "not_found",
    `${endpoint.key} as ${attacker} with a random id answered ${res.statusCode} ${res.body}: the sample request ` +
      "was refused before its record was looked up. Fix the sample (bodyOverrides in api-samples.ts, rawBodies " +
      "in idor.test.ts) so the matrix tests the record check.",
  );
}

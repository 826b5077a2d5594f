/**
 * IDOR matrix, generated from the contracts (every `*Api` object domain/src/index.ts exports): for every signed-in
 * route with a path parameter, a real record of the seeded demo office is attacked by an unrelated pegawai, a
 * Pejabat Penilai of another unit, the auditor (writes) and the record's own subject (actions never theirs). Those
 * who may not see the record must get exactly the answer (status and body) a random id gets; those who may see it
 * get 403 with a code. Either way nothing is written (a trigger counts every row written to a non-log table).
 *
 * A new route joins by itself. When its path has a parameter under a resource not seen before, its test fails with
 * `No victim for "/api/things/:id"`: add an entry to `victims` in server/test/attack/victims.ts, keyed by the path
 * up to and including the parameter, returning the id of a record of the seeded office (server/test/attack/
 * seeded-office.ts can create one through the API if the demo seed has none), the user it is about, and which
 * attackers may read it. A new action that its subject may never take goes into `forbiddenToSubject`; a multipart
 * body into `rawBodies` below; a JSON body the schema guess cannot satisfy into `bodyOverrides` (api-samples.ts).
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { multipart } from "../multipart";
import type { Client } from "../test-app";
import { type Endpoint, endpoints, fillPath, pathParams, resourceKey, sampleInput } from "./api-samples";
import { PDF, type SeededOffice, seededOffice } from "./seeded-office";
import { type Attacker, forbiddenToSubject, notIds, type Victim, victims } from "./victims";

/** Multipart bodies, which no JSON schema describes. */
const rawBodies: Record<string, (office: SeededOffice) => { payload: Buffer; headers: Record<string, string> }> = {
  "POST /api/reports/:id/evidence": (office) =>
    multipart([
      { name: "rhkId", value: office.draftRhkId },
      { name: "file", filename: "bukti.pdf", contentType: "application/pdf", content: PDF },
    ]),
};

/**
 * Holes the matrix found that another part of issue 8 fixes: reported as todo (visible, not failing) until then.
 * Remove an entry once its fix is merged.
 */
const knownHoles: Record<string, string> = {};

const attacked = endpoints().filter(
  (e) => e.contract.access !== "public" && pathParams(e.contract.path).length > 0 && !notIds.has(e.contract.path),
);

describe("IDOR matrix: real records of someone else answer like random ids, and nothing is written", () => {
  let office: SeededOffice;
  const subjects = new Map<string, Client>();
  before(async () => {
    office = await seededOffice();
  });
  after(() => office?.t.close());

  it("covers the routes with a record id", () => {
    assert.ok(attacked.length >= 40, `only ${attacked.length} routes with a path parameter`);
  });

  for (const endpoint of attacked) {
    const todo = knownHoles[endpoint.key];
    it(`${endpoint.key} (${endpoint.name})`, todo ? { todo } : {}, async () => {
      const { values, victim } = await resolveVictims(office, endpoint);
      const random = Object.fromEntries(Object.keys(values).map((name) => [name, randomUUID()]));
      const clients = await attackersOf(endpoint, victim);
      const problems: string[] = [];
      const before = await office.writes();
      for (const [attacker, client] of clients) {
        const guess = await send(office, client, endpoint, random);
        assertReachedRecordCheck(endpoint, attacker, guess);
        const real = await send(office, client, endpoint, values);
        if (victim.readers.includes(attacker)) {
          if (real.statusCode !== 403) {
            problems.push(`${attacker} may read it, so expected 403 with a code, got ${real.statusCode} ${real.body}`);
          }
        } else if (real.statusCode !== guess.statusCode || real.body !== guess.body) {
          problems.push(
            `${attacker}: real id ${real.statusCode} ${real.body} <> random id ${guess.statusCode} ${guess.body}`,
          );
        }
      }
      assert.equal(await office.writes(), before, `${endpoint.key} wrote to the database for an attacker`);
      assert.deepEqual(problems, [], endpoint.key);
    });
  }

  async function subjectClient(victim: Victim): Promise<Client | null> {
    if (!victim.subject) {
      return null;
    }
    const known = subjects.get(victim.subject);
    if (known) {
      return known;
    }
    const client = await office.t.as({ userId: victim.subject });
    subjects.set(victim.subject, client);
    return client;
  }

  async function attackersOf(endpoint: Endpoint, victim: Victim): Promise<[Attacker, Client][]> {
    const { personas } = office;
    const list: [Attacker, Client][] = [
      ["outsider", personas["staf.talangputri"].client],
      ["other_rater", personas["lurah.talangputri"].client],
    ];
    if (endpoint.contract.method !== "GET") {
      list.push(["auditor", personas.auditor.client]);
    }
    const subject = forbiddenToSubject.has(endpoint.key) ? await subjectClient(victim) : null;
    if (subject) {
      list.push(["subject", subject]);
    }
    return list;
  }
});

/** The victim of every parameter; the route's record is the last one (`evidenceId` of a report's evidence). */
async function resolveVictims(office: SeededOffice, endpoint: Endpoint) {
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
function assertReachedRecordCheck(endpoint: Endpoint, attacker: Attacker, res: LightMyRequestResponse) {
  const code =
    res.statusCode === 403 || res.statusCode === 404 ? (JSON.parse(res.body) as { code?: string }).code : null;
  assert.ok(
    code === "forbidden" || code === "not_found",
    `${endpoint.key} as ${attacker} with a random id answered ${res.statusCode} ${res.body}: the sample request ` +
      "was refused before its record was looked up. Fix the sample (bodyOverrides in api-samples.ts, rawBodies " +
      "in idor.test.ts) so the matrix tests the record check.",
  );
}

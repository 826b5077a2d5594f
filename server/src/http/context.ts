import type { Role } from "@simkin/domain";
import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../config";
import type { Db } from "../db";

export type Actor = {
  userId: string;
  username: string;
  employeeId: string | null;
  roles: Role[];
  sessionId: string;
  csrfToken: string;
  /** The session may only enrol a second factor (route.ts allows the contracts in allowedDuringEnrolment). */
  mustEnrolSecondFactor: boolean;
};

/** What every service receives: the database, the clock and, for signed-in calls, who is acting. */
export type PublicContext = {
  db: Db;
  config: Config;
  now: Date;
  ip: string;
  log: FastifyBaseLogger;
  actor: Actor | null;
  sessionToken: string | null;
};

export type RequestContext = PublicContext & { actor: Actor };

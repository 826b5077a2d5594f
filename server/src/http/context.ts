import type { Restriction, Role } from "@simkin/domain";
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
  /** Set while the account may call only a few routes (Contract.allowedWhile), e.g. until it changes its password. */
  restriction: Restriction | null;
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

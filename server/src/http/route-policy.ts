import type { Access } from "@simkin/domain";
import type { FastifyInstance } from "fastify";

export type ApiRoute = { method: string; url: string; access: Access };

const registry = new WeakMap<FastifyInstance, ApiRoute[]>();

/** Refuses to register any /api route that does not declare who may call it; keeps the list for review and tests. */
export function enforceRoutePolicies(app: FastifyInstance): void {
  const routes: ApiRoute[] = [];
  registry.set(app, routes);
  app.addHook("onRoute", (options) => {
    if (!options.url.startsWith("/api/")) {
      return;
    }
    const access = options.config?.access;
    const methods = [options.method].flat().filter((m) => m !== "HEAD");
    if (!access) {
      throw new Error(`Route ${methods.join(",")} ${options.url} has no access policy`);
    }
    for (const method of methods) {
      routes.push({ method, url: options.url, access });
    }
  });
}

export function apiRoutes(app: FastifyInstance): readonly ApiRoute[] {
  return registry.get(app) ?? [];
}

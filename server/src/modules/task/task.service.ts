import { navCounts, orderTasks, type Task } from "@simkin/domain";
import type { RequestContext } from "../../http/context";
import { taskContextOf, taskProviders } from "./task.registry";

/** Everything the signed-in person has to do next, from every provider that applies, most urgent first. */
export async function myTasks(ctx: RequestContext): Promise<{ items: Task[]; counts: Record<string, number> }> {
  const tc = taskContextOf(ctx);
  const items: Task[] = [];
  // One provider after another: on SQLite the queries run one at a time anyway, and a pool is not swamped.
  for (const provider of taskProviders) {
    if (provider.applies(tc)) {
      items.push(...(await provider.tasks(tc)));
    }
  }
  const ordered = orderTasks(items, ctx.now);
  return { items: ordered, counts: navCounts(ordered) };
}

import type { Task } from "@simkin/domain";

/** The end of a WIB calendar day as an instant: a deadline "on 31 January" lasts the whole day. */
export function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59.999+07:00`).toISOString();
}

/** A task with the optional parts empty; the provider sets what it knows. */
export function task(fields: Pick<Task, "key" | "kind" | "link" | "year"> & Partial<Task>): Task {
  return {
    deadline: null,
    since: null,
    person: null,
    month: null,
    count: 1,
    note: null,
    block: null,
    seat: null,
    ...fields,
  };
}

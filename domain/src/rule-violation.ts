/**
 * A well-formed request that the rules do not allow. The server answers 422 with this code.
 * `message` is Indonesian and meant for people; `field` names the input it is about.
 */
export class RuleViolation extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly field: string | undefined;

  constructor(code: string, message: string, details: Record<string, unknown> = {}, field?: string) {
    super(message);
    this.name = "RuleViolation";
    this.code = code;
    this.details = details;
    this.field = field;
  }
}

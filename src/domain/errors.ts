// Typed failures of the domain. Each has a code that maps to a localised message
// (`error-<code>` in locales/*.ftl).

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class IllegalTransitionError extends DomainError {
  constructor(
    readonly from: string,
    readonly event: string,
  ) {
    super("illegal_transition", `cannot ${event} a route that is ${from}`, { from, event });
  }
}

export interface ValidationIssue {
  code: string;
  path: (string | number)[];
  params?: Record<string, string | number>;
}

export class ValidationError extends DomainError {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues[0]?.code ?? "invalid", `invalid: ${issues.map((i) => `${i.path.join(".")}:${i.code}`).join(", ")}`);
  }
}

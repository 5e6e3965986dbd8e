/** Thrown when an internal invariant is broken: a bug in our code, never a user error. */
export class BugError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BugError';
  }
}

/**
 * Asserts a programmer invariant; throws {@link BugError} when it does not hold. In a loop,
 * give the message as a function: it is then only built when the invariant fails.
 */
export function assert(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) {
    throw new BugError(typeof message === 'string' ? message : message());
  }
}

/** Exhaustiveness check for `switch` statements over `kind` unions. */
export function assertNever(value: never, message = 'unexpected value'): never {
  throw new BugError(`${message}: ${JSON.stringify(value)}`);
}

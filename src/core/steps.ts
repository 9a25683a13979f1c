/**
 * A long computation in slices: each `next()` does one bounded piece of the work and yields its size in work units
 * (characters of the text it covered), never a time, so where a caller pauses does not depend on the machine. The
 * return value is the result. A caller that can wait (the language server) resumes it across turns of its event loop;
 * one that cannot (the CLI, the other features) runs it through with `runSteps`, which gives the same result.
 */
export type Steps<T> = Generator<number, T, void>;

/** Run every step of `steps` at once and return its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

import { MkdError } from "../../src/core/errors.js";

/** Runs `fn`, which must throw an MkdError, and returns that error so a test can look at its code and issues. */
export function thrown(fn: () => unknown): MkdError {
  try {
    fn();
  } catch (e) {
    if (MkdError.is(e)) return e;
    throw new Error(`expected an MkdError, got ${String(e)}`);
  }
  throw new Error("expected an MkdError, nothing was thrown");
}

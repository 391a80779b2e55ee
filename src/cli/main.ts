/**
 * Entry point of the `mkd` command (built to dist/cli.js with a shebang; `npm run mkd -- ...` runs it
 * through tsx). Everything happens in {@link run}; this file only connects the process.
 */
import { exitOutputClosed } from "./io.js";
import { run } from "./run.js";

// A reader that stops early (`mkd ... | head`) leaves answers unwritten: exit 5, documented (issue 10).
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") exitOutputClosed();
  throw error;
});

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
// Let stdout drain before exiting (a pipe may still be flushing a large batch).
process.exitCode = code;

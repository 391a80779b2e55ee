import { EXIT, type CliIo, type ExitCode } from "../io.js";
export async function demoCommand(_io: CliIo, _argv: readonly string[]): Promise<ExitCode> { return EXIT.usage; }

import { EXIT, type CliIo, type ExitCode } from "../io.js";
export async function scoreCommand(_io: CliIo, _argv: readonly string[]): Promise<ExitCode> { return EXIT.usage; }
export async function warnCommand(_io: CliIo, _argv: readonly string[]): Promise<ExitCode> { return EXIT.usage; }

import { EXIT, type CliIo, type ExitCode } from "../io.js";
export async function scheduleCommand(_io: CliIo, _argv: readonly string[]): Promise<ExitCode> { return EXIT.usage; }
export async function calendarCommand(_io: CliIo, _argv: readonly string[]): Promise<ExitCode> { return EXIT.usage; }

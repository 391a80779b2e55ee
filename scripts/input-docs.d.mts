/** The functions whose inputs `inputFields` walks. */
export declare const MAIN_FUNCTIONS: readonly string[];
/** Every input field of each main function exported by `entry` (a .ts or .d.ts file), with whether it has TSDoc. */
export declare function inputFields(entry: string): { fn: string; path: string; documented: boolean }[];
/** A type-checking program over `entries` with the options the library is built with. */
export declare function entryProgram(entries: string[]): import("typescript").Program;

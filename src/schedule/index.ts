/**
 * The unit schedule capability: generateSchedule, the independent checkSchedule and the input schema.
 * @module
 */
export { generateSchedule, DEFAULT_WEIGHTS } from "./generate.js";
export { checkSchedule } from "./check.js";
export { checkRoster, type Roster, type RosterMode } from "./roster.js";
export { scheduleInputSchema, scheduleInputJsonSchema } from "./schema.js";
export type * from "./types.js";

/**
 * `mkd-engine/json-rules-engine`: the json-rules-engine adapter, on its own subpath so that the main entry
 * (and a browser bundle of checkEligibility, generateSchedule or scoreMonth) never loads json-rules-engine.
 * Import it when you want a real json-rules-engine `Engine` built from a policy's eligibility rules.
 */
export { createRulesEngine, plainPathResolver, type RulesEngineOptions } from "./rules/engine.js";

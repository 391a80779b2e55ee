import { defineMessages } from "../define.js";

/** Messages of the scoring capability: reason codes, findings and errors. */
export const scoringMessages = defineMessages({
  id: {
  },
  en: {
  },
});

import { defineMessages } from "../define.js";

/** Messages of the schedule capability: reason codes, findings and errors. */
export const scheduleMessages = defineMessages({
  id: {
  },
  en: {
  },
});

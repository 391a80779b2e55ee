import { defineMessages } from "../define.js";

/** Messages of the calendar capability: reason codes, findings and errors. */
export const calendarMessages = defineMessages({
  id: {
  },
  en: {
  },
});

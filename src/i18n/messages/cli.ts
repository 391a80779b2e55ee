import { defineMessages } from "../define.js";

/** Messages of the mkd command and the calendar exports. */
export const cliMessages = defineMessages({
  id: {
  },
  en: {
  },
});

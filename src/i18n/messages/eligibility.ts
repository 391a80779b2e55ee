import { defineMessages } from "../define.js";

/** Messages of the eligibility capability: reason codes, findings and errors. */
export const eligibilityMessages = defineMessages({
  id: {
  },
  en: {
  },
});

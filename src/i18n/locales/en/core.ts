import type { Templates } from "../../define.js";
import type { CoreParams } from "../../messages/core.js";

/** The core messages in English. */
export const messages = {
  invalid_input: "Invalid input: {count:problem|problems} found.",
  input_required: "Required.",
  input_invalid_type: "Wrong type of value: expected {expected}.",
  input_too_small: "Value too small: at least {minimum}.",
  input_too_big: "Value too big: at most {maximum}.",
  input_invalid_value: "Unknown value: valid options are {options}.",
  input_invalid_format: "Wrong format: expected {format}.",
  input_unrecognized_key: "Unrecognised keys: {keys}.",
  input_invalid: "Invalid value: {detail}.",
  input_unreadable:
    "The value cannot be read: reading it threw ({detail}). Send plain (JSON) data, not getters or Proxies.",
  input_not_plain_data: "The value is not plain (JSON) data: a {kind} is not accepted.",
  input_cyclic: "The value contains a circular reference (a cycle); send plain (JSON) data.",
  input_too_deep: "The value is nested too deeply: at most {maximum} levels.",
  invalid_date: "Invalid date: {value} (format YYYY-MM-DD).",
  invalid_month: "Invalid month: {value} (format YYYY-MM).",
  forbidden_key: "The key {key} is forbidden because it can reach object prototypes.",
  internal_error:
    "Internal mkd-engine error ({detail}). This is a library defect, not an input error: please report it.",
} satisfies Templates<CoreParams>;

import { defineMessages } from "../define.js";

/** Messages for input validation and errors shared by every capability. */
export const coreMessages = defineMessages({
  id: {
    invalid_input: "Masukan tidak valid: {count} masalah ditemukan.",
    input_required: "Wajib diisi.",
    input_invalid_type: "Jenis nilai salah: seharusnya {expected}.",
    input_too_small: "Nilai terlalu kecil: minimal {minimum}.",
    input_too_big: "Nilai terlalu besar: maksimal {maximum}.",
    input_invalid_value: "Nilai tidak dikenal: pilihan yang sah {options}.",
    input_invalid_format: "Format salah: seharusnya {format}.",
    input_unrecognized_key: "Kunci tidak dikenal: {keys}.",
    input_invalid: "Nilai tidak valid: {detail}.",
    invalid_date: "Tanggal tidak valid: {value} (format YYYY-MM-DD).",
    invalid_month: "Bulan tidak valid: {value} (format YYYY-MM).",
    forbidden_key: "Kunci {key} dilarang karena dapat mencapai prototipe objek.",
    internal_error: "Kesalahan internal mkd-engine ({detail}). Ini galat di dalam pustaka, bukan kesalahan pada masukan: mohon laporkan.",
  },
  en: {
    invalid_input: "Invalid input: {count} problem(s) found.",
    input_required: "Required.",
    input_invalid_type: "Wrong type of value: expected {expected}.",
    input_too_small: "Value too small: at least {minimum}.",
    input_too_big: "Value too big: at most {maximum}.",
    input_invalid_value: "Unknown value: valid options are {options}.",
    input_invalid_format: "Wrong format: expected {format}.",
    input_unrecognized_key: "Unrecognised key(s): {keys}.",
    input_invalid: "Invalid value: {detail}.",
    invalid_date: "Invalid date: {value} (format YYYY-MM-DD).",
    invalid_month: "Invalid month: {value} (format YYYY-MM).",
    forbidden_key: "The key {key} is forbidden because it can reach object prototypes.",
    internal_error: "Internal mkd-engine error ({detail}). This is a library defect, not an input error: please report it.",
  },
});

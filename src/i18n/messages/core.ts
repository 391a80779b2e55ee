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
    input_unreadable:
      "Nilai tidak dapat dibaca: membacanya menimbulkan galat ({detail}). Kirim data biasa (JSON), bukan getter atau Proxy.",
    input_not_plain_data: "Nilai bukan data biasa (JSON): jenis {kind} tidak diterima.",
    input_cyclic: "Nilai memuat rujukan melingkar (siklus); kirim data biasa (JSON).",
    input_too_deep: "Nilai bersarang terlalu dalam: maksimal {maximum} tingkat.",
    invalid_date: "Tanggal tidak valid: {value} (format YYYY-MM-DD).",
    invalid_month: "Bulan tidak valid: {value} (format YYYY-MM).",
    forbidden_key: "Kunci {key} dilarang karena dapat mencapai prototipe objek.",
    internal_error:
      "Kesalahan internal mkd-engine ({detail}). Ini galat di dalam pustaka, bukan kesalahan pada masukan: mohon laporkan.",
  },
  en: {
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
  },
});

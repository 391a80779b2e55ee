import type { Templates } from "../../define.js";
import type { CoreParams } from "../../messages/core.js";

/** The core messages in Indonesian. */
export const messages = {
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
} satisfies Templates<CoreParams>;

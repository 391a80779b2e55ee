/**
 * Completed months of service, computed on the date digits. Same answer as `completedMonths` of
 * src/core/dates.ts (luxon's month diff with end-of-month clamping: 31 Jan + 1 month = 28 Feb), proven
 * by a property test, at a fraction of the cost: a national batch computes it 5.6 million times.
 */

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function d(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/**
 * Completed months from `from` to `to` (both `YYYY-MM-DD`, `from` <= `to`), the way a person counts
 * them: 2024-01-31 to 2024-02-29 is 1 month, 2024-03-15 to 2025-03-14 is 11.
 *
 * @example
 * ```ts
 * completedMonthsBetween("2025-01-15", "2026-01-14"); // 11
 * completedMonthsBetween("2025-01-15", "2026-01-15"); // 12
 * ```
 */
export function completedMonthsBetween(from: string, to: string): number {
  return completedMonthsUntil(from, d(to, 0) * 1000 + d(to, 1) * 100 + d(to, 2) * 10 + d(to, 3), d(to, 5) * 10 + d(to, 6), d(to, 8) * 10 + d(to, 9));
}

/**
 * @internal {@link completedMonthsBetween} with the end date already read as year, month and day (a batch
 * decides every row at the same date, so its digits are read once).
 */
export function completedMonthsUntil(from: string, ty: number, tm: number, td: number): number {
  // Digits read with charCodeAt: no substring, no number parsing (the input is a validated date).
  const fy = d(from, 0) * 1000 + d(from, 1) * 100 + d(from, 2) * 10 + d(from, 3);
  const fm = d(from, 5) * 10 + d(from, 6);
  const fd = d(from, 8) * 10 + d(from, 9);
  const months = (ty - fy) * 12 + (tm - fm);
  if (months <= 0) return 0;
  // `from` plus `months` lands in the month of `to`, with the day clamped to that month's end (luxon's
  // plus({ months })): when that day is after `to`'s, the last month is not complete yet. (One month
  // fewer lands in the month before `to`, so never after it.)
  const landed = fd <= 28 ? fd : Math.min(fd, daysInMonth(ty, tm));
  return landed > td ? months - 1 : months;
}

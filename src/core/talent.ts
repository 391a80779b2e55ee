/**
 * The 9-box talent matrix of PermenPANRB 3/2020 (DOMAIN.md section 3), drawn by KemenPANRB as rows,
 * top to bottom, `4 7 9 / 2 5 8 / 1 3 6`. Other numberings exist (a Supreme Court e-book, Western HR
 * tools): this one table is the only conversion mkd-engine uses.
 */

/**
 * Performance (kinerja) on the talent matrix.
 *
 * @example
 * ```ts
 * const p: TalentPerformance = "as_expected";
 * ```
 */
export type TalentPerformance = "above" | "as_expected" | "below";
/**
 * Potential (potensi) on the talent matrix.
 *
 * @example
 * ```ts
 * const q: TalentPotential = "high";
 * ```
 */
export type TalentPotential = "high" | "medium" | "low";
/**
 * A box number of the 9-box matrix.
 *
 * @example
 * ```ts
 * const box: TalentBox = talentBoxFromPair("as_expected", "high"); // 8
 * ```
 */
export type TalentBox = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Box -> (performance, potential), index = box number (index 0 unused). */
const BOXES: readonly (readonly [TalentPerformance, TalentPotential])[] = [
  ["below", "low"],
  ["below", "low"], // 1
  ["as_expected", "low"], // 2
  ["below", "medium"], // 3
  ["above", "low"], // 4
  ["as_expected", "medium"], // 5
  ["below", "high"], // 6
  ["above", "medium"], // 7
  ["as_expected", "high"], // 8
  ["above", "high"], // 9
];

const PERF_INDEX: Readonly<Record<TalentPerformance, number>> = { below: 0, as_expected: 1, above: 2 };
const POT_INDEX: Readonly<Record<TalentPotential, number>> = { low: 0, medium: 1, high: 2 };
/** [performance index][potential index] -> box. */
const BY_PAIR: readonly (readonly TalentBox[])[] = [
  [1, 3, 6],
  [2, 5, 8],
  [4, 7, 9],
];

/**
 * The box of a (performance, potential) pair, per PermenPANRB 3/2020.
 *
 * @example
 * ```ts
 * talentBoxFromPair("above", "medium"); // 7
 * talentBoxFromPair("below", "high");   // 6
 * ```
 */
export function talentBoxFromPair(performance: TalentPerformance, potential: TalentPotential): TalentBox {
  const row = BY_PAIR[PERF_INDEX[performance]];
  const box = row?.[POT_INDEX[potential]];
  if (box === undefined) throw new RangeError(`unknown talent pair ${String(performance)}/${String(potential)}`);
  return box;
}

/**
 * The (performance, potential) pair of a box, per PermenPANRB 3/2020.
 *
 * @example
 * ```ts
 * talentPairFromBox(8); // { performance: "as_expected", potential: "high" }
 * ```
 */
export function talentPairFromBox(box: TalentBox): { performance: TalentPerformance; potential: TalentPotential } {
  const pair = BOXES[box];
  if (pair === undefined || box < 1) throw new RangeError(`unknown talent box ${String(box)}`);
  return { performance: pair[0], potential: pair[1] };
}

/** @internal Performance of a box without allocating. */
export function performanceOfBox(box: number): TalentPerformance {
  return BOXES[box]![0];
}
/** @internal Potential of a box without allocating. */
export function potentialOfBox(box: number): TalentPotential {
  return BOXES[box]![1];
}

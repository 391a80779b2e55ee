/**
 * The exact core of the scheduler: one unit-week as a network flow.
 *
 * Network (one week, only the members and days still to decide):
 *
 *   source --(weekly flexible days left, c_m)--> member m --(1, cost w[m,d])--> group (role of m, day d)
 *     group (k,d) --(role-k members allowed away on d, u[k,d])--> day d --[L_d, U_d]--> sink
 *
 * `U_d` is how many may still be away on day d before the unit's on-site minimum breaks (coverage); `L_d` is how many
 * must be away so that the people left fit the seats. A member counts toward exactly one role's minimum, so the
 * role groups partition the members and the model stays a plain flow (totally unimodular: integral and exact).
 *
 * 1. Feasibility (only when some `L_d` > 0): Dinic's max-flow on the lower bounds. When it cannot saturate them,
 *    the minimum cut is turned into a counting certificate: the days on the sink side must send `sum L_d` away but
 *    members and role allowances can send at most `possible` (see {@link certificateBound}).
 * 2. Soft goals: successive shortest paths (min-cost flow) on the condensed residual graph. Members are never graph
 *    nodes; for every pair of condensed nodes a lazy heap holds the cheapest member move (take a day, or move from one
 *    day to another), so each augmentation costs a Bellman-Ford over about `days x (roles + 1) + 2` nodes. Lower
 *    bounds are arcs of cost -BIG, so the optimum saturates them whenever step 1 said it can. Augmentation stops when
 *    no path has negative cost: the flow is then a minimum-cost flow over all flow values (costs are negative for
 *    wanted days). Ties are broken by the member's local index (input order sorted by id), never by chance.
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */

/** One unit-week to decide. Arrays are indexed `supplier * dayCount + day` where noted. */
export interface WeekProblem {
  /** Working days in the week part that are open to choice. */
  dayCount: number;
  /** Role groups (group 0 = members whose role has no minimum). */
  roleCount: number;
  /** Suppliers of flexible days: the members, then one per open national flexible-work day (capacity 1). */
  supplierCount: number;
  /** Per day: least that must be away (seats). */
  mustBeAway: number[];
  /** Per day: most that may be away (coverage, flexible share). */
  mayBeAway: number[];
  /** Per group `role * dayCount + day`: most of that role away that day (Infinity when unlimited). */
  groupCap: number[];
  memberRole: Int32Array;
  /** Flexible days left this week per member. */
  cap: Int32Array;
  /** 1 when the member may be flexible on the day (`supplier * dayCount + day`). */
  free: Uint8Array;
  /** Cost of the member being flexible on the day (`supplier * dayCount + day`); lower is better. */
  cost: Float64Array;
}

/** A feasible week (`away[supplier * dayCount + day]` = 1 when flexible) or the days no schedule can serve. */
export type WeekSolution =
  | { feasible: true; away: Uint8Array }
  | { feasible: false; days: number[]; limitedGroups: number[]; required: number; possible: number };

const BIG = 1e12;

/** Binary heap of (key, member) pairs, smallest key first, ties by member index. */
class PairHeap {
  keys: number[] = [];
  vals: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  private less(i: number, j: number): boolean {
    const a = this.keys[i]!,
      b = this.keys[j]!;
    return a < b || (a === b && this.vals[i]! < this.vals[j]!);
  }
  private swap(i: number, j: number): void {
    const k = this.keys[i]!,
      v = this.vals[i]!;
    this.keys[i] = this.keys[j]!;
    this.vals[i] = this.vals[j]!;
    this.keys[j] = k;
    this.vals[j] = v;
  }
  push(key: number, val: number): void {
    this.keys.push(key);
    this.vals.push(val);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): void {
    const last = this.keys.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.vals.pop();
    let i = 0;
    const n = this.keys.length;
    for (;;) {
      const l = 2 * i + 1,
        r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}

/**
 * Upper bound on how many person-days can be away on `days` in any schedule: every member contributes at most
 * min(days left, free days among `days` whose role group is not limited), plus each limited group its allowance.
 * Weak duality of the flow: valid for ANY choice of days and limited groups.
 */
function certificateBound(p: WeekProblem, days: readonly number[], limitedGroups: readonly number[]): number {
  const inDays = new Uint8Array(p.dayCount);
  for (const d of days) inDays[d] = 1;
  const limited = new Uint8Array(p.roleCount * p.dayCount);
  for (const g of limitedGroups) limited[g] = 1;
  let total = 0;
  for (let m = 0; m < p.supplierCount; m++) {
    let c = 0;
    const r = p.memberRole[m]!;
    for (let d = 0; d < p.dayCount; d++)
      if (inDays[d] && p.free[m * p.dayCount + d] && !limited[r * p.dayCount + d]) c++;
    total += Math.min(c, p.cap[m]!);
  }
  for (const g of limitedGroups) total += p.groupCap[g]!;
  return total;
}

/** Dinic max-flow on the lower-bound network; returns null when feasible, else the min-cut certificate. */
function lowerBoundCertificate(
  p: WeekProblem,
): { days: number[]; limitedGroups: number[]; required: number; possible: number } | null {
  const { dayCount, roleCount, supplierCount } = p;
  const groupCount = roleCount * dayCount;
  const source = 0,
    memberBase = 1,
    groupBase = 1 + supplierCount,
    dayBase = 1 + supplierCount + groupCount,
    sink = dayBase + dayCount,
    nodeCount = sink + 1;
  const head = new Int32Array(nodeCount).fill(-1);
  const to: number[] = [],
    next: number[] = [],
    capArr: number[] = [];
  const add = (u: number, v: number, c: number): void => {
    to.push(v);
    capArr.push(c);
    next.push(head[u]!);
    head[u] = to.length - 1;
    to.push(u);
    capArr.push(0);
    next.push(head[v]!);
    head[v] = to.length - 1;
  };
  let required = 0;
  for (let m = 0; m < supplierCount; m++) {
    if (p.cap[m]! <= 0) continue;
    add(source, memberBase + m, p.cap[m]!);
    const r = p.memberRole[m]!;
    for (let d = 0; d < dayCount; d++)
      if (p.free[m * dayCount + d]) add(memberBase + m, groupBase + r * dayCount + d, 1);
  }
  for (let g = 0; g < groupCount; g++) add(groupBase + g, dayBase + (g % dayCount), Math.min(p.groupCap[g]!, 1e9));
  for (let d = 0; d < dayCount; d++) {
    if (p.mustBeAway[d]! > 0) add(dayBase + d, sink, p.mustBeAway[d]!);
    required += Math.max(0, p.mustBeAway[d]!);
  }
  const level = new Int32Array(nodeCount);
  const it = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const bfs = (): boolean => {
    level.fill(-1);
    level[source] = 0;
    let qh = 0,
      qt = 0;
    queue[qt++] = source;
    while (qh < qt) {
      const u = queue[qh++]!;
      for (let e = head[u]!; e !== -1; e = next[e]!) {
        if (capArr[e]! > 0 && level[to[e]!]! < 0) {
          level[to[e]!] = level[u]! + 1;
          queue[qt++] = to[e]!;
        }
      }
    }
    return level[sink]! >= 0;
  };
  const dfs = (u: number, f: number): number => {
    if (u === sink) return f;
    for (; it[u]! !== -1; it[u] = next[it[u]!]!) {
      const e = it[u]!;
      const v = to[e]!;
      if (capArr[e]! > 0 && level[v] === level[u]! + 1) {
        const got = dfs(v, Math.min(f, capArr[e]!));
        if (got > 0) {
          capArr[e] = capArr[e]! - got;
          capArr[e ^ 1] = capArr[e ^ 1]! + got;
          return got;
        }
      }
    }
    return 0;
  };
  let flow = 0;
  while (bfs()) {
    for (let v = 0; v < nodeCount; v++) it[v] = head[v]!;
    for (let f = dfs(source, Infinity); f > 0; f = dfs(source, Infinity)) flow += f;
  }
  if (flow >= required) return null;
  // Min cut: nodes still reachable from the source (level >= 0 after the last BFS) are on the source side.
  const days: number[] = [];
  for (let d = 0; d < dayCount; d++) if (level[dayBase + d]! < 0 && p.mustBeAway[d]! > 0) days.push(d);
  const limitedGroups: number[] = [];
  for (let g = 0; g < groupCount; g++) {
    const d = g % dayCount;
    if (level[dayBase + d]! < 0 && p.mustBeAway[d]! > 0 && level[groupBase + g]! >= 0 && p.groupCap[g]! < Infinity)
      limitedGroups.push(g);
  }
  // Days on the sink side without a lower bound add nothing to the requirement; dropping them only tightens.
  const req = days.reduce((s, d) => s + p.mustBeAway[d]!, 0);
  const possible = certificateBound(p, days, limitedGroups);
  return { days, limitedGroups, required: req, possible };
}

/** Decides one unit-week exactly: a minimum-cost feasible choice of flexible days, or the certificate why none. */
export function solveWeek(p: WeekProblem): WeekSolution {
  const { dayCount, roleCount, supplierCount } = p;
  const groupCount = roleCount * dayCount;
  if (p.mustBeAway.some((l) => l > 0)) {
    const cert = lowerBoundCertificate(p);
    if (cert) {
      if (cert.possible < cert.required) return { feasible: false, ...cert };
      // The cut did not give a tight certificate (should not happen): report the whole week, still exact.
      const all = [...Array(dayCount).keys()].filter((d) => p.mustBeAway[d]! > 0);
      return {
        feasible: false,
        days: all,
        limitedGroups: [],
        required: all.reduce((s, d) => s + p.mustBeAway[d]!, 0),
        possible: certificateBound(p, all, []),
      };
    }
  }
  const away = new Uint8Array(supplierCount * dayCount);
  const resid = Int32Array.from(p.cap);
  const flowG = new Float64Array(groupCount);
  const flowD = new Float64Array(dayCount);
  const heapS: PairHeap[] = Array.from({ length: groupCount }, () => new PairHeap());
  const heapX: PairHeap[] = Array.from({ length: groupCount * dayCount }, () => new PairHeap()); // index g * dayCount + d2
  for (let m = 0; m < supplierCount; m++) {
    if (resid[m]! <= 0) continue;
    const r = p.memberRole[m]!;
    for (let d = 0; d < dayCount; d++)
      if (p.free[m * dayCount + d]) heapS[r * dayCount + d]!.push(p.cost[m * dayCount + d]!, m);
  }
  const touch = (m: number): void => {
    const r = p.memberRole[m]!;
    for (let d1 = 0; d1 < dayCount; d1++) {
      const i1 = m * dayCount + d1;
      if (away[i1]) {
        for (let d2 = 0; d2 < dayCount; d2++) {
          const i2 = m * dayCount + d2;
          if (d2 !== d1 && p.free[i2] && !away[i2])
            heapX[(r * dayCount + d1) * dayCount + d2]!.push(p.cost[i2]! - p.cost[i1]!, m);
        }
      } else if (p.free[i1] && resid[m]! > 0) {
        heapS[r * dayCount + d1]!.push(p.cost[i1]!, m);
      }
    }
  };
  const topS = (g: number): number => {
    const h = heapS[g]!;
    const d = g % dayCount;
    while (h.size > 0) {
      const m = h.vals[0]!;
      if (resid[m]! > 0 && !away[m * dayCount + d]) return m;
      h.pop();
    }
    return -1;
  };
  const topX = (g: number, d2: number): number => {
    const h = heapX[g * dayCount + d2]!;
    const d1 = g % dayCount;
    while (h.size > 0) {
      const m = h.vals[0]!;
      if (away[m * dayCount + d1] && !away[m * dayCount + d2]) return m;
      h.pop();
    }
    return -1;
  };
  // Condensed nodes: 0 = source, 1..groupCount groups, groupCount+1..groupCount+dayCount days, groupCount+dayCount+1 sink.
  const nodeCount = groupCount + dayCount + 2,
    sink = groupCount + dayCount + 1;
  const dist = new Float64Array(nodeCount);
  const predNode = new Int32Array(nodeCount);
  const predMember = new Int32Array(nodeCount);
  const edgeS = new Int32Array(groupCount);
  const edgeX = new Int32Array(groupCount * dayCount);
  for (let guard = 0; guard < 10 * supplierCount * dayCount + 10; guard++) {
    for (let g = 0; g < groupCount; g++) edgeS[g] = topS(g);
    for (let g = 0; g < groupCount; g++)
      for (let d2 = 0; d2 < dayCount; d2++) edgeX[g * dayCount + d2] = d2 === g % dayCount ? -1 : topX(g, d2);
    dist.fill(Infinity);
    dist[0] = 0;
    predNode.fill(-1);
    for (let g = 0; g < groupCount; g++) {
      const m = edgeS[g]!;
      if (m >= 0) {
        dist[1 + g] = p.cost[m * dayCount + (g % dayCount)]!;
        predNode[1 + g] = 0;
        predMember[1 + g] = m;
      }
    }
    // Bellman-Ford over the condensed graph (no negative cycles: successive shortest paths keep it so).
    for (let iter = 0, changed = true; changed && iter < nodeCount; iter++) {
      changed = false;
      for (let g = 0; g < groupCount; g++) {
        const dg = dist[1 + g]!;
        if (dg === Infinity) continue;
        const d1 = g % dayCount,
          role = (g - d1) / dayCount;
        for (let d2 = 0; d2 < dayCount; d2++) {
          const m = edgeX[g * dayCount + d2]!;
          if (m < 0) continue;
          const nd = dg + p.cost[m * dayCount + d2]! - p.cost[m * dayCount + d1]!;
          const v = 1 + role * dayCount + d2;
          if (nd < dist[v]!) {
            dist[v] = nd;
            predNode[v] = 1 + g;
            predMember[v] = m;
            changed = true;
          }
        }
        if (flowG[g]! < p.groupCap[g]!) {
          const v = 1 + groupCount + d1;
          if (dg < dist[v]!) {
            dist[v] = dg;
            predNode[v] = 1 + g;
            predMember[v] = -1;
            changed = true;
          }
        }
      }
      for (let d = 0; d < dayCount; d++) {
        const dd = dist[1 + groupCount + d]!;
        if (dd === Infinity) continue;
        for (let role = 0; role < roleCount; role++) {
          const g = role * dayCount + d;
          if (flowG[g]! > 0 && dd < dist[1 + g]!) {
            dist[1 + g] = dd;
            predNode[1 + g] = 1 + groupCount + d;
            predMember[1 + g] = -1;
            changed = true;
          }
        }
        if (flowD[d]! < p.mayBeAway[d]!) {
          const nd = dd + (flowD[d]! < p.mustBeAway[d]! ? -BIG : 0);
          if (nd < dist[sink]!) {
            dist[sink] = nd;
            predNode[sink] = 1 + groupCount + d;
            predMember[sink] = -1;
            changed = true;
          }
        }
      }
    }
    if (!(dist[sink]! < 0)) break;
    // Augment one unit along the path, sink to source.
    const touched: number[] = [];
    for (let v = sink; v !== 0; ) {
      const u = predNode[v]!;
      if (v === sink) flowD[u - 1 - groupCount]!++;
      else if (u === 0) {
        const m = predMember[v]!,
          g = v - 1;
        away[m * dayCount + (g % dayCount)] = 1;
        resid[m]!--;
        touched.push(m);
      } else if (u >= 1 && u <= groupCount && v >= 1 && v <= groupCount) {
        const m = predMember[v]!,
          d1 = (u - 1) % dayCount,
          d2 = (v - 1) % dayCount;
        away[m * dayCount + d1] = 0;
        away[m * dayCount + d2] = 1;
        touched.push(m);
      } else if (u >= 1 && u <= groupCount)
        flowG[u - 1]!++; // group -> day
      else flowG[v - 1]!--; // day -> group (backward)
      v = u;
    }
    for (const m of touched) touch(m);
  }
  for (let d = 0; d < dayCount; d++) {
    if (flowD[d]! < p.mustBeAway[d]!) {
      // Unreachable when the max-flow said feasible; kept as an exact fallback rather than a wrong schedule.
      const all = [...Array(dayCount).keys()].filter((x) => p.mustBeAway[x]! > 0);
      return {
        feasible: false,
        days: all,
        limitedGroups: [],
        required: all.reduce((s, x) => s + p.mustBeAway[x]!, 0),
        possible: certificateBound(p, all, []),
      };
    }
  }
  return { feasible: true, away };
}

// The score says how ready the draft is to send, in three bands a person can act on:
//   90–100  ready: nothing, or only small polish (info hints: length, send time, subject)
//   75–89   fix first: something the reader will notice (warnings: no thanks, nothing specific, too casual, late)
//    0–74   not ready: something that costs the candidate the job (errors: an unfilled placeholder, another company's
//           name, money talk, pressure, hostility)
//
//   penalty = Σ_rule Σ_i cost(severity_i) × 0.5^i     (i = 0, 1, 2 … the rule's hints, worst first; one noisy rule —
//                                                      five emoji — cannot outweigh two different problems)
//   cost:     error 25, warning 10, info 3
//   score   = round(100 − penalty), kept inside the band of the worst severity:
//             error 0–74, warning 75–89, info 90–97; no hint: 100
//
// So a draft with an error always scores below one with any number of warnings alone, and one with a warning below
// one with any number of info hints: a hostile or pushy note (errors) never outscores a good note with one placeholder.
import type { Hint, Severity } from './types';

export const SEVERITY_COST: Record<Severity, number> = { error: 25, warning: 10, info: 3 };
export const BAND: Record<Severity, [floor: number, ceiling: number]> = { error: [0, 74], warning: [75, 89], info: [90, 97] };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function score(hints: readonly Hint[]): number {
  if (hints.length === 0) return 100;
  const byRule = new Map<string, Severity[]>();
  for (const h of hints) byRule.set(h.rule, [...(byRule.get(h.rule) ?? []), h.severity]);
  let penalty = 0;
  let worst: Severity = 'info';
  for (const severities of byRule.values()) {
    severities.sort((x, y) => RANK[x] - RANK[y]);
    severities.forEach((s, i) => (penalty += SEVERITY_COST[s] * 0.5 ** i));
    if (RANK[severities[0]] < RANK[worst]) worst = severities[0];
  }
  const [floor, ceiling] = BAND[worst];
  return Math.max(floor, Math.min(ceiling, Math.round(100 - penalty)));
}

// The score: 100 minus a cost per hint, errors costing most. Several hints of one rule cost less each than the
// first, so one noisy rule (five emoji) cannot outweigh a missing thank-you.
//
//   score = max(0, round(100 - Σ_rule Σ_i cost(severity_i) × 0.5^i))   (i = 0, 1, 2 … the rule's hints, worst first)
//   cost: error 25, warning 12, info 4
import type { Hint, Severity } from './types';

export const SEVERITY_COST: Record<Severity, number> = { error: 25, warning: 12, info: 4 };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function score(hints: readonly Hint[]): number {
  const byRule = new Map<string, Hint[]>();
  for (const h of hints) byRule.set(h.rule, [...(byRule.get(h.rule) ?? []), h]);
  let penalty = 0;
  for (const list of byRule.values()) {
    list.sort((x, y) => RANK[x.severity] - RANK[y.severity]);
    list.forEach((h, i) => (penalty += SEVERITY_COST[h.severity] * 0.5 ** i));
  }
  // Any hint at all keeps the score below 100.
  return hints.length ? Math.min(99, Math.max(0, Math.round(100 - penalty))) : 100;
}

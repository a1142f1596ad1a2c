// Hints the user waved away in one draft. A dismissal lasts as long as the hint's words are unchanged: it is keyed by the
// rule, the flagged words and which occurrence of those words it is (or, for a hint about something missing, by its
// message), so typing elsewhere keeps it hidden and editing its words ends it.
import type { Hint } from '../engine/types.ts';

/** One key per hint, in order: rule, flagged words (or message when the hint has no span) and occurrence. */
export function dismissalKeys(hints: readonly Hint[], body: string): string[] {
  const seen = new Map<string, number>();
  return hints.map((hint) => {
    const spanned = hint.start !== undefined && hint.end !== undefined;
    const base = spanned ? `${hint.rule}\u0000w\u0000${body.slice(hint.start, hint.end)}` : `${hint.rule}\u0000m\u0000${hint.message}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return `${base}\u0000${occurrence}`;
  });
}

export class Dismissals {
  private readonly keys = new Set<string>();

  get size(): number {
    return this.keys.size;
  }

  /** Hides `hint` (one of `hints`, linted from `body`). False when it is not among them. */
  dismiss(hint: Hint, hints: readonly Hint[], body: string): boolean {
    const index = hints.indexOf(hint);
    if (index < 0) return false;
    this.keys.add(dismissalKeys(hints, body)[index]);
    return true;
  }

  clear(): void {
    this.keys.clear();
  }

  /**
   * Splits a fresh lint's hints into those shown and those dismissed. Dismissals whose hint is gone (its words changed,
   * or the rule no longer fires) end here: the same words typed again later are a new hint.
   */
  apply(hints: readonly Hint[], body: string): { shown: Hint[]; dismissed: Hint[] } {
    if (this.keys.size === 0) return { shown: [...hints], dismissed: [] };
    const keys = dismissalKeys(hints, body);
    const shown: Hint[] = [];
    const dismissed: Hint[] = [];
    const present = new Set<string>();
    hints.forEach((hint, i) => {
      if (this.keys.has(keys[i])) {
        dismissed.push(hint);
        present.add(keys[i]);
      } else {
        shown.push(hint);
      }
    });
    for (const key of [...this.keys]) if (!present.has(key)) this.keys.delete(key);
    return { shown, dismissed };
  }
}

// One CSS Custom Highlight per severity, combining the ranges of every compose session on the page.
// No node is ever added to the editor; the ::highlight() rules live in the manifest's content-script CSS.
import type { Hint, Severity } from '../engine/types.ts';
import type { TextSnapshot } from './textSnapshot.ts';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'followup-coach-error',
  warning: 'followup-coach-warning',
  info: 'followup-coach-info',
};

export interface SeverityRange {
  severity: Severity;
  range: AbstractRange;
}

/** The hint the caret is in, or the user points at in the sidebar. */
export const FOCUS_HIGHLIGHT = 'followup-coach-focus';

type HighlightHost = { highlights?: Map<string, unknown> };

export class HighlightRegistry {
  private readonly bySession = new Map<string, SeverityRange[]>();
  private focus: { sessionId: string; range: AbstractRange } | null = null;

  constructor(private readonly css: HighlightHost | undefined = globalThis.CSS as HighlightHost | undefined) {}

  get supported(): boolean {
    return !!this.css?.highlights && typeof Highlight === 'function';
  }

  set(sessionId: string, ranges: SeverityRange[]): void {
    if (ranges.length === 0) this.bySession.delete(sessionId);
    else this.bySession.set(sessionId, ranges);
    this.render();
  }

  delete(sessionId: string): void {
    const hadFocus = this.focus?.sessionId === sessionId;
    if (hadFocus) this.focus = null;
    if (this.bySession.delete(sessionId) || hadFocus) this.render();
  }

  clear(): void {
    this.bySession.clear();
    this.focus = null;
    this.render();
  }

  /** Marks one range (of one session) as the focused hint; null clears it if that session owns it. */
  setFocus(sessionId: string, range: AbstractRange | null): void {
    if (range) this.focus = { sessionId, range };
    else if (this.focus?.sessionId === sessionId) this.focus = null;
    else return;
    this.render();
  }

  /** How many ranges of each severity are drawn (debugging and tests). */
  counts(): Record<Severity, number> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const ranges of this.bySession.values()) for (const r of ranges) counts[r.severity]++;
    return counts;
  }

  private render(): void {
    if (!this.supported) return;
    const registry = this.css!.highlights!;
    for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
      const ranges: AbstractRange[] = [];
      for (const list of this.bySession.values()) for (const r of list) if (r.severity === severity) ranges.push(r.range);
      const name = HIGHLIGHT_NAMES[severity];
      if (ranges.length) registry.set(name, new Highlight(...ranges));
      else registry.delete(name);
    }
    if (this.focus) registry.set(FOCUS_HIGHLIGHT, new Highlight(this.focus.range));
    else registry.delete(FOCUS_HIGHLIGHT);
  }
}

/** The DOM ranges of a lint's hints, by severity: what the highlight registry draws. Spanless hints draw nothing. */
export function hintRanges(snapshot: Pick<TextSnapshot, 'toRange'>, hints: readonly Hint[]): SeverityRange[] {
  const ranges: SeverityRange[] = [];
  for (const hint of hints) {
    if (hint.start === undefined || hint.end === undefined || hint.end <= hint.start) continue;
    const range = snapshot.toRange(hint.start, hint.end);
    if (range) ranges.push({ severity: hint.severity, range });
  }
  return ranges;
}

// Pure helpers of a compose session: what is linted, which hint holds the caret, date field conversions.
import type { Hint } from '../engine/types.ts';
import { t } from '../shared/i18n.ts';

// A thank-you is 100–200 words; 10,000 characters is ten times the longest good follow-up, and linting more than that
// costs over 50 ms a keystroke in Firefox (issue 9: no long task while typing, at any size).
export const LINT_MAX_CHARS = 10_000;

/** Very long drafts are linted only up to LINT_MAX_CHARS, so typing stays responsive; the sidebar says so. */
export function clipForLint(text: string, max = LINT_MAX_CHARS): { text: string; note?: string } {
  if (text.length <= max) return { text };
  // Don't cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return {
    text: text.slice(0, end),
    note: t('draftClipped', max.toLocaleString()),
  };
}

/** The hint whose span holds the caret (a caret just after the last letter counts); the narrowest if several. */
export function hintAtOffset(hints: readonly Hint[], offset: number): Hint | null {
  let best: Hint | null = null;
  for (const hint of hints) {
    if (hint.start === undefined || hint.end === undefined) continue;
    if (offset < hint.start || offset > hint.end) continue;
    if (!best || hint.end - hint.start < best.end! - best.start!) best = hint;
  }
  return best;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as an <input type=datetime-local> value in the local time zone; '' when unusable. */
export function localInputFromIso(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A time as ISO 8601 with the local zone's offset ("2026-03-04T18:00:00-05:00"), so that the engine reads the writer's
 * own hour from it (send-time judges the hour in the offset `now` carries; toISOString() would make it UTC).
 */
export function localIso(ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return new Date().toISOString();
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${localInputFromIso(date.toISOString())}:${pad(date.getSeconds())}${zone}`;
}

/** A datetime-local value (local time) as ISO 8601 with the local offset; undefined when empty or invalid. */
export function isoFromLocalInputWithOffset(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : localIso(ms);
}

/** A datetime-local value (local time) as ISO 8601 UTC; undefined when empty or invalid. */
export function isoFromLocalInput(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * Line breaks to put around text inserted at `offset` of the draft so it doesn't run into the words around it:
 * a skeleton dropped in the middle of a line gets its own lines.
 */
export function padForInsertion(draft: string, offset: number, text: string): string {
  const before = offset > 0 ? draft[offset - 1] : '\n';
  const after = offset < draft.length ? draft[offset] : '\n';
  return `${before === '\n' ? '' : '\n'}${text}${after === '\n' ? '' : '\n'}`;
}

let counter = 0;

/** A compose id unique on this page (the page may hold stale ids from an extension that was reloaded). */
export function newComposeId(random: () => number = Math.random): string {
  counter += 1;
  return `fc-${counter}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/** After a re-lint, the new hint standing for `previous` (same rule and span), so the sidebar keeps it forward. */
export function carriedHint(hints: readonly Hint[], previous: Hint | null): Hint | null {
  if (!previous) return null;
  return hints.find((h) => h.rule === previous.rule && h.start === previous.start && h.end === previous.end) ?? null;
}

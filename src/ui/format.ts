// Pure text helpers for the sidebar: no DOM, so they are tested directly.
import type { Hint, LintResult, RuleId, Severity } from '../engine/types';
import { t, tCount, type MessageId } from '../shared/i18n';

const HOUR_MS = 3_600_000;

export type TimingStatus =
  | { kind: 'empty'; text: string }
  | { kind: 'invalid'; text: string }
  | { kind: 'future'; text: string }
  | { kind: 'within' | 'late'; text: string; hoursSince: number; sendBy: string };

/** Parses a datetime-local value ("2026-02-09T13:00", local time) or any ISO string; NaN when unusable. */
export function parseInterviewAt(value: string): number {
  if (!value.trim()) return NaN;
  return new Date(value).getTime();
}

const sendByFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

export function formatSendBy(ms: number): string {
  return sendByFormat.format(new Date(ms));
}

export function describeTiming(interviewAt: string, nowMs: number, windowHours: number): TimingStatus {
  if (!interviewAt.trim()) return { kind: 'empty', text: t('timingEmpty') };
  const at = parseInterviewAt(interviewAt);
  if (Number.isNaN(at)) return { kind: 'invalid', text: t('timingInvalid') };
  if (at > nowMs) return { kind: 'future', text: t('timingFuture') };
  const hoursSince = Math.floor((nowMs - at) / HOUR_MS);
  const deadline = at + windowHours * HOUR_MS;
  const sendBy = formatSendBy(deadline);
  const since = hoursSince < 1 ? t('timingUnderAnHour') : tCount('hoursSince', hoursSince);
  if (nowMs <= deadline) return { kind: 'within', text: t('timingWithin', since, sendBy), hoursSince, sendBy };
  return { kind: 'late', text: t('timingLate', since, windowHours, sendBy), hoursSince, sendBy };
}

const FLAGGED_MAX = 60;

/** The hint's words from the draft on one line, cut to about 60 characters; '' for hints without a span. */
export function flaggedText(hint: Hint, body: string): string {
  if (hint.start === undefined || hint.end === undefined || hint.end <= hint.start) return '';
  const words = body.slice(hint.start, hint.end).replace(/\s+/g, ' ').trim();
  if (words.length <= FLAGGED_MAX) return words;
  return `${words.slice(0, FLAGGED_MAX - 1).trimEnd()}…`;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Message ids of a severity's label on one hint, and of its group heading ("Errors (2)"). */
export const SEVERITY_LABEL: Record<Severity, { one: MessageId; group: MessageId }> = {
  error: { one: 'severityError', group: 'groupErrors' },
  warning: { one: 'severityWarning', group: 'groupWarnings' },
  info: { one: 'severityInfo', group: 'groupTips' },
};

export type CheckId = 'timely' | 'personal' | 'grateful' | 'professional';
export type CheckState = 'done' | 'todo' | 'unknown' | 'pending';

/**
 * The article's four do's (message ids of their label and advice) and the rules whose hints mean it is not done yet.
 * Every rule id has exactly one place (test/ui/format.test.ts checks it against RULE_IDS): send-time is about when the
 * note lands (timely); a subject that says what the mail is and a light length are part of being professional.
 */
export const CHECKS: readonly { id: CheckId; label: MessageId; advice: MessageId; rules: readonly RuleId[] }[] = [
  { id: 'timely', label: 'checkTimely', advice: 'checkTimelyAdvice', rules: ['timing', 'send-time'] },
  { id: 'personal', label: 'checkPersonal', advice: 'checkPersonalAdvice', rules: ['specificity', 'generic'] },
  { id: 'grateful', label: 'checkGrateful', advice: 'checkGratefulAdvice', rules: ['gratitude'] },
  { id: 'professional', label: 'checkProfessional', advice: 'checkProfessionalAdvice', rules: ['tone', 'pushy', 'money', 'subject', 'length'] },
];

export function checkStates(result: LintResult | null, interviewAt: string): Record<CheckId, CheckState> {
  const states = {} as Record<CheckId, CheckState>;
  const firing = new Set<string>(result?.hints.map((h) => h.rule));
  for (const check of CHECKS) {
    if (!result) states[check.id] = 'pending';
    else if (check.rules.some((rule) => firing.has(rule))) states[check.id] = 'todo';
    // With no interview time the engine cannot judge timeliness; the sidebar asks for the date instead of praising.
    else if (check.id === 'timely' && !interviewAt.trim()) states[check.id] = 'unknown';
    else states[check.id] = 'done';
  }
  return states;
}

/** A cheap content key for a hint list, so an unchanged list (new objects, same hints) is not re-rendered. */
export function hintsSignature(hints: readonly Hint[], body: string): string {
  let key = '';
  for (const h of hints) {
    key += `${h.rule}\u0001${h.severity}\u0001${h.start ?? ''}\u0001${h.end ?? ''}\u0001${h.message}\u0001`;
    key += `${(h.fixes ?? []).map((f) => f.title).join('\u0002')}\u0001${flaggedText(h, body)}\u0000`;
  }
  return key;
}

export function sameHint(a: Hint, b: Hint): boolean {
  return a === b || (a.rule === b.rule && a.start === b.start && a.end === b.end && a.message === b.message);
}

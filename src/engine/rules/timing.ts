import type { Report, Rule } from '../rule';
import { admittedLateness, HOURS, RECENT_CHASE } from '../time';
import type { MessageId } from '../messages/en';
import { checkInTiming } from '../thread/cadence';
import type { Kind } from '../types';

type M = MessageId<'timing'>;

/** A status check-in earlier than this after the interview is too soon (the article: allow them space to respond). */
export const CHECK_IN_MIN_HOURS = 5 * 24;
/** The interview may be logged a little after it started: allow this much "future" before calling it a mistake. */
const FUTURE_TOLERANCE_HOURS = 1;

/** Kinds never judged by the clock: a rejection reply, a withdrawal, anything else about the process. */
const UNTIMED_KINDS: ReadonlySet<string> = new Set<Kind>(['rejection-reply', 'withdrawal', 'other']);

export function describeDuration(hours: number): string {
  if (hours < 48) return `${Math.round(hours)} hours`;
  const days = Math.round(hours / 24);
  if (days < 14) return `${days} days`;
  const weeks = Math.round(days / 7);
  return weeks < 9 ? `${weeks} weeks` : `${Math.round(days / 30)} months`;
}

export const timing: Rule<'timing'> = {
  meta: {
    id: 'timing',
    description: 'A thank-you goes out within 24–48 hours of the interview; a status check-in not too soon.',
    article: 'Be Timely: send that email within 24 to 48 hours after your interview.',
    severity: 'warning',
    followUpOnly: true,
  },
  check(a) {
    // The 48 h window is for thank-you notes; a rejection reply or a withdrawal is never late or early.
    if (UNTIMED_KINDS.has(a.kind)) return [];
    const out: Report<M>[] = [];
    const windowHours = a.settings.windowHours;
    // Not too often: a check-in that chases another sent days (or hours) ago.
    if (a.kind === 'check-in') {
      for (const s of a.content) {
        const m = RECENT_CHASE.exec(s.text);
        if (m) return [{ messageId: 'checkInTooOften', start: s.start + m.index, end: s.start + m.index + m[0].length }];
      }
    }
    // An interview time the writer gave, or that their side confirmed in the thread.
    const known = a.interview && a.interview.from !== 'text' ? a.interview : null;
    if (known) {
      const hours = HOURS(a.now.getTime() - known.at);
      if (hours < -FUTURE_TOLERANCE_HOURS) return [{ messageId: 'future' }];
      if (a.kind === 'check-in') {
        const cadence = checkInTiming(a);
        if (cadence) return [cadence];
        if (!a.thread.theirDate && hours >= 0 && hours < CHECK_IN_MIN_HOURS) out.push({ messageId: 'checkInTooSoon', data: { days: describeDuration(Math.max(hours, 1)) } });
      } else if (hours > windowHours) {
        out.push({ messageId: 'late', data: { days: describeDuration(hours) } });
      }
      return out;
    }
    if (a.kind === 'check-in') {
      const cadence = checkInTiming(a);
      if (cadence) return [cadence];
    }
    // No interview time known: judge only what the text itself says.
    for (const m of a.mentions) {
      const hours = HOURS(a.now.getTime() - m.at.getTime());
      if (a.kind === 'check-in') {
        if (hours >= 0 && hours < 48) {
          out.push({ messageId: 'checkInTooSoon', data: { days: describeDuration(Math.max(hours, 1)) }, start: m.start, end: m.end });
          break;
        }
      } else if (hours > windowHours + 12) {
        out.push({ messageId: 'lateText', data: { phrase: m.text }, start: m.start, end: m.end });
        break;
      }
    }
    if (out.length === 0 && a.kind !== 'check-in') {
      for (const s of a.content) {
        const late = admittedLateness(s);
        if (late && late.hours > windowHours) {
          out.push({ messageId: 'admitsLate', start: late.start, end: late.end });
          break;
        }
      }
    }
    return out;
  },
};

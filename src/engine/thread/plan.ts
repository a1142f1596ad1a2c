// LintResult.plan (CONTRACT.md section 2): when the interview was and where that came from, the end of the thank-you
// window, their date, and the earliest good day for a status check-in.
import { businessDayFrom, dayOf, DAY_MS, formatIso, instantOf, isoOffset, nextBusinessDay } from '../dates';
import type { TimeMention } from '../time';
import type { Plan } from '../types';
import type { ThreadFacts } from './read';

/** A check-in earlier than this after the writer's own last message is too soon (CONTRACT.md: 5 days). */
export const OWN_GAP_DAYS = 5;
/** Without their date, a check-in goes about a week after the interview. */
const CHECK_IN_AFTER_DAYS = 7;
/** The hour of the day the plan suggests (9:00 in the writer's zone). */
const MORNING = 9 * 60;

export interface Interview {
  /** ms */
  at: number;
  /** Its zone, minutes east of UTC. */
  offset: number;
  from: 'draft' | 'thread' | 'text';
}

/** The interview time: the draft's field, else a confirmation from their side in the thread, else what the text says. */
export function interviewOf(draft: { interviewAt?: string }, interviewAt: Date | null, thread: ThreadFacts, mentions: TimeMention[], zone: number): Interview | null {
  if (interviewAt) return { at: interviewAt.getTime(), offset: isoOffset(draft.interviewAt) ?? zone, from: 'draft' };
  if (thread.interview) return { at: thread.interview.at, offset: thread.interview.offset, from: 'thread' };
  const mention = mentions.find((m) => Number.isFinite(m.at.getTime()));
  if (mention) return { at: mention.at.getTime(), offset: zone, from: 'text' };
  return null;
}

export interface Schedule {
  plan: Plan;
  /** Local day (writer's zone) of checkInAfter, when there is one. */
  checkInDay?: number;
  /** Local day (their zone) of their date. */
  theirDay?: number;
}

export function makePlan(interview: Interview | null, thread: ThreadFacts, zone: number, windowHours: number): Schedule {
  const plan: Plan = {};
  const out: Schedule = { plan };
  if (interview) {
    // The text gives only a day ("yesterday"): the plan says noon of it, the same whatever minute the lint runs.
    const at = interview.from === 'text' ? instantOf(dayOf(interview.at, zone), 12 * 60, zone) : interview.at;
    plan.interviewAt = formatIso(at, interview.offset);
    plan.interviewFrom = interview.from;
    plan.sendBy = formatIso(at + windowHours * 3_600_000, zone);
  }
  let day: number | undefined;
  if (thread.theirDate) {
    plan.theirDate = formatIso(thread.theirDate.at, thread.theirDate.offset);
    out.theirDay = dayOf(thread.theirDate.at, thread.theirDate.offset);
    day = nextBusinessDay(out.theirDay);
  } else if (interview) {
    day = businessDayFrom(dayOf(interview.at, zone) + CHECK_IN_AFTER_DAYS);
  }
  const last = thread.own[thread.own.length - 1];
  if (last) {
    const floor = businessDayFrom(dayOf(last.at + OWN_GAP_DAYS * DAY_MS, zone));
    day = day === undefined ? floor : Math.max(day, floor);
  }
  if (day !== undefined) {
    out.checkInDay = day;
    plan.checkInAfter = formatIso(instantOf(day, MORNING, zone), zone);
  }
  return out;
}

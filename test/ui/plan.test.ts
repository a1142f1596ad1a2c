// The plan line (src/ui/plan.ts): what LintResult.plan says, in one sentence, in the user's locale and time zone.
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types';
import { dayKey, formatPlanDay, formatPlanTime, planLine } from '../../src/ui/plan';

const US = { locale: 'en-US', timeZone: 'America/New_York' };
const UK = { locale: 'en-GB', timeZone: 'Europe/London' };
const ms = (iso: string) => Date.parse(iso);

const result = (kind: LintResult['kind'], plan: LintResult['plan']): LintResult => ({ followUp: true, kind, score: 90, hints: [], plan });

// The conversation of the fixtures: interview Thu Feb 26 2026, 2 PM in New York; they decide by Fri Mar 13.
const THANK_YOU = result('thank-you', {
  interviewAt: '2026-02-26T14:00:00-05:00',
  interviewFrom: 'thread',
  sendBy: '2026-02-28T14:00:00-05:00',
  checkInAfter: '2026-03-05T09:00:00-05:00',
});
const CHECK_IN = result('check-in', {
  interviewAt: '2026-02-26T14:00:00-05:00',
  interviewFrom: 'thread',
  sendBy: '2026-02-28T14:00:00-05:00',
  theirDate: '2026-03-13T12:00:00-04:00',
  checkInAfter: '2026-03-16T09:00:00-04:00',
});

describe('planLine', () => {
  it('a thank-you in its window: "Send by" the end of the window, weekday and hour', () => {
    expect(planLine(THANK_YOU, ms('2026-02-27T10:00:00-05:00'), US)).toEqual({ kind: 'send-by', text: 'Send by Sat 2 PM', at: THANK_YOU.plan!.sendBy });
    expect(planLine(THANK_YOU, ms('2026-02-27T10:00:00-05:00'), UK)?.text).toBe('Send by Sat 19:00');
  });

  it('a check-in: the day to check in and the date they gave', () => {
    expect(planLine(CHECK_IN, ms('2026-03-09T10:00:00-04:00'), US)).toEqual({
      kind: 'check-in',
      text: "Check in on Mon, Mar 16 — they said they'd decide by Fri, Mar 13",
      at: CHECK_IN.plan!.checkInAfter,
    });
    expect(planLine(CHECK_IN, ms('2026-03-09T10:00:00-04:00'), UK)?.text).toBe("Check in on Mon 16 Mar — they said they'd decide by Fri 13 Mar");
  });

  it('says when the check-in is due, from its day on (in the user zone)', () => {
    expect(planLine(CHECK_IN, ms('2026-03-16T00:30:00-04:00'), US)).toMatchObject({ kind: 'check-in-due', text: "Time to check in (from Mon, Mar 16) — they said they'd decide by Fri, Mar 13" });
    // 11:30 PM on Sunday in New York is already Monday in London.
    expect(planLine(CHECK_IN, ms('2026-03-15T23:30:00-04:00'), US)?.kind).toBe('check-in');
    expect(planLine(CHECK_IN, ms('2026-03-15T23:30:00-04:00'), UK)?.kind).toBe('check-in-due');
  });

  it('a check-in without their date names only its day', () => {
    const plan = { ...CHECK_IN.plan, theirDate: undefined };
    expect(planLine(result('check-in', plan), ms('2026-03-09T10:00:00-04:00'), US)?.text).toBe('Check in on Mon, Mar 16');
  });

  it('a thank-you whose window has closed points to the check-in instead', () => {
    expect(planLine(THANK_YOU, ms('2026-03-02T10:00:00-05:00'), US)).toMatchObject({ kind: 'check-in', text: 'Check in on Thu, Mar 5' });
  });

  it('nothing to plan: no result, not a follow-up, no plan, other kinds, no dates', () => {
    const now = ms('2026-02-27T10:00:00-05:00');
    expect(planLine(null, now, US)).toBeNull();
    expect(planLine({ ...THANK_YOU, followUp: false }, now, US)).toBeNull();
    expect(planLine(result('thank-you', undefined), now, US)).toBeNull();
    expect(planLine(result('rejection-reply', CHECK_IN.plan), now, US)).toBeNull();
    expect(planLine(result('withdrawal', CHECK_IN.plan), now, US)).toBeNull();
    expect(planLine(result('check-in', {}), now, US)).toBeNull();
    expect(planLine(result('check-in', { checkInAfter: 'garbage' }), now, US)).toBeNull();
  });
});

describe('plan dates', () => {
  it('a time a week or more ahead gets its date', () => {
    const now = ms('2026-02-27T10:00:00-05:00');
    expect(formatPlanTime(ms('2026-03-10T14:30:00-04:00'), now, US)).toBe('Tue, Mar 10, 2:30 PM');
    expect(formatPlanTime(ms('2026-02-28T14:30:00-05:00'), now, US)).toBe('Sat 2:30 PM');
  });

  it('days in the zone asked for', () => {
    const late = ms('2026-03-16T02:00:00Z'); // Sunday 10 PM in New York, Monday in London
    expect(formatPlanDay(late, US)).toBe('Sun, Mar 15');
    expect(formatPlanDay(late, UK)).toBe('Mon 16 Mar');
    expect(dayKey(late, US)).toBe('2026-03-15');
    expect(dayKey(late, UK)).toBe('2026-03-16');
  });

  it('an unknown zone or locale falls back to the browser default instead of throwing', () => {
    expect(() => formatPlanDay(ms('2026-03-16T12:00:00Z'), { locale: 'en-US', timeZone: 'Mars/Olympus' })).not.toThrow();
  });
});

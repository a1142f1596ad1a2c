import { describe, expect, it } from 'vitest';
import {
  buildSkeleton,
  CONTRIBUTION_BLANK,
  interviewDayWord,
  NAME_BLANK,
  notesAsPhrase,
  roleFromSubject,
  SPECIFICS_BLANK,
} from '../../src/engine/skeleton.ts';
import { lint } from '../../src/engine/index.ts';
import { parseRecipients } from '../../src/engine/recipient.ts';

describe('roleFromSubject', () => {
  const table: [string | undefined, string | undefined][] = [
    ['Thank you — Logistics Coordinator interview', 'Logistics Coordinator'],
    ['Thank you - Logistics Coordinator interview', 'Logistics Coordinator'],
    ['Re: Interview for Senior Data Analyst', 'Senior Data Analyst'],
    ['Thanks: Product Designer position', 'Product Designer'],
    ['Follow-up on the Staff Engineer role', 'Staff Engineer'],
    ['RE: Your application for the Nurse Educator position at Lumen Health', 'Nurse Educator'],
    ['Thank you - Senior Product Designer', 'Senior Product Designer'],
    ['RE: Interview schedule - Senior Product Designer', 'Senior Product Designer'],
    ['Thanks | VP of Sales', 'VP of Sales'],
    ['Thank you - great chat today', undefined],
    ['Lunch - Friday Plans', undefined],
    ['Thank you', undefined],
    ['Thank you for your time', undefined],
    ['Our interview', undefined],
    ['Lunch on Friday?', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  it.each(table)('%s → %s', (subject, role) => {
    expect(roleFromSubject(subject)).toBe(role);
  });
});

describe('notesAsPhrase', () => {
  it('joins notes given one per line or comma separated', () => {
    expect(notesAsPhrase('ferry re-planning')).toBe('ferry re-planning');
    expect(notesAsPhrase('- ferry re-planning\n- the TMS migration.')).toBe('ferry re-planning and the TMS migration');
    expect(notesAsPhrase('carrier scorecards, Bergen route, TMS')).toBe('carrier scorecards, Bergen route and TMS');
    expect(notesAsPhrase('  \n , ')).toBeUndefined();
    expect(notesAsPhrase(undefined)).toBeUndefined();
  });
});

describe('interviewDayWord', () => {
  const at = (d: number, h: number) => new Date(2026, 1, d, h).toISOString();
  it('says today or yesterday only for those calendar days', () => {
    expect(interviewDayWord(at(9, 10), at(9, 17))).toBe('today');
    expect(interviewDayWord(at(9, 16), at(10, 8))).toBe('yesterday');
    expect(interviewDayWord(at(9, 16), at(12, 8))).toBeUndefined();
    expect(interviewDayWord(at(12, 16), at(10, 8))).toBeUndefined();
    expect(interviewDayWord(undefined, at(10, 8))).toBeUndefined();
    expect(interviewDayWord('not a date', at(10, 8))).toBeUndefined();
  });
});

describe('buildSkeleton', () => {
  it('uses the first name, role, company and the user name, with blanks only the user can fill', () => {
    const text = buildSkeleton({
      draft: { subject: 'Thank you — Logistics Coordinator interview', to: ['Marta Jensen <marta.jensen@harvestmill.com>'] },
      userName: 'Jonas Berg',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Hi Marta,');
    expect(text).toContain(`the Logistics Coordinator role at ${parseRecipients(['marta.jensen@harvestmill.com']).company}.`);
    expect(text).toContain(SPECIFICS_BLANK);
    expect(text).toContain(CONTRIBUTION_BLANK);
    expect(lines[lines.length - 1]).toBe('Jonas Berg');
    expect(text).not.toMatch(/\n{3}/);
  });

  it('falls back to neutral wording when nothing is known', () => {
    const text = buildSkeleton({ draft: { subject: '', to: [] } });
    expect(text.startsWith('Hello,\n')).toBe(true);
    expect(text).toContain('about the role.');
    expect(text).not.toContain(' at ');
    expect(text.endsWith(NAME_BLANK)).toBe(true);
  });

  it('names no company for a free-mail recipient', () => {
    const text = buildSkeleton({ draft: { to: ['priya.raman@gmail.com'] }, userName: 'Sam' });
    expect(text).not.toMatch(/ at Gmail/i);
    expect(text).toContain('about the role.');
  });

  it('fills the specifics line from the notes', () => {
    const text = buildSkeleton({
      draft: { to: ['marta.jensen@harvestmill.com'], notes: 'ferry re-planning\nthe TMS migration' },
      userName: 'Jonas',
    });
    expect(text).toContain('our conversation about ferry re-planning and the TMS migration.');
    expect(text).not.toContain(SPECIFICS_BLANK);
  });

  it('says "yesterday" when the interview was the day before', () => {
    const text = buildSkeleton({
      draft: { to: ['marta.jensen@harvestmill.com'], interviewAt: new Date(2026, 1, 9, 13).toISOString() },
      now: new Date(2026, 1, 10, 9).toISOString(),
    });
    expect(text).toContain('speak with me yesterday about');
  });

  it('is a thank-you the engine recognizes, whose blanks the generic rule flags until filled', () => {
    const draft = {
      subject: 'Thank you — Logistics Coordinator interview',
      to: ['marta.jensen@harvestmill.com'],
    };
    const body = buildSkeleton({ draft, userName: 'Jonas Berg' });
    const result = lint({ ...draft, body });
    expect(result.followUp).toBe(true);
    const generic = result.hints.filter((h) => h.rule === 'generic');
    const flagged = generic.map((h) => body.slice(h.start, h.end));
    expect(flagged.some((t) => t.includes(SPECIFICS_BLANK))).toBe(true);
    expect(result.hints.some((h) => h.rule === 'gratitude' || h.rule === 'tone' || h.rule === 'pushy' || h.rule === 'money')).toBe(false);
  });
});

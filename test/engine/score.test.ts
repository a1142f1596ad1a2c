// The score means "ready to send": ranked pairs of drafts and of hint sets (score.ts documents the formula).
import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/score';
import type { Hint, Severity } from '../../src/engine/types';

const hint = (rule: string, severity: Severity): Hint => ({ rule, severity, message: '' });
const many = (n: number, rule: string, severity: Severity) => Array.from({ length: n }, () => hint(rule, severity));

describe('score', () => {
  it('is 100 with no hint and below 100 with any', () => {
    expect(score([])).toBe(100);
    expect(score([hint('length', 'info')])).toBeLessThan(100);
  });

  it('puts every draft in the band of its worst hint: 90+ ready, 75–89 fix first, under 75 not ready', () => {
    expect(score([hint('length', 'info'), hint('send-time', 'info'), hint('subject', 'info')])).toBeGreaterThanOrEqual(90);
    expect(score([hint('gratitude', 'warning')])).toBeGreaterThanOrEqual(75);
    expect(score([hint('gratitude', 'warning')])).toBeLessThan(90);
    expect(score([hint('generic', 'error')])).toBeLessThan(75);
  });

  const rankedPairs: [string, Hint[], Hint[]][] = [
    ['one placeholder beats a hostile note', [hint('generic', 'error')], [hint('tone', 'error')]],
    ['one placeholder beats a hostile note that is also pushy', [hint('generic', 'error')], [hint('tone', 'error'), hint('pushy', 'error')]],
    ['any number of warnings beat one error', [...many(6, 'tone', 'warning'), hint('gratitude', 'warning'), hint('specificity', 'warning')], [hint('money', 'error')]],
    ['any number of info hints beat one warning', [hint('length', 'info'), hint('send-time', 'info'), hint('subject', 'info')], [hint('gratitude', 'warning')]],
    ['five emoji in one rule cost less than two different problems', many(5, 'tone', 'warning'), [hint('tone', 'warning'), hint('gratitude', 'warning')]],
    ['one error beats the same error with a warning', [hint('money', 'error')], [hint('money', 'error'), hint('timing', 'warning')]],
    ['two errors of one rule beat errors of two rules', many(2, 'pushy', 'error'), [hint('pushy', 'error'), hint('money', 'error')]],
  ];
  for (const [name, better, worse] of rankedPairs) {
    it(name, () => expect(score(better)).toBeGreaterThanOrEqual(score(worse)));
  }

  it('never goes below 0', () => {
    expect(score(['timing', 'specificity', 'gratitude', 'tone', 'pushy', 'money', 'generic'].flatMap((r) => many(10, r, 'error')))).toBe(0);
  });
});

describe('score of whole drafts (lint)', async () => {
  const { lint } = await import('../../src/engine/index');
  const draft = (body: string) => ({
    body,
    subject: 'Thank you – Logistics Coordinator interview',
    to: ['Marta Jensen <marta.jensen@fjordfreight.no>'],
    interviewAt: '2026-02-09T13:00:00Z',
    now: '2026-02-10T09:00:00Z',
  });
  const good = 'Hi Marta,\n\nThank you for meeting with me yesterday. The ferry re-planning you described for the Bergen route stayed with me, and I would enjoy helping with the spring TMS migration. I ran carrier scorecards at my last job and would be glad to share how they cut late deliveries.\n\nBest regards,\nJonas Berg';
  const placeholder = good.replace('the spring TMS migration', '[insert project]');
  const hostile = 'Hi Marta,\n\nThank you for meeting with me yesterday. Frankly, the way your panel treated me was a disgrace, and I expected better from a company like yours. The ferry re-planning you described for the Bergen route stayed with me, and I ran carrier scorecards at my last job.\n\nBest regards,\nJonas Berg';
  const pushy = 'Hi Marta,\n\nThank you for meeting with me yesterday. The ferry re-planning you described for the Bergen route stayed with me. I need your decision by Friday, or I will accept another offer. I ran carrier scorecards at my last job.\n\nBest regards,\nJonas Berg';

  it('a clean note is ready to send', () => expect(lint(draft(good)).score).toBe(100));
  it('a hostile note never outscores a good note with one placeholder', () => {
    const one = lint(draft(placeholder));
    expect(one.hints.map((h) => h.rule)).toEqual(['generic']);
    expect(lint(draft(hostile)).score).toBeLessThanOrEqual(one.score);
  });
  it('a pushy note never outscores a good note with one placeholder', () => {
    expect(lint(draft(pushy)).score).toBeLessThanOrEqual(lint(draft(placeholder)).score);
  });
});

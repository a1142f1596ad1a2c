// Each example in the playground's menu must show what its label promises, whatever day the playground is opened.
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/index';
import { RULE_IDS } from '../../src/engine/types';
import { draftFor } from '../../src/playground/coach';
import { DEFAULT_EXAMPLE_ID, EXAMPLES, exampleById, type Example } from '../../src/playground/examples';
import { localInputFromIso } from '../../src/content/draft';

const HOUR_MS = 3_600_000;
const NOWS = ['2026-02-10T08:00:00Z', '2026-07-01T23:59:00Z', '2027-01-01T00:30:00Z'];

function lintExample(example: Example, nowIso: string) {
  const nowMs = new Date(nowIso).getTime();
  const fields = {
    to: example.to,
    subject: example.subject,
    interviewAt: example.interviewHoursAgo === null ? '' : localInputFromIso(new Date(nowMs - example.interviewHoursAgo * HOUR_MS).toISOString()),
    sendAt: localInputFromIso(nowIso),
  };
  const result = lint(draftFor(fields, example.body, ''));
  // send-time depends on the hour the playground is opened (some NOWS are at night), not on the example.
  return { ...result, hints: result.hints.filter((h) => h.rule !== 'send-time') };
}

const rulesOf = (example: Example, now: string) => [...new Set(lintExample(example, now).hints.map((h) => h.rule))].sort();

describe('playground examples', () => {
  it('have unique ids and a default that exists', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(exampleById(DEFAULT_EXAMPLE_ID)).toBeDefined();
  });

  for (const now of NOWS) {
    describe(`sent at ${now}`, () => {
      it('good note: a follow-up with nothing to fix', () => {
        const result = lintExample(exampleById('good')!, now);
        expect(result.followUp).toBe(true);
        expect(result.hints).toEqual([]);
        expect(result.score).toBeGreaterThanOrEqual(90);
      });

      it('late note: only timing', () => {
        expect(rulesOf(exampleById('late')!, now)).toEqual(['timing']);
      });

      it('money talk: one money error whose fix deletes the question', () => {
        const example = exampleById('money')!;
        const result = lintExample(example, now);
        expect(rulesOf(example, now)).toEqual(['money']);
        const hint = result.hints[0];
        expect(hint.severity).toBe('error');
        const flagged = example.body.slice(hint.start, hint.end);
        expect(flagged).toContain('salary range');
        expect(hint.fixes?.[0].replacement).toBe('');
        const fixed = example.body.slice(0, hint.start) + example.body.slice(hint.end);
        expect(fixed).not.toMatch(/salary|vacation/);
        expect(lint({ ...draftFor({ to: example.to, subject: example.subject, interviewAt: '', sendAt: '' }, fixed, '') }).hints.map((h) => h.rule)).not.toContain('money');
      });

      it('pushy check-in: pushy hints, at least one an error', () => {
        const result = lintExample(exampleById('pushy')!, now);
        const pushy = result.hints.filter((h) => h.rule === 'pushy');
        expect(pushy.length).toBeGreaterThanOrEqual(2);
        expect(pushy.some((h) => h.severity === 'error')).toBe(true);
      });

      it('unfilled template: generic placeholders and no specifics', () => {
        const example = exampleById('template')!;
        const result = lintExample(example, now);
        expect(rulesOf(example, now)).toEqual(['generic', 'specificity']);
        const flagged = result.hints.filter((h) => h.rule === 'generic').map((h) => example.body.slice(h.start, h.end));
        expect(flagged).toEqual(expect.arrayContaining(['[Company Name]', '[Job Title]']));
      });

      it('send-time: the good note at night or at the weekend gets only an info hint about the hour', () => {
        const example = exampleById('good')!;
        const nowMs = new Date(now).getTime();
        const fields = { to: example.to, subject: example.subject, interviewAt: localInputFromIso(new Date(nowMs - example.interviewHoursAgo! * HOUR_MS).toISOString()), sendAt: localInputFromIso(now) };
        const hints = lint(draftFor(fields, example.body, '')).hints;
        const day = new Date(now).getUTCDay();
        const offHours = new Date(now).getUTCHours() >= 22 || new Date(now).getUTCHours() < 6 || day === 0 || day === 6;
        expect(hints.map((h) => `${h.rule}/${h.severity}`)).toEqual(offHours ? ['send-time/info'] : []);
      });

      it('not a follow-up: recognised as other mail', () => {
        const result = lintExample(exampleById('not-follow-up')!, now);
        expect(result.followUp).toBe(false);
        expect(result.hints).toEqual([]);
      });
    });
  }

  it('every example lints without throwing, with only known rule ids', () => {
    for (const example of EXAMPLES) {
      for (const hint of lintExample(example, NOWS[0]).hints) expect(RULE_IDS).toContain(hint.rule);
    }
  });
});

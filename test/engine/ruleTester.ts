// A table-driven rule tester in the manner of ESLint's RuleTester: valid drafts stay silent for a rule, invalid ones
// get hints of that rule covering the given words, and fixes produce the given output.
import { expect, it } from 'vitest';
import { lint } from '../../src/engine/index';
import type { Draft, Hint } from '../../src/engine/types';

/** A thank-you the day after the interview, with subject and recipient, around the given body. */
export function followUp(body: string, extra: Partial<Draft> = {}): Draft {
  return {
    body,
    subject: 'Thank you - Logistics Coordinator interview',
    to: ['Marta Jensen <marta.jensen@fjordfreight.no>'],
    interviewAt: '2026-02-09T13:00:00Z',
    now: '2026-02-10T08:00:00Z',
    ...extra,
  };
}

export interface InvalidCase {
  draft: Draft;
  /** Words each expected hint must cover (one entry per hint, in order), or null for a hint without a span. */
  flags: (string | null)[];
  /** Body after applying the first fix of the first hint, when the rule offers one. */
  output?: string;
  /** The message id of each expected hint, in the order of `flags` (ESLint's RuleTester asserts `messageId`). */
  messageIds?: string[];
}

export function ruleTester(rule: string, cases: { valid: Draft[]; invalid: InvalidCase[] }): void {
  const only = (draft: Draft): Hint[] => lint(draft).hints.filter((h) => h.rule === rule);
  cases.valid.forEach((draft, i) => {
    it(`valid #${i + 1}: ${draft.body.slice(0, 50).replace(/\n/g, ' ')}`, () => {
      expect(only(draft).map((h) => h.message)).toEqual([]);
    });
  });
  cases.invalid.forEach(({ draft, flags, output, messageIds }, i) => {
    it(`invalid #${i + 1}: ${draft.body.slice(0, 50).replace(/\n/g, ' ')}`, () => {
      const hints = only(draft);
      expect(hints.length, JSON.stringify(hints)).toBe(flags.length);
      flags.forEach((words, k) => {
        const h = hints[k];
        if (words === null) {
          expect(h.start).toBeUndefined();
          return;
        }
        const at = draft.body.indexOf(words);
        expect(at, `"${words}" is not in the body`).toBeGreaterThanOrEqual(0);
        expect(h.start).toBeLessThanOrEqual(at);
        expect(h.end).toBeGreaterThanOrEqual(at + words.length);
      });
      if (messageIds) expect(hints.map((h) => h.messageId)).toEqual(messageIds);
      if (output !== undefined) {
        const h = hints[0];
        expect(h.fixes?.length).toBeGreaterThan(0);
        const fixed = draft.body.slice(0, h.start) + h.fixes![0].replacement + draft.body.slice(h.end);
        expect(fixed).toBe(output);
      }
    });
  });
}

// Property tests: any string in, a well-formed result out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/index';
import type { LintResult } from '../../src/engine/types';

function checkWellFormed(body: string, result: LintResult): void {
  expect(typeof result.followUp).toBe('boolean');
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  if (result.hints.length === 0) expect(result.score).toBe(100);
  else expect(result.score).toBeLessThan(100);
  let last = -Infinity;
  for (const h of result.hints) {
    expect(['error', 'warning', 'info']).toContain(h.severity);
    expect((h.start === undefined) === (h.end === undefined)).toBe(true);
    const start = h.start ?? -1;
    expect(start).toBeGreaterThanOrEqual(last);
    last = start;
    if (h.start !== undefined) {
      expect(h.start).toBeGreaterThanOrEqual(0);
      expect(h.end!).toBeGreaterThan(h.start);
      expect(h.end!).toBeLessThanOrEqual(body.length);
      // Never split a surrogate pair.
      for (const at of [h.start, h.end!]) {
        const code = body.charCodeAt(at);
        if (at > 0 && at < body.length) expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }
    }
  }
}

const letterish = fc.array(
  fc.oneof(
    fc.constantFrom('Hi Priya,', 'Thank you for the interview yesterday.', 'ASAP', 'salary', '[Company]', '!!', '😎', '\n', '\n\n', 'Best,\nSam', ' ', 'lol', 'I need an answer by Friday.', '‮', '\u200b', 'é', 'ﷺ', '日本語の面接', 'e\u0301', '\r\n', '\u0000', '"', '“quoted ASAP”'),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(' '));

describe('lint() properties', () => {
  it('never throws and returns well-formed, sorted hints for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), letterish), fc.option(fc.string({ maxLength: 40 })), (body, subject) => {
        const result = lint({ body, subject: subject ?? undefined, to: ['priya.raman@lumenhealth.com'], now: '2026-02-10T08:00:00Z' });
        checkWellFormed(body, result);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: identical input, identical result (cache or not)', () => {
    fc.assert(
      fc.property(letterish, (body) => {
        const draft = { body, to: ['priya.raman@lumenhealth.com'], interviewAt: '2026-02-09T13:00:00Z', now: '2026-02-10T08:00:00Z' };
        expect(lint(draft)).toEqual(lint(draft));
      }),
      { numRuns: 100 },
    );
  });

  it('handles a 1 MB paste (within the time a test allows) and stays well-formed', () => {
    const unit = 'Thank you for the interview yesterday. The dock scheduling project sounds great, please reply ASAP!! ';
    const body = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const result = lint({ body, now: '2026-02-10T08:00:00Z', interviewAt: '2026-02-09T13:00:00Z' });
    checkWellFormed(body, result);
    expect(result.hints.some((h) => h.rule === 'pushy' && h.start! > 900_000)).toBe(true);
  }, 120_000);

  it('CRLF bodies give the same hints as LF bodies, at CRLF offsets', () => {
    const lf = 'Hey Priya!\n\nThank you for yesterday. Please reply ASAP.\n\nSam';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = lint({ body: lf, now: '2026-02-10T08:00:00Z', interviewAt: '2026-02-09T13:00:00Z' });
    const b = lint({ body: crlf, now: '2026-02-10T08:00:00Z', interviewAt: '2026-02-09T13:00:00Z' });
    expect(b.hints.map((h) => h.rule)).toEqual(a.hints.map((h) => h.rule));
    for (const h of b.hints) if (h.start !== undefined) expect(crlf.slice(h.start, h.end)).not.toMatch(/^\n/);
  });
});

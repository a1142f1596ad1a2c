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

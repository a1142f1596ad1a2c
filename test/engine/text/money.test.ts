import { describe, expect, it } from 'vitest';
import { phrases } from '../../../src/engine/text/phrases';
import { fast } from '../../../src/engine/text/money';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('fast()', () => {
  it('matches what the Unicode regex matches on Latin-script text, word boundaries included', () => {
    const re = phrases('salary (range|band)?\n401\\(k\\)\nper diem\n(the|a) bonus\nmy * rate\ntime-off');
    const texts = [
      'What is the salary range? Is there a 401(k) and a per diem, or the bonus?',
      'Salaryman, Übersalary and salary-band are not words here; my day rate is.',
      'Café salary, naïve bonus: é before and after ésalary salaryé.',
      'The TIME-OFF policy and a Bonus.',
    ];
    const quick = fast(re);
    expect(quick.flags).not.toContain('u');
    for (const text of texts) expect(all(quick, text)).toEqual(all(re, text));
  });

  it('keeps \\p{L} inside and outside character classes, and refuses other properties', () => {
    expect(fast(/[\p{L}\p{N}_]+x(?![\p{L}])/giu).test('ab1_x')).toBe(true);
    expect(fast(/(?<![\p{L}])pay/giu).test('repay')).toBe(false);
    expect(() => fast(/\p{Lu}/u)).toThrow(/unsupported/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TERMS } from '../../../src/engine/data/money';
import { phrases } from '../../../src/engine/text/phrases';
import { fast, sentenceWords, triggerWords } from '../../../src/engine/text/money';

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

describe('trigger words', () => {
  it('every entry of a list leaves a word behind in what it matches', () => {
    const triggers = triggerWords('salary (range|band)?\n(my|your|the) pay\n401\\(k\\)\nhow much ... (earn|make)\nsign-on bonus\ncarer\'s leave');
    expect(triggers).not.toBeNull();
    const re = phrases('salary (range|band)?\n(my|your|the) pay\n401\\(k\\)\nhow much ... (earn|make)\nsign-on bonus\ncarer\'s leave');
    for (const text of ['Salary-wise, fine.', 'What is YOUR pay?', 'Is there a 401(k)?', 'how much would I earn', 'a sign‐on bonus', 'carer’s leave']) {
      expect(all(re, text).length, text).toBeGreaterThan(0);
      expect([...sentenceWords(text)].some((w) => triggers!.has(w)), text).toBe(true);
    }
    expect(triggerWords('* allowance\nmoney')).not.toBeNull();
    expect(triggerWords('{num}\nmoney')).toBeNull();
  });

  it('let through every sentence of the corpus in which a list of the money rule matches', () => {
    const root = new URL('../../corpus/', import.meta.url);
    const texts: string[] = [];
    for (const f of readdirSync(new URL('sentences/', root))) texts.push(...readFileSync(new URL(`sentences/${f}`, root), 'utf8').split('\n').map((l) => l.slice(l.indexOf('\t') + 1)));
    for (const f of readdirSync(root).filter((n) => n.endsWith('.txt'))) texts.push(...readFileSync(new URL(f, root), 'utf8').split(/(?<=[.?!])\s+|\n/));
    let matched = 0;
    for (const { pattern, triggers } of TERMS) {
      if (!triggers) continue;
      for (const text of texts) {
        pattern.lastIndex = 0;
        if (!pattern.test(text)) continue;
        matched++;
        expect([...sentenceWords(text)].some((w) => triggers.has(w)), text).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});

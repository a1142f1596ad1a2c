import { describe, expect, it } from 'vitest';
import { compileEntry, entries, phrases } from '../../../src/engine/text/phrases';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[0]);

describe('phrases()', () => {
  it('escapes every literal character', () => {
    const re = phrases('$95,000 (base)?\n401\\(k\\)\nc++ dev\nper diem.');
    expect(all(re, 'a $95,000 base, a 401(k), a c++ dev and per diem.')).toEqual(['$95,000 base', '401(k)', 'c++ dev', 'per diem.']);
    expect(all(re, 'a 401k and $95X000')).toEqual([]);
  });

  it('orders entries longest first, so the longest phrase at a place wins', () => {
    const re = phrases('salary\nsalary range\nsalary range for the role');
    expect(all(re, 'What is the salary range for the role?')).toEqual(['salary range for the role']);
    expect(all(re, 'the salary range?')).toEqual(['salary range']);
  });

  it('matches whole words only, any case, straight or curly apostrophes, hyphen variants', () => {
    const re = phrases("don't keep me waiting\nfollow-up\npay");
    expect(all(re, 'Don’t keep me waiting. A follow‐up. Payroll and paying, but pay.')).toEqual(['Don’t keep me waiting', 'follow‐up', 'pay']);
  });

  it('reads alternatives, optional groups, macros, a word wildcard and a gap', () => {
    const re = phrases('i (need|require) (an|your)? answer\nby {day}\nmy * email\nwhy ... heard', { day: '(?:monday|friday)' });
    expect(all(re, 'I need an answer. I require answer. By Friday. My last email. Why have I not heard')).toEqual([
      'I need an answer',
      'I require answer',
      'By Friday',
      'My last email',
      'Why have I not heard',
    ]);
    expect(all(re, 'by Sunday; why is it that after all this time nobody has heard')).toEqual([]);
  });

  it('skips comments and blank lines, and rejects mistakes', () => {
    expect(entries('# a list\n\n one \ntwo\n')).toEqual(['one', 'two']);
    expect(() => phrases('# only comments')).toThrow(/empty/);
    expect(() => phrases('by {nope}')).toThrow(/nope/);
    expect(() => compileEntry('(open')).toThrow(/unclosed/);
  });
});

describe('PhraseList', () => {
  const list = phrases('thank you\nmany thanks\n(grateful|obliged) (for|to)\n(really)? appreciate it');
  it('knows the words its matches begin with, and answers without the big expression when none is there', () => {
    expect(list.mayMatch('Nothing of that sort here.')).toBe(false);
    expect(list.mayMatch('I really do')).toBe(true);
    expect(list.test('Nothing of that sort here.')).toBe(false);
    expect(list.exec('nope')).toBeNull();
  });

  it('still finds every match, through test, exec, match and matchAll', () => {
    const text = 'Many thanks. I am grateful for it, and I appreciate it. Thank you!';
    expect([...text.matchAll(list)].map((m) => m[0])).toEqual(['Many thanks', 'grateful for', 'appreciate it', 'Thank you']);
    expect(text.match(list)).toEqual(['Many thanks', 'grateful for', 'appreciate it', 'Thank you']);
    list.lastIndex = 0;
    expect(list.test(text)).toBe(true);
    list.lastIndex = 0;
  });

  it('has no shortcut when an entry may begin with anything', () => {
    const open = phrases('* thanks\nthank you');
    expect(open.mayMatch('zzz')).toBe(true);
    expect([...'big thanks'.matchAll(open)].map((m) => m[0])).toEqual(['big thanks']);
  });
});

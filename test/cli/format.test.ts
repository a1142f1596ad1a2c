import { describe, expect, it } from 'vitest';
import { formatJson, formatStylish, shouldUseColor } from '../../src/cli/format';
import type { LintResult } from '../../src/engine/types';

const HINT_LINE = /^\s+\d+:\d+\s+(error|warning|info)\s+.+\s+[a-z]+$/;
const body = 'Hi Marta,\n\nPlease reply ASAP.\nMy salary expectations are 90k.';
const result: LintResult = {
  followUp: true,
  score: 41,
  hints: [
    { rule: 'gratitude', severity: 'error', message: 'Thank them\nfor their time.' },
    { rule: 'pushy', severity: 'warning', message: 'This sounds like a demand.', start: 24, end: 28 },
    { rule: 'money', severity: 'info', message: 'Leave pay for later.', start: 33, end: 39 },
  ],
};

describe('formatStylish', () => {
  const lines = formatStylish(result, body, 'drafts/marta.eml', false).split('\n');

  it('starts with the file name and prints one aligned line per hint', () => {
    expect(lines[0]).toBe('drafts/marta.eml');
    const hintLines = lines.slice(1, 4);
    for (const line of hintLines) expect(line).toMatch(HINT_LINE);
    const column = (needle: RegExp) => hintLines.map((line) => line.search(needle));
    expect(new Set(column(/error|warning|info/)).size).toBe(1);
    expect(new Set(column(/[a-z]+$/)).size).toBe(1);
  });

  it('gives 1-based line:col from the hint start, and 0:0 without a span', () => {
    expect(lines[1].trim().split(/\s+/)[0]).toBe('0:0');
    expect(lines[2].trim().split(/\s+/)[0]).toBe('3:14');
    expect(lines[3].trim().split(/\s+/)[0]).toBe('4:4');
    expect(body.slice(24, 28)).toBe('ASAP');
  });

  it('keeps each message on one line', () => {
    expect(lines[1]).toContain('Thank them for their time.');
  });

  it('ends with the counts and the score', () => {
    expect(lines.slice(-4)).toEqual([
      '',
      '✖ 3 problems (1 error, 1 warning, 1 info)',
      'score: 41/100 (follow-up: yes)',
      '',
    ]);
  });

  it('says so when there is nothing to report', () => {
    const text = formatStylish({ followUp: false, score: 100, hints: [] }, 'Lunch?', '<stdin>', false);
    expect(text).toBe('<stdin>\n\n✔ no problems\nscore: 100/100 (follow-up: no)\n');
  });

  it('colours only when asked, and the text is the same underneath', () => {
    const plain = formatStylish(result, body, 'x.txt', false);
    const coloured = formatStylish(result, body, 'x.txt', true);
    expect(plain).not.toContain('\x1b[');
    expect(coloured).toContain('\x1b[31merror');
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(plain);
  });

  it('clamps offsets beyond the body', () => {
    const text = formatStylish(
      { followUp: true, score: 90, hints: [{ rule: 'tone', severity: 'warning', message: 'm', start: 999, end: 1000 }] },
      'ab\ncd',
      'x',
      false,
    );
    expect(text.split('\n')[1]).toMatch(/^\s+2:3\s/);
  });
});

describe('formatJson', () => {
  it('prints the result as one JSON object', () => {
    expect(JSON.parse(formatJson(result))).toEqual(result);
  });
});

describe('shouldUseColor', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    [true, { FORCE_COLOR: '0' }, true],
    [true, { TERM: 'dumb' }, false],
  ])('TTY %s, env %j → %s', (isTTY, env, expected) => {
    expect(shouldUseColor({ isTTY }, env)).toBe(expected);
  });
});

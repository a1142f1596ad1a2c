import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import { carriedHint, clipForLint, hintAtOffset, isoFromLocalInput, isoFromLocalInputWithOffset, localInputFromIso, localIso, newComposeId, padForInsertion } from '../../src/content/draft.ts';
import type { Hint } from '../../src/engine/types.ts';

describe('clipForLint', () => {
  it('keeps short drafts whole and without a note', () => {
    expect(clipForLint('Hi Priya')).toEqual({ text: 'Hi Priya' });
  });
  it('cuts long drafts and says so', () => {
    const { text, note } = clipForLint('a'.repeat(25_000));
    expect(text.length).toBe(10_000);
    expect(note).toMatch(/10,000/);
  });
  it('does not split a surrogate pair', () => {
    const { text } = clipForLint('a'.repeat(9) + '😀' + 'b', 10);
    expect(text).toBe('a'.repeat(9));
  });
});

describe('hintAtOffset', () => {
  const hint = (rule: string, start?: number, end?: number): Hint => ({ rule, severity: 'warning', message: '', start, end });
  const hints = [hint('gratitude'), hint('pushy', 10, 14), hint('money', 5, 30)];
  it('finds the narrowest hint holding the caret, end inclusive', () => {
    expect(hintAtOffset(hints, 12)?.rule).toBe('pushy');
    expect(hintAtOffset(hints, 14)?.rule).toBe('pushy');
    expect(hintAtOffset(hints, 20)?.rule).toBe('money');
    expect(hintAtOffset(hints, 31)).toBeNull();
    expect(hintAtOffset([hint('gratitude')], 0)).toBeNull();
  });
});

describe('interview date conversions', () => {
  it('round-trips a datetime-local value through ISO', () => {
    const iso = isoFromLocalInput('2026-02-09T13:00');
    expect(iso).toBe(new Date(2026, 1, 9, 13, 0).toISOString());
    expect(localInputFromIso(iso)).toBe('2026-02-09T13:00');
  });
  it('gives nothing for empty or invalid input', () => {
    expect(isoFromLocalInput('')).toBeUndefined();
    expect(isoFromLocalInput('tomorrow-ish')).toBeUndefined();
    expect(localInputFromIso('')).toBe('');
    expect(localInputFromIso('nope')).toBe('');
  });
});

describe('padForInsertion', () => {
  it('adds line breaks only where the text would run into words', () => {
    expect(padForInsertion('', 0, 'X')).toBe('X');
    expect(padForInsertion('Hi\n', 3, 'X')).toBe('X');
    expect(padForInsertion('Hi there', 2, 'X')).toBe('\nX\n');
    expect(padForInsertion('Hi\nthere', 0, 'X')).toBe('X\n');
    expect(padForInsertion('Hi', 2, 'X')).toBe('\nX');
  });
});

describe('newComposeId', () => {
  it('is unique on the page', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newComposeId()));
    expect(ids.size).toBe(100);
    expect([...ids][0]).toMatch(/^fc-\d+-[a-z0-9]+$/);
  });
});

describe('carriedHint', () => {
  const hint = (rule: string, start: number, end: number): Hint => ({ rule, severity: 'warning', message: rule, start, end });
  it('finds the new hint with the same rule and span, or none', () => {
    const now = [hint('tone', 0, 3), hint('pushy', 10, 14)];
    expect(carriedHint(now, hint('pushy', 10, 14))).toBe(now[1]);
    expect(carriedHint(now, hint('pushy', 10, 15))).toBeNull();
    expect(carriedHint(now, hint('money', 10, 14))).toBeNull();
    expect(carriedHint(now, null)).toBeNull();
  });
});

describe('localIso', () => {
  const savedZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedZone;
  });

  it.each([
    ['America/New_York', '2026-03-04T23:00:00Z', '2026-03-04T18:00:00-05:00'],
    ['America/New_York', '2026-07-04T23:00:30Z', '2026-07-04T19:00:30-04:00'],
    ['Asia/Kolkata', '2026-03-04T23:00:00Z', '2026-03-05T04:30:00+05:30'],
    ['UTC', '2026-03-04T23:00:00Z', '2026-03-04T23:00:00+00:00'],
  ])('in %s, %s is %s (the same instant, the local offset)', (zone, iso, local) => {
    process.env.TZ = zone;
    expect(localIso(Date.parse(iso))).toBe(local);
    expect(Date.parse(localIso(Date.parse(iso)))).toBe(Date.parse(iso));
  });

  it('reads a datetime-local value as local time with its offset', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(isoFromLocalInputWithOffset('2026-02-10T08:00')).toBe('2026-02-10T08:00:00-08:00');
    expect(isoFromLocalInputWithOffset('')).toBeUndefined();
    expect(isoFromLocalInputWithOffset('not a date')).toBeUndefined();
  });
});

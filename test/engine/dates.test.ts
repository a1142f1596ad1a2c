import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  dayFromYmd,
  describeDay,
  findDates,
  formatIso,
  isoOffset,
  nextBusinessDay,
  phraseEnd,
  phraseStart,
  weekdayOf,
  ymd,
} from '../../src/engine/dates';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y, m - 1, d);
};
const iso = (n: number) => {
  const { year, month, date } = ymd(n);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
};

/** Monday 2 March 2026, 10:00 in New York (UTC-5). */
const MONDAY = Date.parse('2026-03-02T10:00:00-05:00');
const NY = -300;

function read(text: string, ref = MONDAY, offset = NY) {
  return findDates(text, ref, offset).map((p) => ({
    text: p.text,
    first: iso(p.firstDay),
    last: iso(p.lastDay),
    ...(p.minutes !== undefined ? { time: `${Math.floor(p.minutes / 60)}:${String(p.minutes % 60).padStart(2, '0')}` } : {}),
  }));
}

describe('calendar', () => {
  it('knows weekdays and skips weekends when counting business days', () => {
    expect(weekdayOf(day('2026-03-02'))).toBe(1);
    expect(weekdayOf(day('2026-03-07'))).toBe(6);
    expect(iso(nextBusinessDay(day('2026-03-13')))).toBe('2026-03-16'); // Friday → Monday
    expect(iso(nextBusinessDay(day('2026-03-10')))).toBe('2026-03-11');
    expect(iso(addBusinessDays(day('2026-03-02'), 10))).toBe('2026-03-16');
    expect(iso(addBusinessDays(day('2026-03-06'), 1))).toBe('2026-03-09');
    expect(iso(addBusinessDays(day('2026-03-07'), 0))).toBe('2026-03-07');
  });

  it('reads the offset written in an ISO string', () => {
    expect(isoOffset('2026-03-02T10:00:00Z')).toBe(0);
    expect(isoOffset('2026-03-02T10:00:00-05:00')).toBe(-300);
    expect(isoOffset('2026-03-02T10:00:00+0530')).toBe(330);
    expect(isoOffset('2026-03-02T10:00:00.000+01:00')).toBe(60);
    expect(isoOffset('2026-03-02')).toBe(0);
    expect(isoOffset('not a date')).toBeNull();
    expect(isoOffset(undefined)).toBeNull();
  });

  it('writes ISO strings in a given offset, and short day names', () => {
    expect(formatIso(Date.parse('2026-03-13T17:00:00Z'), -300)).toBe('2026-03-13T12:00:00-05:00');
    expect(formatIso(Date.parse('2026-03-13T17:00:00Z'), 0)).toBe('2026-03-13T17:00:00Z');
    expect(formatIso(Date.parse('2026-03-13T23:30:00Z'), 330)).toBe('2026-03-14T05:00:00+05:30');
    expect(describeDay(day('2026-03-13'))).toBe('Fri 13 Mar');
  });
});

describe('findDates: one date', () => {
  it.each([
    ['Tuesday, March 3 at 2:00 PM', '2026-03-03', '14:00'],
    ['3 March 2026', '2026-03-03', undefined],
    ['March 3rd', '2026-03-03', undefined],
    ['Mar. 13', '2026-03-13', undefined],
    ['Friday, March 13, 2026', '2026-03-13', undefined],
    ['the 3rd of March', '2026-03-03', undefined],
    ['Thu 5 Mar, 14:00', '2026-03-05', '14:00'],
    ['03/03', '2026-03-03', undefined],
    ['3/3/2026', '2026-03-03', undefined],
    ['13/3/2026', '2026-03-13', undefined],
    ['2026-03-16', '2026-03-16', undefined],
    ['the 13th', '2026-03-13', undefined],
    ['tomorrow', '2026-03-03', undefined],
    ['tomorrow at 9:30 am', '2026-03-03', '9:30'],
    ['today', '2026-03-02', undefined],
    ['the day after tomorrow', '2026-03-04', undefined],
    ['Thursday', '2026-03-05', undefined],
    ['on Monday', '2026-03-09', undefined],
    ['this Monday', '2026-03-02', undefined],
    ['next Tuesday', '2026-03-10', undefined],
    ['next Friday', '2026-03-13', undefined],
    ['last Friday', '2026-02-27', undefined],
    ['2 PM on Wednesday', '2026-03-04', '14:00'],
    ['Wednesday at noon', '2026-03-04', '12:00'],
    ['December 30', '2025-12-30', undefined],
  ])('%s', (text, first, time) => {
    const [p] = read(text);
    expect(p).toMatchObject({ text, first, last: first, ...(time ? { time } : {}) });
    if (!time) expect(p.time).toBeUndefined();
  });

  it('"the 13th" after the 13th is next month’s', () => {
    expect(read('by the 13th', MONDAY + 15 * 86_400_000)[0]).toMatchObject({ first: '2026-04-13' });
  });

  it('a month-day is read in the year nearest the message', () => {
    const jan5 = Date.parse('2026-01-05T10:00:00Z');
    expect(read('December 30', jan5, 0)[0].first).toBe('2025-12-30');
    expect(read('January 10', Date.parse('2025-12-20T10:00:00Z'), 0)[0].first).toBe('2026-01-10');
  });

  it('weekdays resolve against the message’s own day, in its own time zone', () => {
    // 02:00 UTC on Saturday is still Friday evening in New York: "Monday" is three days on, not two.
    const fridayNight = Date.parse('2026-03-07T02:00:00Z');
    expect(read('Monday', fridayNight, NY)[0].first).toBe('2026-03-09');
    expect(read('tomorrow', fridayNight, NY)[0].first).toBe('2026-03-07');
    expect(read('tomorrow', fridayNight, 0)[0].first).toBe('2026-03-08');
  });

  it('a time zone the phrase names wins over the message’s', () => {
    const [p] = findDates('Tuesday, March 3 at 2:00 PM EST', MONDAY, 60);
    expect(new Date(phraseStart(p)).toISOString()).toBe('2026-03-03T19:00:00.000Z');
    const [summer] = findDates('June 9 at 10:30 AM ET', MONDAY, 0);
    expect(new Date(phraseStart(summer)).toISOString()).toBe('2026-06-09T14:30:00.000Z');
    const [gmt] = findDates('Thursday 5 March, 14:00 GMT', MONDAY, NY);
    expect(new Date(phraseStart(gmt)).toISOString()).toBe('2026-03-05T14:00:00.000Z');
  });

  it('a date without a time starts at noon of its day', () => {
    const [p] = findDates('Friday, March 13', MONDAY, NY);
    expect(formatIso(phraseStart(p), NY)).toBe('2026-03-13T12:00:00-05:00');
  });
});

describe('findDates: windows', () => {
  it.each([
    ['next week', '2026-03-09', '2026-03-13'],
    ['early next week', '2026-03-09', '2026-03-10'],
    ['by the end of next week', '2026-03-12', '2026-03-13'],
    ['this week', '2026-03-02', '2026-03-06'],
    ['by the end of the week', '2026-03-05', '2026-03-06'],
    ['the week of March 16', '2026-03-16', '2026-03-20'],
    ['by end of the month', '2026-03-29', '2026-03-31'],
    ['by the end of this month', '2026-03-29', '2026-03-31'],
    ['next month', '2026-04-01', '2026-04-30'],
    ['mid-March', '2026-03-10', '2026-03-20'],
    ['early April', '2026-04-01', '2026-04-10'],
    ['within two weeks', '2026-03-02', '2026-03-16'],
    ['in two weeks', '2026-03-16', '2026-03-16'],
    ["in two weeks' time", '2026-03-16', '2026-03-16'],
    ['in 7–10 business days', '2026-03-11', '2026-03-16'],
    ['in 7-10 business days', '2026-03-11', '2026-03-16'],
    ['within 5 working days', '2026-03-02', '2026-03-09'],
    ['over the next 10 days', '2026-03-02', '2026-03-12'],
    ['in the next two weeks', '2026-03-02', '2026-03-16'],
    ['in a week or two', '2026-03-09', '2026-03-16'],
    ['it takes us about 7-10 business days', '2026-03-11', '2026-03-16'],
    ['in a couple of weeks', '2026-03-16', '2026-03-16'],
    ['in the next few days', '2026-03-02', '2026-03-05'],
  ])('%s', (text, first, last) => {
    const found = read(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ first, last });
    expect(text).toContain(found[0].text);
  });

  it('the end of a window is when they said they would be done', () => {
    const [p] = findDates('you will hear from us next week', MONDAY, NY);
    expect(formatIso(phraseEnd(p), NY)).toBe('2026-03-13T12:00:00-05:00');
  });

  it('business days from a Friday skip the weekend', () => {
    const friday = Date.parse('2026-03-06T15:00:00Z');
    expect(read('within 3 business days', friday, 0)[0]).toMatchObject({ first: '2026-03-06', last: '2026-03-11' });
  });
});

describe('findDates: not dates', () => {
  it.each([
    'We may decide soon.',
    'Our team offers 24/7 support.',
    'About 3.5 days of work',
    'I am in the office.',
    'The May release shipped.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('finds several dates in one sentence, in order', () => {
    expect(read('We interview on Tuesday, March 3 at 2:00 PM and expect to decide by Friday, March 13.').map((p) => p.first)).toEqual(['2026-03-03', '2026-03-13']);
  });

  it('never throws on odd input', () => {
    expect(findDates('', MONDAY, 0)).toEqual([]);
    expect(findDates('March 32, 2/30/2026, the 45th', MONDAY, 0)).toEqual([]);
    expect(findDates('March 3', Number.NaN, 0)).toEqual([]);
  });
});

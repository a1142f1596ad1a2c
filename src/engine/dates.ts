// Dates as people write them in mail ("Tuesday, March 3 at 2:00 PM", "3/3/2026", "the 13th", "next week", "within
// two weeks", "in 7–10 business days"), resolved against the date of the message that says them, in that message's own
// time zone. Plain regexes and calendar arithmetic: no NLP, so reading a whole thread costs little.
//
// Every phrase resolves to a window of days [firstDay, lastDay] on the local calendar of `offset` (minutes east of UTC),
// and, when it names one, a time of day. A single date is a window of one day; "next week" is Monday to Friday of the
// next week; "within two weeks" runs from the message's day to fourteen days later. Weekdays count forward from the
// message's day ("Tuesday" is the next Tuesday, "next Tuesday" the Tuesday of next week); business days skip weekends.

export const MINUTE = 60_000;
export const DAY_MS = 24 * 60 * MINUTE;

/** Minutes east of UTC written in an ISO string: "…Z" → 0, "…-05:00" → -300; a date-time without a zone is local time. */
export function isoOffset(iso: string | undefined): number | null {
  if (typeof iso !== 'string') return null;
  const t = iso.trim();
  const zone = /(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i.exec(t);
  if (zone) {
    if (/^z$/i.test(zone[1])) return 0;
    const sign = zone[1][0] === '-' ? -1 : 1;
    const digits = zone[1].slice(1).replace(':', '');
    return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
  }
  const ms = Date.parse(t);
  if (!Number.isFinite(ms)) return null;
  // A date alone is read as UTC by Date.parse; a date-time without a zone as the machine's local time.
  return /[T ]\d{2}:\d{2}/.test(t) ? -new Date(ms).getTimezoneOffset() : 0;
}

/** The local day number (days since 1970-01-01 on the calendar of `offset`) of an instant. */
export function dayOf(ms: number, offset: number): number {
  return Math.floor((ms + offset * MINUTE) / DAY_MS);
}

/** Minutes past local midnight of an instant. */
export function minutesOf(ms: number, offset: number): number {
  const local = ms + offset * MINUTE;
  return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE);
}

/** The instant of `minutes` past local midnight of `day`. */
export function instantOf(day: number, minutes: number, offset: number): number {
  return day * DAY_MS + (minutes - offset) * MINUTE;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isBusinessDay(day: number): boolean {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6;
}

/** `day` itself when it is a business day, else the Monday after. */
export function businessDayFrom(day: number): number {
  let d = day;
  while (!isBusinessDay(d)) d++;
  return d;
}

/** The first business day after `day`. */
export function nextBusinessDay(day: number): number {
  return businessDayFrom(day + 1);
}

/** `n` business days after `day` (weekends skipped; n = 0 gives `day` itself). */
export function addBusinessDays(day: number, n: number): number {
  let d = day;
  for (let left = n; left > 0; ) {
    d++;
    if (isBusinessDay(d)) left--;
  }
  return d;
}

export function ymd(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
}

/** The day number of a calendar date; `month` 0–11 (may overflow into the next year, as Date.UTC does). */
export function dayFromYmd(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month, date) / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the offset written out: "2026-03-13T12:00:00-05:00" ("…Z" at offset 0). */
export function formatIso(ms: number, offset: number): string {
  const day = dayOf(ms, offset);
  const { year, month, date } = ymd(day);
  const minutes = minutesOf(ms, offset);
  const seconds = Math.floor((((ms + offset * MINUTE) % MINUTE) + MINUTE) % MINUTE / 1000);
  const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(date)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(seconds)}${zone}`;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri 13 Mar" for messages. */
export function describeDay(day: number): string {
  const { month, date } = ymd(day);
  return `${WEEKDAY_NAMES[weekdayOf(day)]} ${date} ${MONTH_NAMES[month]}`;
}

/** "Fri 13 Mar, 9:00" (24-hour clock) for messages. */
export function describeTime(ms: number, offset: number): string {
  const minutes = minutesOf(ms, offset);
  return `${describeDay(dayOf(ms, offset))}, ${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Phrases

export interface DatePhrase {
  /** Offsets into the text given to findDates(). */
  start: number;
  end: number;
  text: string;
  /** First and last local day of what the phrase names (equal for one date). */
  firstDay: number;
  lastDay: number;
  /** Minutes past midnight when the phrase names a time ("at 2:00 PM"). */
  minutes?: number;
  /** The calendar the days are on, minutes east of UTC: the message's, or the zone the phrase names ("2 PM EST"). */
  offset: number;
  /** A stretch of days ("next week", "within two weeks") rather than one date. */
  window: boolean;
  /** Counted from the message's day ("tomorrow", "Friday", "next week"), not a calendar date ("March 13"). */
  relative: boolean;
}

/** The instant a phrase starts: its time, or noon of its first day (noon keeps the day when shown in nearby zones). */
export function phraseStart(p: DatePhrase): number {
  return instantOf(p.firstDay, p.minutes ?? 12 * 60, p.offset);
}

/** The instant a phrase ends: its time, or noon of its last day. */
export function phraseEnd(p: DatePhrase): number {
  return instantOf(p.lastDay, p.minutes !== undefined && p.firstDay === p.lastDay ? p.minutes : 12 * 60, p.offset);
}

const WEEKDAY_WORDS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
const MONTH_WORDS: Record<string, number> = {
  january: 0, jan: 0, february: 1, feb: 1, march: 2, mar: 2, april: 3, apr: 3, may: 4, june: 5, jun: 5,
  july: 6, jul: 6, august: 7, aug: 7, september: 8, sep: 8, sept: 8, october: 9, oct: 9, november: 10, nov: 10,
  december: 11, dec: 11,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
  'a couple of': 2, 'a couple': 2, 'couple of': 2, 'a few': 3, few: 3, several: 4,
};
/** US zone abbreviations with their daylight-saving twins; ET/CT/MT/PT follow the US rule for the date. */
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, ist: 330, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};
const US_GENERIC_ZONES: Record<string, number> = { et: -300, ct: -360, mt: -420, pt: -480 };

const WD = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?`;
const WD_FULL = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const MON = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
// "May" stays a month only next to a day number; the bare-month forms below exclude it.
const MON_NOT_MAY = String.raw`(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const ORD = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const COUNT = String.raw`(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|(?:a )?couple(?: of)?|(?:a )?few|several)`;
const UNIT = String.raw`(business |working )?(days?|weeks?|months?)`;
const EDGE = String.raw`(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of)`;

interface Form {
  pattern: RegExp;
  /** Whether the form counts from the message's day. */
  relative: boolean;
  resolve(m: RegExpExecArray, ctx: Context): Omit<DatePhrase, 'start' | 'end' | 'text' | 'offset' | 'relative'> | null;
}

interface Context {
  /** The message's local day. */
  today: number;
  year: number;
  month: number;
}

const one = (day: number) => ({ firstDay: day, lastDay: day, window: false });
const span = (firstDay: number, lastDay: number) => ({ firstDay, lastDay: Math.max(firstDay, lastDay), window: true });

function countOf(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w] ?? NUMBER_WORDS[w.replace(/ of$/, '')] ?? 1;
}

/** The year that puts month/date nearest the message's day (ties go forward). */
function nearestYear(ctx: Context, month: number, date: number): number | null {
  let best: number | null = null;
  for (const year of [ctx.year - 1, ctx.year, ctx.year + 1]) {
    if (date > daysInMonth(year, month)) continue;
    const day = dayFromYmd(year, month, date);
    if (best === null || Math.abs(day - ctx.today) < Math.abs(best - ctx.today) || (Math.abs(day - ctx.today) === Math.abs(best - ctx.today) && day > best)) best = day;
  }
  return best;
}

function calendarDay(ctx: Context, month: number, date: number, yearText: string | undefined): number | null {
  if (month < 0 || month > 11 || date < 1 || date > 31) return null;
  if (yearText) {
    let year = Number(yearText);
    if (yearText.length === 2) year += 2000;
    if (date > daysInMonth(year, month)) return null;
    return dayFromYmd(year, month, date);
  }
  return nearestYear(ctx, month, date);
}

/** Monday of the week holding `day` (weeks run Monday to Sunday). */
function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** The first day of month `month` (may be 12 = next January) of `year`, and its last. */
function monthSpan(year: number, month: number): [number, number] {
  const first = dayFromYmd(year, month, 1);
  const { year: y, month: m } = ymd(first);
  return [first, dayFromYmd(y, m, daysInMonth(y, m))];
}

/** Part of a window: "early", "mid", "late", "end of", "beginning of". */
function edgeOf(edge: string | undefined, first: number, last: number, isWeek: boolean): [number, number] {
  const e = (edge ?? '').toLowerCase().replace(/^the /, '');
  if (!e) return [first, last];
  if (isWeek) {
    if (/^(?:early|beginning of|start of)$/.test(e)) return [first, first + 1];
    if (/^(?:mid|middle of)$/.test(e)) return [first + 2, first + 2];
    return [last - 1, last]; // late, end of: Thursday–Friday
  }
  const length = last - first + 1;
  if (/^(?:early|beginning of|start of)$/.test(e)) return [first, first + Math.min(9, length - 1)];
  if (/^(?:mid|middle of)$/.test(e)) return [first + 9, first + 19];
  if (e === 'late') return [first + 20, last];
  return [last - 2, last]; // end of
}

function weekday(word: string): number {
  return WEEKDAY_WORDS[word.toLowerCase().replace(/\.$/, '')] ?? -1;
}

/** A weekday counted from the message's day: plain and "on/by/coming" the next one, "this" this week's (or today), "next" next week's, "last" the one before. */
function resolveWeekday(ctx: Context, wd: number, modifier: string): number {
  const m = modifier.toLowerCase();
  const ahead = (wd - weekdayOf(ctx.today) + 7) % 7;
  if (m === 'last' || m === 'this past' || m === 'past') return ctx.today - (ahead === 0 ? 7 : 7 - ahead);
  if (m === 'next') return mondayOf(ctx.today) + 7 + ((wd + 6) % 7);
  if (m === 'this') return ctx.today + ahead;
  return ctx.today + (ahead === 0 ? 7 : ahead);
}

const FORMS: Form[] = [
  // ISO: 2026-03-13
  {
    relative: false,
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
      if (mo > 11 || d < 1 || d > daysInMonth(y, mo)) return null;
      return one(dayFromYmd(y, mo, d));
    },
  },
  // [Tuesday,] March 3[rd][, 2026]
  {
    relative: false,
    pattern: new RegExp(String.raw`\b(?:${WD},?\s+(?:the\s+)?)?(${MON})\s+${ORD}\b(?!:)(?:,?\s+(\d{4})\b)?`, 'gi'),
    resolve: (m, ctx) => {
      const day = calendarDay(ctx, MONTH_WORDS[m[1].toLowerCase().replace(/\.$/, '')], Number(m[2]), m[3]);
      return day === null ? null : one(day);
    },
  },
  // [Tue] 3[rd] [of] March [2026]
  {
    relative: false,
    pattern: new RegExp(String.raw`\b(?:${WD},?\s+)?(?:the\s+)?${ORD}\s+(?:of\s+)?(${MON})(?:,?\s+(\d{4})\b)?(?![\p{L}])`, 'giu'),
    resolve: (m, ctx) => {
      const day = calendarDay(ctx, MONTH_WORDS[m[2].toLowerCase().replace(/\.$/, '')], Number(m[1]), m[3]);
      return day === null ? null : one(day);
    },
  },
  // [Tue] 3/3[/2026]: month first (US), unless the first number cannot be a month.
  {
    relative: false,
    pattern: new RegExp(String.raw`\b(?:${WD},?\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])`, 'gi'),
    resolve: (m, ctx) => {
      let month = Number(m[1]);
      let date = Number(m[2]);
      if (m[0].endsWith('24/7') || month === 0 || date === 0) return null;
      if (month > 12 && date <= 12) [month, date] = [date, month];
      const day = calendarDay(ctx, month - 1, date, m[3]);
      return day === null ? null : one(day);
    },
  },
  // the 13th (this month's, or next month's once it has passed)
  {
    relative: true,
    pattern: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/gi,
    resolve: (m, ctx) => {
      const date = Number(m[1]);
      if (date < 1 || date > 31) return null;
      for (let k = 0; k < 3; k++) {
        const { year, month } = ymd(dayFromYmd(ctx.year, ctx.month + k, 1));
        if (date > daysInMonth(year, month)) continue;
        const day = dayFromYmd(year, month, date);
        if (day >= ctx.today) return one(day);
      }
      return null;
    },
  },
  // today, tonight, tomorrow, the day after tomorrow, yesterday
  {
    relative: true,
    pattern: /\b(?:(the day after tomorrow)|(tomorrow)|(today|tonight|this (?:morning|afternoon|evening))|((?:the )?day before yesterday)|(yesterday))\b/gi,
    resolve: (m, ctx) => one(ctx.today + (m[1] ? 2 : m[2] ? 1 : m[3] ? 0 : m[4] ? -2 : -1)),
  },
  // the week of March 16
  {
    relative: false,
    pattern: new RegExp(String.raw`\b(?:the\s+)?week\s+of\s+(?:(?:${WD},?\s+)?(${MON})\s+${ORD}|${ORD}\s+(?:of\s+)?(${MON}))\b`, 'gi'),
    resolve: (m, ctx) => {
      const month = MONTH_WORDS[(m[1] ?? m[4]).toLowerCase().replace(/\.$/, '')];
      const day = calendarDay(ctx, month, Number(m[2] ?? m[3]), undefined);
      if (day === null) return null;
      const monday = mondayOf(day);
      return span(monday, monday + 4);
    },
  },
  // early next week, this week, the end of the week, the following week
  {
    relative: true,
    pattern: new RegExp(String.raw`\b(?:${EDGE}[\s-]+)?(this|next|the following|the coming|coming|following)\s+week\b(?!\s+of\b)|\b${EDGE}[\s-]+the\s+week\b(?!\s+of\b)`, 'gi'),
    resolve: (m, ctx) => {
      const which = (m[2] ?? 'this').toLowerCase();
      const edge = m[1] ?? m[3];
      const thisMonday = mondayOf(ctx.today);
      // "the coming week" said at the weekend is the week that starts on Monday.
      const next = which === 'next' || which === 'following' || which === 'the following' || (/coming/.test(which) && (weekdayOf(ctx.today) === 0 || weekdayOf(ctx.today) >= 5));
      const monday = next ? (weekdayOf(ctx.today) === 0 && /coming/.test(which) ? ctx.today + 1 : thisMonday + 7) : thisMonday;
      let [first, last] = edgeOf(edge, monday, monday + 4, true);
      if (!next) {
        if (last < ctx.today) return null;
        first = Math.max(first, ctx.today);
      }
      return span(first, last);
    },
  },
  // end of the month, next month, mid-March, early April
  {
    relative: true,
    pattern: new RegExp(
      String.raw`\b(?:${EDGE}[\s-]+)?(this|next|the following)\s+month\b|\b${EDGE}[\s-]+the\s+month\b|\b${EDGE}[\s-]+(${MON_NOT_MAY}|may)(?![\s.]*\d)(?:\s+(\d{4}))?(?![\p{L}])`,
      'giu',
    ),
    resolve: (m, ctx) => {
      let year = ctx.year;
      let month = ctx.month;
      let edge: string | undefined;
      let thisMonth = false;
      if (m[2]) {
        edge = m[1];
        if (/next|following/i.test(m[2])) month += 1;
        else thisMonth = true;
      } else if (m[3]) {
        edge = m[3];
        thisMonth = true;
      } else {
        edge = m[4];
        month = MONTH_WORDS[m[5].toLowerCase().replace(/\.$/, '')];
        if (m[6]) year = Number(m[6]);
        else if (month < ctx.month) year += 1;
      }
      const [first, last] = monthSpan(year, month);
      let [from, to] = edgeOf(edge, first, last, false);
      if (thisMonth) {
        if (to < ctx.today) return null;
        from = Math.max(from, ctx.today);
      }
      return span(from, to);
    },
  },
  // within two weeks, in 7–10 business days, over the next 10 days, in a week or two, in a couple of weeks
  {
    relative: true,
    pattern: new RegExp(
      String.raw`\b(within|in|over|during|after|takes?|take|about|approximately|around|roughly)\s+(?:(?:us|me|them|about|around|roughly|approximately|up to)\s+)*(?:the\s+)?(?:next\s+|coming\s+|following\s+)?${COUNT}(?:\s*(?:-|–|—|to|or)\s*${COUNT})?\s+${UNIT}(?:\s+or\s+(two|three|so))?(?:['’]s?\s+time)?\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const lead = m[1].toLowerCase();
      const low = countOf(m[2]);
      const high = m[3] ? countOf(m[3]) : m[6] && m[6] !== 'so' ? countOf(m[6]) : m[6] === 'so' ? low + 1 : low;
      if (high < low || high > 400) return null;
      const business = !!m[4];
      const unit = m[5].toLowerCase().replace(/s$/, '');
      const after = (n: number): number => {
        if (unit === 'month') {
          const { year, month, date } = ymd(ctx.today);
          return dayFromYmd(year, month + n, Math.min(date, daysInMonth(ymd(dayFromYmd(year, month + n, 1)).year, ymd(dayFromYmd(year, month + n, 1)).month)));
        }
        const days = unit === 'week' ? 7 * n : n;
        return business ? addBusinessDays(ctx.today, unit === 'week' ? 5 * n : n) : ctx.today + days;
      };
      const wholeStretch = lead === 'within' || lead === 'over' || lead === 'during' || /next|coming|following/i.test(m[0]);
      return span(wholeStretch ? ctx.today : after(low), after(high));
    },
  },
  // [next|this|last|on|by] Tuesday
  {
    relative: true,
    pattern: new RegExp(String.raw`\b(?:(next|this|last|this past|coming|on|by|until|before)\s+)?(${WD_FULL})\b`, 'gi'),
    resolve: (m, ctx) => one(resolveWeekday(ctx, weekday(m[2]), m[1] ?? '')),
  },
];

const TIME = new RegExp(
  [
    // 2:00 PM, 2pm, 10.30 a.m., 2–3 pm; optional zone
    String.raw`\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:(?:-|–|—|to)\s*\d{1,2}(?:[:.]\d{2})?\s*)?(a\.?m\.?|p\.?m\.?)(?![\p{L}])`,
    // 14:00, 9:30 (a colon and minutes, no am/pm)
    String.raw`\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*(?:a\.?m|p\.?m))`,
    String.raw`\b(noon|midday)\b`,
  ]
    .map((source) => `(?:${source})`)
    .join('|')
    .replace(/^/, '(?:')
    .concat(')') + String.raw`(?:\s*\(?\b(utc|gmt|z|bst|cet|cest|eet|eest|ist|aest|aedt|nzst|nzdt|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|mt|pt)\b\)?|\s*(?:utc|gmt)\s*([+-]\d{1,2})(?::?(\d{2}))?)?`,
  'giu',
);

/** Is a US date in daylight-saving time (second Sunday of March to first Sunday of November)? */
function usDaylight(day: number): boolean {
  const { year } = ymd(day);
  const march = dayFromYmd(year, 2, 1);
  const start = march + ((7 - weekdayOf(march)) % 7) + 7;
  const november = dayFromYmd(year, 10, 1);
  const end = november + ((7 - weekdayOf(november)) % 7);
  return day >= start && day < end;
}

interface TimeMatch {
  start: number;
  end: number;
  minutes: number;
  zone?: (day: number) => number;
}

function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  TIME.lastIndex = 0;
  for (const m of text.matchAll(TIME)) {
    let minutes: number;
    if (m[3]) {
      let hour = Number(m[1]);
      if (hour < 1 || hour > 12) continue;
      if (/^p/i.test(m[3]) && hour !== 12) hour += 12;
      if (/^a/i.test(m[3]) && hour === 12) hour = 0;
      minutes = hour * 60 + Number(m[2] ?? 0);
    } else if (m[4]) {
      let hour = Number(m[4]);
      // "at 2:30" in a mail about a meeting means the afternoon.
      if (hour >= 1 && hour <= 7) hour += 12;
      minutes = hour * 60 + Number(m[5]);
    } else if (m[6]) minutes = 12 * 60;
    else continue;
    let zone: TimeMatch['zone'];
    const abbreviation = m[7]?.toLowerCase();
    if (abbreviation && abbreviation in ZONES) zone = () => ZONES[abbreviation];
    else if (abbreviation && abbreviation in US_GENERIC_ZONES) zone = (day) => US_GENERIC_ZONES[abbreviation] + (usDaylight(day) ? 60 : 0);
    else if (m[8]) zone = () => Number(m[8]) * 60 + Math.sign(Number(m[8]) || 1) * Number(m[9] ?? 0);
    out.push({ start: m.index!, end: m.index! + m[0].length, minutes, zone });
  }
  return out;
}

/** Text between a date and a time that still joins them: "at", "from", a comma, "on". */
const JOINER = /^[\s,]*(?:(?:at|from|@|on|,|between|starting at|beginning at)\s*)*$/i;

/**
 * Every date phrase in `text`, resolved against the instant `reference` (the message's date) on the calendar of `offset`
 * (minutes east of UTC). Sorted by position; overlapping readings keep the longest.
 */
export function findDates(text: string, reference: number, offset: number): DatePhrase[] {
  if (!text || !Number.isFinite(reference)) return [];
  const today = dayOf(reference, offset);
  const { year, month } = ymd(today);
  const ctx: Context = { today, year, month };
  const found: DatePhrase[] = [];
  for (const form of FORMS) {
    form.pattern.lastIndex = 0;
    for (const m of text.matchAll(form.pattern)) {
      const resolved = form.resolve(m as RegExpExecArray, ctx);
      if (!resolved) continue;
      found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], offset, relative: form.relative, ...resolved });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DatePhrase[] = [];
  for (const p of found) {
    const last = kept[kept.length - 1];
    if (last && p.start < last.end) {
      if (p.end - p.start > last.end - last.start) kept[kept.length - 1] = p;
      continue;
    }
    kept.push(p);
  }
  // Attach a time of day to the one-day phrase it belongs to: "Tuesday, March 3 at 2:00 PM", "2 PM on Tuesday".
  const times = findTimes(text);
  for (const t of times) {
    let best: DatePhrase | undefined;
    let bestGap = Infinity;
    for (const p of kept) {
      if (p.window || p.minutes !== undefined) continue;
      const between = t.start >= p.end ? text.slice(p.end, t.start) : p.start >= t.end ? text.slice(t.end, p.start) : null;
      if (between === null || between.length > 16 || !JOINER.test(between)) continue;
      if (between.length < bestGap) {
        best = p;
        bestGap = between.length;
      }
    }
    if (!best) continue;
    best.minutes = t.minutes;
    if (t.zone) {
      const zone = t.zone(best.firstDay);
      best.offset = zone;
    }
    best.start = Math.min(best.start, t.start);
    best.end = Math.max(best.end, t.end);
    best.text = text.slice(best.start, best.end);
  }
  return kept;
}

// The dates mail pages print (message headers, quote attributions), read as an instant in the page's time zone.
//   Gmail, message header title:   "Mon, Mar 2, 2026, 4:12 PM"
//   Gmail, quote attribution:      "On Mon, Mar 2, 2026 at 4:12 PM Priya Raman <priya@x.com> wrote:"
//   Outlook, quoted "Sent:" line:  "Monday, March 2, 2026 4:12 PM"
//   Outlook, reading pane header:  "Mon 3/2/2026 4:12 PM"
// Also day-first forms ("2 March 2026 16:12", "Mon, 2 Mar 2026 at 16:12") and ISO dates. Newer browsers' ICU puts a
// narrow no-break space (U+202F) before AM/PM; it is read as a space.

/** Month names by their first letters: English, and the Spanish, French and German ones that differ. */
const MONTH_PREFIXES: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
  ene: 0, abr: 3, ago: 7, dic: 11, // es
  janv: 0, févr: 1, fév: 1, avr: 3, mai: 4, juin: 5, juil: 6, août: 7, déc: 11, // fr
  mär: 2, mrz: 2, okt: 9, dez: 11, // de
};
const MONTH = String.raw`(${Object.keys(MONTH_PREFIXES).sort((a, b) => b.length - a.length).join('|')})\p{L}*\.?`;
const monthIndex = (name: string) => MONTH_PREFIXES[name.toLowerCase()] ?? -1;
const TIME = /\b(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap]\.?\s?m\.?)?(?![\w:])/i;

/** Where in `text` a date is found, and its parts (month 0-11). */
interface DateMatch {
  index: number;
  end: number;
  year: number;
  month: number;
  day: number;
}

function findDate(text: string): DateMatch | null {
  const candidates: DateMatch[] = [];
  const push = (m: RegExpExecArray | null, year: number, month: number, day: number) => {
    if (m && month >= 0 && month < 12 && day >= 1 && day <= 31 && year >= 1970 && year < 2200) {
      candidates.push({ index: m.index, end: m.index + m[0].length, year, month, day });
    }
  };
  let m = new RegExp(String.raw`(?<!\p{L})${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'iu').exec(text);
  if (m) push(m, Number(m[3]), monthIndex(m[1]), Number(m[2]));
  // "2 March 2026", "2. März 2026", "24 de febrero de 2026", "2 mars 2026"
  m = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:(?:of|de)\s+)?${MONTH},?\s+(?:de\s+)?(\d{4})\b`, 'iu').exec(text);
  if (m) push(m, Number(m[3]), monthIndex(m[2]), Number(m[1]));
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) push(m, Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (m) {
    // Month first, as en-US pages print it, unless the first number cannot be a month.
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12) push(m, Number(m[3]), b - 1, a);
    else push(m, Number(m[3]), a - 1, b);
  }
  candidates.sort((x, y) => x.index - y.index);
  return candidates[0] ?? null;
}

export interface FoundDate {
  /** ISO 8601 (UTC) of the printed local time. */
  iso: string;
  /** Offsets in the text of the printed date and time, end exclusive. */
  start: number;
  end: number;
}

/** The first date (with its time, when one follows it) printed in `text`, or null. */
export function findMailDate(text: string): FoundDate | null {
  const clean = text.replace(/[\u00a0\u202f\u2009]/g, ' ');
  const date = findDate(clean);
  if (!date) return null;
  let hours = 0;
  let minutes = 0;
  let end = date.end;
  // The time follows the date ("... 2026 4:12 PM", "..., 2026, 4:12 PM", "... 2026 at 16:12", "... 2026 a las 16:12").
  const after = clean.slice(date.end, date.end + 24);
  const time = TIME.exec(after);
  if (time && /^[\s,]*(?:[a-zà-ÿ]{1,5}\s+){0,2}$/i.test(after.slice(0, time.index))) {
    hours = Number(time[1]) % 24;
    minutes = Number(time[2]);
    const meridiem = time[3]?.toLowerCase().replace(/[.\s]/g, '');
    if (meridiem === 'pm' && hours < 12) hours += 12;
    if (meridiem === 'am' && hours === 12) hours = 0;
    end = date.end + time.index + time[0].length;
  }
  const local = new Date(date.year, date.month, date.day, hours, minutes);
  if (Number.isNaN(local.getTime()) || local.getDate() !== date.day) return null;
  return { iso: local.toISOString(), start: date.index, end };
}

/** ISO 8601 of the first date printed in `text`, or undefined. */
export function parseMailDate(text: string | null | undefined): string | undefined {
  return text ? findMailDate(text)?.iso : undefined;
}

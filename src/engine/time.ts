// Dates: ISO strings from the draft, and the interview time as the text tells it ("yesterday", "two weeks ago").
import type { Span } from './text/segment';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export function parseIso(value: string | undefined): Date | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms) : null;
}

export interface TimeMention extends Span {
  text: string;
  /** Estimated time of what the phrase refers to. */
  at: Date;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  couple: 2, 'a couple': 2, 'a couple of': 2, few: 3, 'a few': 3, several: 4,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const RELATIVE = new RegExp(
  [
    String.raw`\b(?:earlier )?today\b`,
    String.raw`\bthis (?:morning|afternoon|evening)\b`,
    String.raw`\b(?:yesterday|last night)(?: (?:morning|afternoon|evening))?\b`,
    String.raw`\b(?:the )?day before yesterday\b`,
    String.raw`\bearlier this week\b`,
    String.raw`\blast (?:week|month|year)\b`,
    String.raw`\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple(?: of)?|couple of|a few|few|several|\d{1,2})\s+)(?:days?|weeks?|months?)\s+ago\b`,
    String.raw`\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|\d{1,2})\s+(?:days?|weeks?|months?)\s+back\b`,
    String.raw`\b(?:on |last |this past )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b`,
    String.raw`\b(?:on )?(?:${MONTHS.join('|')})\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b(?:on )?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS.join('|')})\b`,
  ].join('|'),
  'gi',
);

function monthDay(text: string, now: Date): Date | null {
  const t = text.toLowerCase();
  const month = MONTHS.findIndex((m) => t.includes(m));
  const day = Number(/\d{1,2}/.exec(t)?.[0]);
  if (month < 0 || !day || day > 31) return null;
  let at = new Date(Date.UTC(now.getUTCFullYear(), month, day, 12));
  if (at.getTime() > now.getTime() + 2 * DAY) at = new Date(Date.UTC(now.getUTCFullYear() - 1, month, day, 12));
  return at;
}

/** Resolves one phrase matched by RELATIVE to an estimated past time. */
export function resolveRelative(phrase: string, now: Date): Date | null {
  const t = phrase.toLowerCase();
  const n = now.getTime();
  if (/today|this (morning|afternoon|evening)/.test(t)) return new Date(n - 3 * HOUR);
  if (/day before yesterday/.test(t)) return new Date(n - 2 * DAY);
  if (/yesterday|last night/.test(t)) return new Date(n - DAY);
  if (/earlier this week/.test(t)) return new Date(n - 2 * DAY);
  if (/last week/.test(t)) return new Date(n - 7 * DAY);
  if (/last month/.test(t)) return new Date(n - 30 * DAY);
  if (/last year/.test(t)) return new Date(n - 365 * DAY);
  const ago = /^(.*?)\s*(day|week|month)s?\s+(?:ago|back)$/.exec(t);
  if (ago) {
    const word = ago[1].trim();
    const count = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word] ?? NUMBER_WORDS[word.replace(/ of$/, '')] ?? 1;
    const unit = ago[2] === 'day' ? DAY : ago[2] === 'week' ? 7 * DAY : 30 * DAY;
    return new Date(n - count * unit);
  }
  const weekday = WEEKDAYS.findIndex((d) => t.includes(d));
  if (weekday >= 0) {
    let diff = (now.getUTCDay() - weekday + 7) % 7;
    if (diff === 0) diff = /last|past/.test(t) ? 7 : 0;
    else if (/last/.test(t) && diff < 2) diff += 7;
    return new Date(n - diff * DAY);
  }
  return monthDay(t, now);
}

/** Words that make a time phrase be about the interview rather than about a product launch or a news item. */
const INTERVIEW_CUE = /\b(?:interview(?:ed|ing|s)?|met|meet(?:ing)?|spoke|speak(?:ing)?|talk(?:ed|ing)?|chat(?:ted|ting)?|conversation|call|visit(?:ed)?|tour|panel|onsite|on-site|screen(?:ing)?|discussion|discuss(?:ed)?|session|presentation)\b/i;
/** The cue as something that happened or a thing: "interviewed", "met", "our call"; not the base verbs "call", "meet". */
const INTERVIEW_CUE_DONE = /\b(?:interview(?:ed|s|ing)?|met|meeting|spoke|speaking|talked|talking|chat(?:ted)?|conversation|(?:our|the|your|that|a|my) (?:call|chat|talk|visit)|visited|tour|panel|onsite|on-site|screen(?:ed|ing)?|discussion|discussed|session|presentation)\b/i;
const NOT_ABOUT_US = /\b(?:launch(?:ed)?|released?|announce(?:d|ment)|published|article|blog post|podcast|webinar|funding|raised|acquisition|quarter|earnings|report|conference|keynote|newsletter)\b/i;

/** Time phrases in a sentence that date the interview (or the conversation). */
export function interviewMentions(sentence: { text: string; start: number }, now: Date): TimeMention[] {
  const out: TimeMention[] = [];
  if (!INTERVIEW_CUE.test(sentence.text)) return out;
  for (const m of sentence.text.matchAll(RELATIVE)) {
    const idx = m.index!;
    // The cue must be close to the phrase, and the clause around it must not be about some other event.
    const windowText = sentence.text.slice(Math.max(0, idx - 70), idx + m[0].length + 40);
    if (!INTERVIEW_CUE.test(windowText)) continue;
    const near = sentence.text.slice(Math.max(0, idx - 35), idx + m[0].length + 25);
    if (NOT_ABOUT_US.test(near)) continue;
    // "Call or text me today", "happy to meet Monday": a base verb asks for something to come, it dates no interview.
    if (!INTERVIEW_CUE_DONE.test(windowText)) continue;
    // "the Monday acquisitions meeting", "every Tuesday": a habit of theirs, not a day of ours.
    if (/\b(?:the|every|each|weekly)\s+$/i.test(sentence.text.slice(Math.max(0, idx - 12), idx))) continue;
    const at = resolveRelative(m[0], now);
    if (!at) continue;
    out.push({ start: sentence.start + idx, end: sentence.start + idx + m[0].length, text: m[0], at });
  }
  return out;
}

export const HOURS = (ms: number): number => ms / HOUR;

/** A check-in that chases a recent one: "my third email this week", "I emailed you yesterday", "following up again since Monday". */
export const RECENT_CHASE = /\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th|another) (?:e-?mail|message|note|follow[- ]?up)|(?:e-?mailed|wrote to|messaged|called|contacted|followed up with) you|following up again|my (?:last|previous|earlier) (?:e-?mail|message|note))\b[^.!?]{0,60}\b(?:this week|yesterday|today|this morning|(?:a|one|two|three|four|\d) days? ago|on (?:monday|tuesday|wednesday|thursday|friday)|since (?:monday|tuesday|wednesday|thursday|friday|yesterday))\b/i;

/** The writer saying the note is late: "belated", "sorry for the delay", "it has been almost a month since our interview". */
const LATE_WORDS = /\bbelated(?:ly)?\b|\b(?:sorry|apologi[sz]e|apologies)\b[^.!?]{0,20}\b(?:delay(?:ed)?|late(?:ness)?|slow|tardy|not writing sooner|taking so long)\b|\b(?:i know|i realize|i realise) (?:this|it|my note|my email) is (?:a bit |a little |rather |very |quite )?(?:late|overdue)\b/i;
const SINCE = /\b(?:it(?:'s| has| has now)|it's now) been (?:almost |nearly |over |more than |about |well over )?((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|\d+)) (days?|weeks?|months?) since (?:our|the|my|we|i)\b/i;

/** A lateness the text admits, with the hours it implies (Infinity when it only says "belated"). */
export function admittedLateness(sentence: { text: string; start: number }): (TimeMention & { hours: number }) | null {
  const since = SINCE.exec(sentence.text);
  if (since) {
    const word = since[1].toLowerCase();
    const count = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word] ?? NUMBER_WORDS[word.replace(/ of$/, '')] ?? 1;
    const unit = since[2].startsWith('day') ? 24 : since[2].startsWith('week') ? 168 : 720;
    const start = sentence.start + since.index;
    return { start, end: start + since[0].length, text: since[0], at: new Date(NaN), hours: count * unit };
  }
  const late = LATE_WORDS.exec(sentence.text);
  if (late) {
    const start = sentence.start + late.index;
    return { start, end: start + late[0].length, text: late[0], at: new Date(NaN), hours: Infinity };
  }
  return null;
}

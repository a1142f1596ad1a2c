// Reads the conversation a draft belongs to (CONTRACT.md section 1, "Message kinds and the thread"): whose each earlier
// message is, when their side scheduled the interview, when they said they would decide or write, and the writer's
// own earlier messages (for cadence). Regexes and date arithmetic only; no NLP parse of thread text.
import { CHECK_IN, MEETING, RESCHEDULES, SCHEDULES, THEIR_TIMELINE } from '../data/thread';
import { dayOf, findDates, isoOffset, phraseEnd, phraseStart, type DatePhrase } from '../dates';
import { FREE_MAIL_DOMAINS } from '../data/domains';
import { parseRecipient, parseRecipients } from '../recipient';
import { splitSentences } from '../text/segment';
import type { Draft, SentNote, ThreadMessage } from '../types';
import { parseQuotedHistory } from './quoted';

export type Side = 'writer' | 'them';

export interface ThreadEntry {
  from: string;
  /** Lower-case address, '' when the message does not give one. */
  address: string;
  /** The message's date (ms), or null when unknown. */
  at: number | null;
  /** Its zone, minutes east of UTC (the draft's when the date gives none). */
  offset: number;
  body: string;
  side: Side;
  /** A writer's message that asks where things stand. */
  checkIn: boolean;
}

export interface DatedFact {
  /** ms */
  at: number;
  offset: number;
  /** The words that say it, as written in the message. */
  text: string;
  /** Index of the message in `entries`. */
  message: number;
  phrase: DatePhrase;
}

export interface OwnMessage {
  at: number;
  offset: number;
  /** Who it went to (the sent log), when known. */
  to?: string;
  checkIn: boolean;
  source: 'thread' | 'sent';
}

export interface ThreadFacts {
  /** The thread: Draft.thread, or the quoted history of the body when the draft has none. */
  entries: ThreadEntry[];
  /** From the body's quoted history rather than Draft.thread. */
  fromQuote: boolean;
  /** When their side scheduled or confirmed the interview. */
  interview: DatedFact | null;
  /** When their side said they would decide or write (the end of the window they gave). */
  theirDate: DatedFact | null;
  /** The writer's own earlier messages with a date (thread, and the sent log to this recipient), oldest first. */
  own: OwnMessage[];
  /** The writer's check-ins in the thread since the last message from their side. */
  unanswered: ThreadEntry[];
}

const ADDRESS = /[^\s<>()"'\[\]:;,]+@[^\s<>()"'\[\]:;,]+\.[a-z]{2,}/i;

function addressOf(from: string): string {
  return (ADDRESS.exec(from)?.[0] ?? '').toLowerCase();
}

function domainOf(address: string): string {
  return address.split('@')[1] ?? '';
}

/** Employer-side wording ("your interview", "candidates", "our team") against candidate-side wording ("my interview"). */
const THEIR_WORDS = /\b(?:your (?:interview|application|candidacy|availability|time with us)|thank you for (?:applying|your interest|interviewing with us|coming in)|(?:other )?candidates|our (?:team|hiring|panel|process|recruit\w*)|hiring (?:manager|team)|we (?:are|were|will|would|have|had|'re|'ll|'d|'ve|expect|hope|plan|aim)\b)/gi;
const WRITER_WORDS = /\b(?:my (?:interview|application|candidacy|background|experience|references?)|i (?:interviewed|applied|am (?:still )?(?:very )?(?:interested|excited|keen))|thank you for (?:meeting|the interview|the opportunity|taking the time|your time|considering)|the (?:role|position) (?:i|we discussed))\b/gi;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** First line of a message that greets someone: "Hi Marta," → "marta". */
function greetedName(body: string): string | null {
  const first = body.split('\n').find((l) => l.trim())?.trim() ?? '';
  const m = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s+(?:(?:mr|mrs|ms|mx|dr)\.?\s+)?([\p{L}'-]+)/iu.exec(first);
  return m ? m[1].toLowerCase() : null;
}

/** The last short line of a message (its signature): "Marta" or "Marta Jensen" → "marta". */
function signedName(body: string): string | null {
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1];
  if (!last || last.split(/\s+/).length > 3 || /[.?!:]$/.test(last)) return null;
  return last.split(/\s+/)[0].replace(/[^\p{L}'-]/gu, '').toLowerCase() || null;
}

interface SideContext {
  writerAddress: string;
  writerName: string;
  toAddresses: Set<string>;
  toDomains: Set<string>;
  toFirstNames: Set<string>;
}

/** Whose a message is, or null when nothing tells. */
function sideByCues(m: ThreadMessage, ctx: SideContext): Side | null {
  const address = addressOf(m.from);
  if (ctx.writerAddress) {
    if (address) return address === ctx.writerAddress ? 'writer' : 'them';
    const name = m.from.trim().toLowerCase();
    if (name && ctx.writerName && name.startsWith(ctx.writerName)) return 'writer';
  }
  if (address && ctx.toAddresses.has(address)) return 'them';
  if (address && ctx.toDomains.has(domainOf(address))) return 'them';
  const greeted = greetedName(m.body);
  const signed = signedName(m.body);
  if (greeted && ctx.toFirstNames.has(greeted)) return 'writer';
  if (signed && ctx.toFirstNames.has(signed)) return 'them';
  const fromName = m.from.replace(ADDRESS, '').replace(/[<>"]/g, '').trim().split(/\s+/)[0]?.toLowerCase();
  if (fromName && ctx.toFirstNames.has(fromName)) return 'them';
  const theirs = count(THEIR_WORDS, m.body);
  const mine = count(WRITER_WORDS, m.body);
  if (theirs > mine) return 'them';
  if (mine > theirs) return 'writer';
  // An address that is neither the recipient nor their company, in a thread with them: the writer's own.
  if (address && ctx.toAddresses.size > 0 && !ctx.writerAddress) return 'writer';
  return null;
}

function sentences(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    for (const s of splitSentences(line, offset)) out.push({ text: body.slice(s.start, s.end), start: s.start });
    offset += line.length + 1;
  }
  return out;
}

function test(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** Where each match of a cue list starts in a sentence. */
function cuesIn(re: RegExp, text: string): number[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => m.index!);
}

/**
 * The date phrase a timeline cue is about: the first after it ("we will decide by Friday"), else one just before it in
 * the same clause ("by Friday we will decide"), never the meeting the sentence also names.
 */
function phraseForCue(sentence: string, phrases: DatePhrase[], cue: number): DatePhrase | undefined {
  const after = phrases.find((p) => p.start >= cue);
  if (after) return after;
  const before = phrases[phrases.length - 1];
  if (!before) return undefined;
  const between = sentence.slice(before.end, cue);
  return between.length <= 40 && !/[;:]/.test(between) && test(MEETING, between) < 0 ? before : undefined;
}

/** Dates a message gives; an undated message can only give calendar dates, not "next week". */
function datesIn(text: string, entry: ThreadEntry, now: number): DatePhrase[] {
  const found = findDates(text, entry.at ?? now, entry.offset);
  return entry.at === null ? found.filter((p) => !p.relative) : found;
}

/** The interview time their side set or confirmed; a reschedule supersedes what came before it. */
function findInterview(entries: ThreadEntry[], now: number): DatedFact | null {
  const candidates: DatedFact[] = [];
  entries.forEach((entry, index) => {
    if (entry.side !== 'them') return;
    let rescheduled = false;
    const found: DatedFact[] = [];
    for (const s of sentences(entry.body)) {
      const meeting = test(MEETING, s.text);
      const seeYou = /\b(?:see you|meet you|speak with you|talk with you|talk to you)\b/i.test(s.text);
      if (meeting < 0 && !seeYou) continue;
      const schedules = test(SCHEDULES, s.text) >= 0 || test(RESCHEDULES, s.text) >= 0 || /\binterview\w*\s+(?:is|will be|on|at|for)\b/i.test(s.text);
      if (!schedules) continue;
      // "We will let you know by Friday whether to schedule a second round": dates after a timeline cue are their date.
      const timeline = test(THEIR_TIMELINE, s.text);
      const phrases = datesIn(s.text, entry, now).filter((p) => !p.window && p.firstDay === p.lastDay && (timeline < 0 || p.end <= timeline));
      if (!phrases.length) continue;
      // Prefer a phrase with a time ("Tuesday, March 3 at 2:00 PM") over a bare day in the same sentence.
      const phrase = phrases.find((p) => p.minutes !== undefined) ?? phrases[0];
      if (test(RESCHEDULES, s.text) >= 0) rescheduled = true;
      found.push({ at: phraseStart(phrase), offset: phrase.offset, text: phrase.text, message: index, phrase });
    }
    if (!found.length) return;
    if (rescheduled) candidates.length = 0;
    // Within one message, the time given last is the one it settles on ("not Tuesday, but Thursday at 10").
    candidates.push(found.find((f) => f.phrase.minutes !== undefined) ?? found[found.length - 1]);
  });
  if (!candidates.length) return null;
  // The interview a follow-up is about has happened: the latest one not in the future, else the next one to come.
  const past = candidates.filter((c) => c.at <= now + 3_600_000);
  if (past.length) return past[past.length - 1];
  return candidates.reduce((a, b) => (b.at < a.at ? b : a));
}

/** When their side said they would decide or write: the end of the window they gave, from their latest such message. */
function findTheirDate(entries: ThreadEntry[], now: number): DatedFact | null {
  let best: DatedFact | null = null;
  entries.forEach((entry, index) => {
    if (entry.side !== 'them') return;
    for (const s of sentences(entry.body)) {
      const cues = cuesIn(THEIR_TIMELINE, s.text);
      if (!cues.length) continue;
      // "Thank you for your decision" in their mail is not a promise; a promise looks ahead.
      if (/\b(?:we|i)\s+(?:have\s+)?(?:decided|made (?:a|our|the) decision)\b/i.test(s.text)) continue;
      // "We are wrapping up interviews this month and will let you know by March 20": the last promise is the date.
      const dates = datesIn(s.text, entry, now);
      let phrase: DatePhrase | undefined;
      for (const cue of cues) phrase = phraseForCue(s.text, dates, cue) ?? phrase;
      if (!phrase) continue;
      const at = phraseEnd(phrase);
      // A date before the message itself is not what they will do next.
      if (entry.at !== null && dayOf(at, phrase.offset) < dayOf(entry.at, phrase.offset)) continue;
      best = { at, offset: phrase.offset, text: phrase.text, message: index, phrase };
    }
  });
  return best;
}

function isCheckIn(body: string): boolean {
  CHECK_IN.lastIndex = 0;
  return CHECK_IN.test(body);
}

/** The entries of a thread: Draft.thread, or the body's quoted history. */
function threadOf(draft: Draft, now: number, zone: number): { messages: ThreadMessage[]; fromQuote: boolean } {
  if (Array.isArray(draft.thread) && draft.thread.length) {
    const messages = draft.thread
      .filter((m): m is ThreadMessage => !!m && typeof m === 'object' && typeof (m as ThreadMessage).body === 'string')
      .map((m) => ({ from: typeof m.from === 'string' ? m.from : '', ...(typeof m.date === 'string' ? { date: m.date } : {}), body: m.body }));
    return { messages, fromQuote: false };
  }
  return { messages: parseQuotedHistory(draft.body, now, zone).messages, fromQuote: true };
}

/** Reads the thread and the sent log around a draft. `now` in ms; `zone` the writer's offset in minutes. */
export function readThread(draft: Draft, now: number, zone: number): ThreadFacts {
  const { messages, fromQuote } = threadOf(draft, now, zone);
  const recipients = (Array.isArray(draft.to) ? draft.to : []).flatMap((t) => (typeof t === 'string' ? t.split(/;|(?<=@[^\s,;<>"]+>?)\s*,/) : [])).map((t) => parseRecipient(t));
  const writer = typeof draft.from === 'string' ? parseRecipient(draft.from) : null;
  const ctx: SideContext = {
    writerAddress: writer?.address ?? '',
    writerName: (writer?.fullName ?? '').toLowerCase(),
    toAddresses: new Set(recipients.map((r) => r.address).filter((a): a is string => !!a)),
    toDomains: new Set(recipients.map((r) => r.address && domainOf(r.address)).filter((d): d is string => !!d && !FREE_MAIL_DOMAINS.has(d))),
    toFirstNames: new Set(recipients.map((r) => r.firstName?.toLowerCase()).filter((n): n is string => !!n)),
  };
  const sides = messages.map((m) => sideByCues(m, ctx));
  // An address once known to be the writer's (or theirs) tells the side of its other messages.
  const known = new Map<string, Side>();
  messages.forEach((m, i) => {
    const a = addressOf(m.from);
    if (a && sides[i]) known.set(a, sides[i]!);
  });
  const entries: ThreadEntry[] = messages.map((m, i) => {
    const address = addressOf(m.from);
    const parsed = m.date ? Date.parse(m.date) : NaN;
    const side = sides[i] ?? (address ? known.get(address) : undefined) ?? 'them';
    return {
      from: m.from,
      address,
      at: Number.isFinite(parsed) ? parsed : null,
      offset: (m.date ? isoOffset(m.date) : null) ?? zone,
      body: m.body,
      side,
      checkIn: side === 'writer' && isCheckIn(m.body),
    };
  });
  const interview = findInterview(entries, now);
  const theirDate = findTheirDate(entries, now);

  const own: OwnMessage[] = entries
    .filter((e) => e.side === 'writer' && e.at !== null && e.at <= now + 3_600_000)
    .map((e) => ({ at: e.at!, offset: e.offset, checkIn: e.checkIn, source: 'thread' as const }));
  const to = parseRecipients(draft.to).address;
  for (const note of Array.isArray(draft.sent) ? draft.sent : []) {
    if (!note || typeof note !== 'object' || typeof (note as SentNote).at !== 'string') continue;
    const at = Date.parse(note.at);
    const noteTo = typeof note.to === 'string' ? parseRecipient(note.to).address : undefined;
    if (!Number.isFinite(at) || at > now + 3_600_000 || !to || noteTo !== to) continue;
    own.push({ at, offset: isoOffset(note.at) ?? zone, to: noteTo, checkIn: note.kind === 'check-in', source: 'sent' });
  }
  own.sort((a, b) => a.at - b.at);

  let lastTheirs = -1;
  entries.forEach((e, i) => {
    if (e.side === 'them') lastTheirs = i;
  });
  const unanswered = entries.slice(lastTheirs + 1).filter((e) => e.side === 'writer' && e.checkIn);
  return { entries, fromQuote, interview, theirDate, own, unanswered };
}

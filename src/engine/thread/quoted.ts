// Quoted history under a reply, read as the earlier messages of the thread (CONTRACT.md section 3): Gmail's
// "On <date> <name> <addr> wrote:" with "> " lines (nested "> >" for older messages), Outlook's From/Sent/To/Subject
// block after a line of underscores or "-----Original Message-----", and a trailing block of bare "> " lines.
// Line scans and date regexes only. The engine reads the body this way when a draft comes without `thread`; the CLI
// uses the same parser to cut the quote off the body it lints.
import { findDates, formatIso, phraseStart } from '../dates';
import type { ThreadMessage } from '../types';

export interface QuotedHistory {
  /** Offset in the body where the quoted history starts (body.length when there is none). */
  start: number;
  /** The quoted messages, oldest first; `from` is '' when the quote does not say who wrote it. */
  messages: ThreadMessage[];
}

interface Line {
  text: string;
  start: number;
}

const ATTRIBUTION_END = /\bwrote:\s*$/i;
const ATTRIBUTION_START = /^\s*on\s/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;
const ORIGINAL = /^\s*-{2,}\s*(?:original message|forwarded message)\s*-*\s*$/i;
const HEADER = /^\s*\*?(from|sent|date|to|cc|subject)\*?:\s*(.*)$/i;
const ADDRESS = /[^\s<>()"'\[\]:;,]+@[^\s<>()"'\[\]:;,]+\.[a-z]{2,}/i;

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    out.push({ text: text.slice(start, stop).replace(/\r$/, ''), start });
    if (end === -1) return out;
    start = end + 1;
  }
}

const blank = (l: Line | undefined) => !!l && l.text.trim() === '';
const quoted = (l: Line | undefined) => !!l && /^\s*>/.test(l.text);

/** "Marta Jensen <marta@x.no>", "Jensen, Marta [mailto:marta@x.no]", "marta@x.no" → "Marta Jensen <marta@x.no>". */
export function normalizeSender(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  const address = ADDRESS.exec(text)?.[0];
  let name = text
    .replace(/\[mailto:[^\]]*\]|<[^>]*>|\([^)]*@[^)]*\)/gi, ' ')
    .replace(ADDRESS, ' ')
    .replace(/["'“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,\s]+|[,\s]+$/g, '');
  if (/^[^,]+,\s*[^,]+$/.test(name)) {
    const [last, first] = name.split(',').map((s) => s.trim());
    name = `${first} ${last}`;
  }
  if (address) return name ? `${name} <${address.toLowerCase()}>` : address.toLowerCase();
  return name;
}

/** The date a header line gives, as ISO 8601, or undefined. */
function headerDate(text: string, reference: number, offset: number): string | undefined {
  const phrase = findDates(text, reference, offset).find((p) => !p.window);
  return phrase ? formatIso(phraseStart(phrase), phrase.offset) : undefined;
}

/** An attribution ("On … wrote:") starting at line i, over one or two lines: its last line index, or -1. */
function attributionAt(lines: Line[], i: number): number {
  const t = lines[i].text;
  if (quoted(lines[i])) return -1;
  if (ATTRIBUTION_START.test(t) && ATTRIBUTION_END.test(t)) return i;
  if (ATTRIBUTION_START.test(t) && lines[i + 1] && !quoted(lines[i + 1]) && ATTRIBUTION_END.test(lines[i + 1].text) && !ATTRIBUTION_START.test(lines[i + 1].text)) return i + 1;
  return -1;
}

/** An Outlook header block at line i (after a separator or on its own): the index of its From: line, or -1. */
function outlookAt(lines: Line[], i: number): number {
  const t = lines[i].text;
  if (UNDERSCORES.test(t) || ORIGINAL.test(t)) {
    let j = i + 1;
    while (blank(lines[j])) j++;
    if (lines[j] && HEADER.test(lines[j].text)) return j;
    return ORIGINAL.test(t) ? i + 1 : -1;
  }
  if (/^\s*\*?from\*?:\s/i.test(t)) {
    const next = lines.slice(i + 1, i + 3).map((l) => l.text);
    if (next.some((n) => /^\s*\*?(?:sent|date)\*?:\s/i.test(n))) return i;
  }
  return -1;
}

function messageFromAttribution(header: string, body: string, reference: number, offset: number): ThreadMessage {
  const inner = header.replace(/\s+/g, ' ').replace(ATTRIBUTION_START, '').replace(ATTRIBUTION_END, '').trim();
  const dates = findDates(inner, reference, offset).filter((p) => !p.window);
  let who = inner;
  const date = dates[0] ? formatIso(phraseStart(dates[0]), dates[0].offset) : undefined;
  if (dates[0]) who = inner.slice(dates[dates.length - 1].end);
  // Whatever is left of the date ("Tue,", ", at 09:12,") before the name.
  who = who.replace(/^[\s,]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?/i, '').replace(/^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?[\s,]*/i, '');
  return { from: normalizeSender(who), ...(date ? { date } : {}), body };
}

/** Removes one level of "> " from each line. */
function unquote(lines: Line[]): string {
  return lines.map((l) => l.text.replace(/^\s*> ?/, '')).join('\n');
}

/** Parses a quoted region into messages, newest first (nested quotes are older). */
function parseRegion(lines: Line[], i: number, reference: number, offset: number, depth: number): ThreadMessage[] {
  if (depth > 20 || i >= lines.length) return [];
  const gmailEnd = attributionAt(lines, i);
  if (gmailEnd >= 0) {
    const header = lines.slice(i, gmailEnd + 1).map((l) => l.text).join(' ');
    let j = gmailEnd + 1;
    while (blank(lines[j])) j++;
    const block: Line[] = [];
    while (j < lines.length && (quoted(lines[j]) || blank(lines[j]))) block.push(lines[j++]);
    const text = unquote(block).replace(/\s+$/, '');
    const inner = splitLines(text);
    const nested = findStart(inner, 0);
    const own = nested < 0 ? text : text.slice(0, inner[nested].start).replace(/\s+$/, '');
    const message = messageFromAttribution(header, own.trim(), reference, offset);
    return [message, ...(nested < 0 ? [] : parseRegion(inner, nested, reference, offset, depth + 1))];
  }
  const fromLine = outlookAt(lines, i);
  if (fromLine >= 0) {
    const fields: Record<string, string> = {};
    let j = fromLine;
    while (j < lines.length && HEADER.test(lines[j].text)) {
      const m = HEADER.exec(lines[j].text)!;
      fields[m[1].toLowerCase()] ??= m[2].trim();
      j++;
    }
    // The message runs to the next header block (an older message, not indented in Outlook's plain text).
    let k = j;
    while (k < lines.length && outlookAt(lines, k) < 0 && attributionAt(lines, k) < 0) k++;
    const text = lines.slice(j, k).map((l) => l.text).join('\n').trim();
    const dateText = fields.sent ?? fields.date;
    const date = dateText ? headerDate(dateText, reference, offset) : undefined;
    const message: ThreadMessage = { from: normalizeSender(fields.from ?? ''), ...(date ? { date } : {}), body: text };
    return [message, ...parseRegion(lines, k, reference, offset, depth + 1)];
  }
  if (quoted(lines[i])) {
    const block: Line[] = [];
    let j = i;
    while (j < lines.length && (quoted(lines[j]) || blank(lines[j]))) block.push(lines[j++]);
    const text = unquote(block).trim();
    return text ? [{ from: '', body: text }] : [];
  }
  return [];
}

/** Index of the line where quoted history starts (an attribution, a header block, or trailing "> " lines), or -1. */
function findStart(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (attributionAt(lines, i) >= 0) {
      // An attribution counts when quoted lines follow it.
      let j = attributionAt(lines, i) + 1;
      while (blank(lines[j])) j++;
      if (quoted(lines[j])) return i;
    }
    if (outlookAt(lines, i) >= 0) return i;
    if (quoted(lines[i])) {
      // Bare quoted lines count only as a trailing block: "> you said" in the middle of a reply is the writer's.
      let j = i;
      while (j < lines.length && (quoted(lines[j]) || blank(lines[j]))) j++;
      if (j >= lines.length) return i;
      i = j - 1;
    }
  }
  return -1;
}

/**
 * The quoted history of a body: where it starts, and its messages oldest first. `reference` (the send time) and
 * `offset` (its zone, minutes east of UTC) date quote headers that leave out the year or the zone. Never throws.
 */
export function parseQuotedHistory(body: string, reference: number, offset = 0): QuotedHistory {
  const none = { start: typeof body === 'string' ? body.length : 0, messages: [] };
  try {
    if (typeof body !== 'string' || !body) return none;
    const lines = splitLines(body);
    const at = findStart(lines, 0);
    if (at < 0) return none;
    // Nothing of the writer's own above it: the whole body is what they wrote, quote or not.
    if (lines.slice(0, at).every((l) => l.text.trim() === '')) return none;
    const messages = parseRegion(lines, at, reference, offset, 0).reverse();
    return { start: lines[at].start, messages };
  } catch {
    return none;
  }
}

// Reading the conversation a compose belongs to, shared by the adapters: the quoted history's headers (Gmail's "On …
// wrote:" attribution, Outlook's From/Sent/To/Subject block) and merging what the page shows with what the draft quotes.
// Everything here runs in the page and returns plain data; nothing is sent anywhere (PRIVACY.md).
import type { ThreadMessage } from '../engine/types.ts';
import { findMailDate, parseMailDate } from './dates.ts';

export type { ThreadMessage };

const ADDRESS = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/i;

/** "Priya Raman <priya@x.com>", or the address, or the name alone; quotes and brackets around a name dropped. */
export function mailbox(name: string | null | undefined, address: string | null | undefined): string {
  const cleanName = (name ?? '').replace(/["']/g, '').replace(/\s+/g, ' ').trim();
  const cleanAddress = (address ?? '').trim().toLowerCase();
  if (cleanAddress && cleanName && cleanName.toLowerCase() !== cleanAddress) return `${cleanName} <${cleanAddress}>`;
  return cleanAddress || cleanName;
}

/** A "From:" value as mail clients print it: "Priya Raman <priya@x.com>", "priya@x.com", "Raman, Priya", "Priya (priya@x.com)". */
export function parseMailbox(text: string): string {
  const value = text.replace(/\s+/g, ' ').trim();
  const address = ADDRESS.exec(value)?.[0];
  if (!address) return value.replace(/^["']|["']$/g, '').trim();
  const name = value
    .replace(address, '')
    .replace(/mailto:\S*/gi, '')
    .replace(/[<>()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return mailbox(name, address);
}

/** The address part of a mailbox string, lower case, or ''. */
export function addressOf(text: string | null | undefined): string {
  return (ADDRESS.exec(text ?? '')?.[0] ?? '').toLowerCase();
}

// ---- Gmail: "On Mon, Mar 2, 2026 at 4:12 PM Priya Raman <priya.raman@lumenhealth.com> wrote:" ----

/**
 * The sender and date of a Gmail quote attribution line. The date is whatever date the line prints; the sender is the
 * mailbox after it. Translated lines ("El lun, 2 mar 2026 a las 16:12, Priya (<p@x.com>) escribió:") give the address.
 */
export function parseAttribution(line: string): { from: string; date?: string } | null {
  const text = line.replace(/\s+/g, ' ').trim();
  const address = addressOf(text);
  const found = findMailDate(text);
  if (!address && !found) return null;
  let name = '';
  if (address) {
    const atAddress = text.toLowerCase().indexOf(address);
    const before = text.slice(found && found.end <= atAddress ? found.end : 0, atAddress);
    // What is left between the date and the address is the name ("Priya Raman <", ", Priya (<").
    name = before
      .replace(/^\s*(?:on\b)?/i, '')
      .replace(/[<(\[]+\s*$/, '')
      .replace(/^[\s,]+|[\s,]+$/g, '');
    if (found && found.end > atAddress) name = '';
    if (/\d{1,2}:\d{2}/.test(name) || name.length > 80) name = '';
  }
  return { from: mailbox(name, address), date: found?.iso };
}

// ---- Outlook: the From / Sent / To / Subject block of a quoted message (or after "-----Original Message-----") ----

/** First label of a reply header, by language. A header block starts with one of these followed by ":". */
export const REPLY_HEADER_FROM_LABELS: readonly string[] = [
  'from', 'de', 'von', 'da', 'van', 'od', 'från', 'fra', 'lähettäjä', 'feladó', 'от', 'kimden', 'nadawca', '差出人', '发件人', '寄件者', '보낸 사람',
];
const FROM_LABELS = new Set(REPLY_HEADER_FROM_LABELS);
const HEADER_LINE = /^\s*\**([^:：\n*]{1,30}?)\**\s*[:：]\s*(.*)$/u;
/** Separators Outlook and other clients put before a quoted message. */
const SEPARATOR = /^\s*(?:-{3,}\s*[^-]{0,40}\s*-{3,}|_{8,})\s*$/;

interface HeaderBlock {
  /** Index of the "From:" line and of the first line after the block. */
  start: number;
  end: number;
  from: string;
  date?: string;
}

function headerBlockAt(lines: readonly string[], i: number): HeaderBlock | null {
  const first = HEADER_LINE.exec(lines[i]);
  if (!first || !FROM_LABELS.has(first[1].trim().toLowerCase()) || !first[2].trim()) return null;
  let end = i + 1;
  let date: string | undefined;
  let labels = 1;
  while (end < lines.length && end < i + 8) {
    const line = HEADER_LINE.exec(lines[end]);
    if (!line) break;
    labels += 1;
    // The date line is the one whose value reads as a date ("Sent:", "Date:", "Enviado:", "Gesendet:" ...).
    date ??= parseMailDate(line[2]);
    end += 1;
  }
  if (labels < 2) return null;
  return { start: i, end, from: parseMailbox(first[2]), date };
}

/**
 * The messages of a quoted history as text, oldest first: each header block starts one, its body runs to the next
 * block (or separator). Text before the first block (the separator itself, blank lines) is ignored.
 */
export function parseQuotedHeaders(text: string): ThreadMessage[] {
  const lines = text.split('\n');
  const blocks: HeaderBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const block = headerBlockAt(lines, i);
    if (block) {
      blocks.push(block);
      i = block.end - 1;
    }
  }
  const messages = blocks.map((block, k): ThreadMessage => {
    const stop = k + 1 < blocks.length ? blocks[k + 1].start : lines.length;
    const body = lines
      .slice(block.end, stop)
      .filter((line) => !SEPARATOR.test(line))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return block.date ? { from: block.from, date: block.date, body } : { from: block.from, body };
  });
  return messages.reverse();
}

// ---- Merging the page's conversation with the draft's quoted history ----

const normalize = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function sameSender(a: string, b: string): boolean {
  const [x, y] = [addressOf(a), addressOf(b)];
  if (x && y) return x === y;
  return normalize(a.replace(ADDRESS, '')) === normalize(b.replace(ADDRESS, ''));
}

/** The same message shown twice: same sender, and the same minute or the same opening words. */
function sameMessage(a: ThreadMessage, b: ThreadMessage): boolean {
  if (!sameSender(a.from, b.from)) return false;
  if (a.date && b.date && Math.abs(Date.parse(a.date) - Date.parse(b.date)) < 60_000) return true;
  const [x, y] = [normalize(a.body), normalize(b.body)];
  if (!x || !y) return false;
  const head = Math.min(60, x.length, y.length);
  return x.slice(0, head) === y.slice(0, head);
}

const time = (m: ThreadMessage) => (m.date ? Date.parse(m.date) : Number.NaN);

/**
 * One list, oldest first, from the messages the page shows (`shown`, oldest first) and those the draft quotes
 * (`quoted`, oldest first). A message in both is kept once, as the page shows it (the page has it in full). A quoted
 * message the page does not show goes where its date puts it; one without a date goes before all shown ones.
 */
export function mergeThread(shown: readonly ThreadMessage[], quoted: readonly ThreadMessage[]): ThreadMessage[] {
  const merged = [...shown];
  let undatedAt = 0;
  for (const message of quoted) {
    if (merged.some((m) => sameMessage(m, message))) continue;
    const at = time(message);
    if (Number.isNaN(at)) {
      merged.splice(undatedAt++, 0, message);
      continue;
    }
    const later = merged.findIndex((m) => time(m) > at);
    merged.splice(later < 0 ? merged.length : later, 0, message);
  }
  return merged;
}

/** Messages in the order they were sent: by date when every one has a date, else as given (reversed if newest first). */
export function oldestFirst(messages: readonly ThreadMessage[]): ThreadMessage[] {
  const times = messages.map(time);
  if (times.every((t) => !Number.isNaN(t))) {
    return messages.map((m, i) => ({ m, i })).sort((a, b) => times[a.i] - times[b.i] || a.i - b.i).map(({ m }) => m);
  }
  const dated = times.filter((t) => !Number.isNaN(t));
  return dated.length >= 2 && dated[0] > dated[dated.length - 1] ? [...messages].reverse() : [...messages];
}

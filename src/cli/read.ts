// Reads the CLI's input: a plain-text body, or an RFC 822 message whose Subject, To and Date fill the draft.
// Every failure is an InputError with a one-line message.
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import { htmlToText } from './html';
import { parseQuotedHistory } from '../engine/thread/quoted';
import { formatIso } from '../engine/dates';
import type { ThreadMessage } from '../engine/types';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {
  override name = 'InputError';
}

export interface InputDraft {
  /** The file name to show ('<stdin>' for stdin). */
  label: string;
  body: string;
  subject?: string;
  to?: string[];
  /** The message's Date header, as ISO 8601 with the header's own offset (the writer's zone). */
  now?: string;
  /** The message's From header: the writer's own address. */
  from?: string;
  /** The quoted history under the body, as earlier messages of the thread, oldest first. */
  thread?: ThreadMessage[];
  /** Things worth telling the user that don't stop the lint (an unparseable Date header). */
  warnings: string[];
}

export interface ReadOptions {
  stdin?: AsyncIterable<Uint8Array | string>;
  maxBytes?: number;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function describeFsError(error: unknown, label: string): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return `${label}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${label}: permission denied`;
    case 'EISDIR':
      return `${label} is a directory, not a file`;
    case 'ENOTDIR':
      return `${label}: a part of the path is not a directory`;
    case 'ELOOP':
      return `${label}: too many symbolic links`;
    case 'ENAMETOOLONG':
      return `${label}: file name too long`;
    default:
      return `${label}: cannot read (${code ?? String((error as Error)?.message ?? error).split('\n')[0]})`;
  }
}

async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(describeFsError(error, path));
  }
  if (info.isDirectory()) throw new InputError(`${path} is a directory, not a file`);
  if (info.isFile() && info.size > maxBytes) {
    throw new InputError(`${path} is too large (${megabytes(info.size)}; the limit is ${megabytes(maxBytes)})`);
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new InputError(describeFsError(error, path));
  }
  try {
    // Read through a stream so a FIFO or a file that grows while we read still stops at the limit.
    return await collect(handle.createReadStream({ autoClose: false }), path, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error, path));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function collect(source: AsyncIterable<Uint8Array | string>, label: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) throw new InputError(`${label} is too large (more than ${megabytes(maxBytes)})`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function hasNul(bytes: Uint8Array, from = 0, to = bytes.length): boolean {
  return bytes.subarray(from, to).includes(0);
}

const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

// Node's TextDecoder('windows-1252') decodes as ISO-8859-1, leaving 0x80-0x9f as C1 controls instead of ’ “ ” – — €.
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Decodes a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (hasNul(bytes) || looksBinary(bytes)) throw new InputError(`${label} looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Control characters other than tab, newline, carriage return and form feed in more than 1 in 20 of the first bytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  return sample.length > 0 && control * 20 > sample.length;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const HEADER_LINE = /^[!-9;-~]+:/;
const KNOWN_HEADER =
  /^(from|to|cc|bcc|sender|subject|date|message-id|in-reply-to|references|mime-version|content-[a-z-]+|received|return-path|reply-to|delivered-to|dkim-signature|arc-[a-z-]+|authentication-results|thread-[a-z-]+|user-agent|x-[a-z0-9-]+):/i;

/**
 * True when the text opens with an RFC 822 header block. Unless `anyHeaderName`, the first header must be one that
 * real messages start with, so that a body opening with "Re: our call" is not taken for mail.
 */
export function startsWithHeaders(text: string, anyHeaderName = false): boolean {
  const lines = text.slice(0, 64 * 1024).replace(/^\ufeff/, '').split(/\r?\n/);
  if (!HEADER_LINE.test(lines[0]) || (!anyHeaderName && !KNOWN_HEADER.test(lines[0]))) return false;
  for (const line of lines) {
    if (line === '') return true;
    if (!/^[ \t]/.test(line) && !HEADER_LINE.test(line)) return false;
  }
  return true;
}

/** "Jensen, Marta" → "Marta Jensen": the engine reads a comma in a recipient as a separator between two of them. */
function displayName(name: string): string {
  const parts = name.split(/[,;]/).map((part) => part.trim()).filter(Boolean);
  return parts.length === 2 ? `${parts[1]} ${parts[0]}` : parts.join(' ');
}

function formatAddresses(addresses: Address[] | undefined): string[] | undefined {
  if (!addresses) return undefined;
  const mailboxes = addresses.flatMap((entry) => (entry.group ? entry.group : [entry]));
  const result = mailboxes
    .filter((mailbox) => mailbox.address)
    .map((mailbox) => (mailbox.name ? `${displayName(mailbox.name)} <${mailbox.address}>` : mailbox.address));
  return result.length > 0 ? result : undefined;
}

/** The bytes a Windows-1252 decoder turned into this text, or null if it can't have come from one. */
function encodeWindows1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) bytes[i] = code;
    else {
      const index = WINDOWS_1252_HIGH.indexOf(text[i]);
      if (index < 0) return null;
      bytes[i] = 0x80 + index;
    }
  }
  return bytes;
}

function declaresUnknownCharset(raw: string): boolean {
  for (const match of raw.matchAll(/charset\s*=\s*"?([^";\s]+)/gi)) {
    try {
      new TextDecoder(match[1]);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * postal-mime decodes a part in an unknown charset as Windows-1252; most such mail is really UTF-8 (an encoding with a
 * made-up name), which turns "Tromsø" into "TromsÃ¸". Undo that when the bytes are valid UTF-8.
 */
function repairUnknownCharset(text: string, raw: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || !declaresUnknownCharset(raw)) return text;
  const bytes = encodeWindows1252(text);
  if (!bytes) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

/**
 * Drops the earlier messages a reply quotes below itself (Gmail's "On ... wrote:" with "> " lines, Outlook's
 * "-----Original Message-----" or "________" + "From:" block, a trailing block of "> " lines): only the writer's own
 * text is theirs to improve. The engine's parser decides where the quote starts, so CLI and extension agree.
 */
export function stripQuotedReply(body: string): string {
  return splitQuotedReply(body).body;
}

/** The writer's own text and the quoted history as thread messages; `now` and `offset` date quote headers without a year. */
export function splitQuotedReply(body: string, now: number = Date.now(), offset = -new Date(now).getTimezoneOffset()): { body: string; thread: ThreadMessage[] } {
  const quoted = parseQuotedHistory(body, now, offset);
  if (quoted.start >= body.length) return { body, thread: [] };
  const own = body.slice(0, quoted.start).replace(/\s+$/, '');
  return own ? { body: own + '\n', thread: quoted.messages } : { body, thread: [] };
}

/** The offset (minutes east of UTC) a Date header is written in: "+0100" → 60, "GMT" → 0; null when it gives none. */
export function headerOffset(header: string | undefined): number | null {
  if (!header) return null;
  const numeric = /([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(header);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const named = /\b(UT|UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\s*$/i.exec(header.trim());
  const zones: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 };
  return named ? zones[named[1].toLowerCase()] : null;
}

function headerSectionEnd(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 10 && (bytes[i + 1] === 10 || (bytes[i + 1] === 13 && bytes[i + 2] === 10))) return i;
  }
  return bytes.length;
}

export async function parseEmail(bytes: Uint8Array, label: string): Promise<InputDraft> {
  if (hasNul(bytes, 0, headerSectionEnd(bytes))) throw new InputError(`${label} looks like a binary file, not an e-mail`);
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    const reason = String((error as Error)?.message ?? error).split('\n')[0];
    throw new InputError(`${label}: cannot parse the e-mail (${reason})`);
  }
  const raw = new TextDecoder('latin1').decode(bytes.subarray(0, 4 * 1024 * 1024));
  let body: string | undefined;
  if (email.text !== undefined && email.text.trim() !== '') body = repairUnknownCharset(email.text, raw);
  else if (email.html !== undefined && email.html.trim() !== '') body = htmlToText(repairUnknownCharset(email.html, raw));
  else if (email.text !== undefined) body = email.text;
  if (body === undefined) {
    throw new InputError(`${label}: no text body found (the e-mail may be truncated or corrupt)`);
  }
  if (body.includes('\0')) throw new InputError(`${label}: the message body is binary, not text`);

  const warnings: string[] = [];
  let now: string | undefined;
  let nowMs: number | undefined;
  let offset: number | null = null;
  if (email.date) {
    if (Number.isNaN(Date.parse(email.date))) warnings.push(`ignoring the Date header "${email.date.slice(0, 80)}": not a date`);
    else {
      nowMs = Date.parse(email.date);
      // The Date header's own offset is the writer's zone (send-time reads the hour there); postal-mime gives UTC.
      offset = headerOffset(email.headers.find((h) => h.key === 'date')?.value);
      now = offset ? formatIso(nowMs, offset) : new Date(nowMs).toISOString();
    }
  }
  const split = splitQuotedReply(normalizeNewlines(body), nowMs, offset ?? undefined);
  const from = formatAddresses(email.from ? [email.from] : undefined)?.[0];
  return {
    label,
    body: split.body,
    subject: email.subject !== undefined ? repairUnknownCharset(email.subject, raw) : undefined,
    to: formatAddresses(email.to),
    now,
    ...(from ? { from } : {}),
    ...(split.thread.length ? { thread: split.thread } : {}),
    warnings,
  };
}

/**
 * Reads FILE ('-' = stdin). Input that opens with mail headers (a .eml file, or a message piped to stdin) is parsed
 * as an e-mail; a .txt file, or anything without headers, is the plain-text body.
 */
export async function readInput(file: string, options: ReadOptions = {}): Promise<InputDraft> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const fromStdin = file === '-';
  const label = fromStdin ? '<stdin>' : file;
  const bytes = fromStdin
    ? await collect(options.stdin ?? process.stdin, label, maxBytes)
    : await readFileLimited(file, maxBytes);

  // A .txt is always a body; anything else (.eml, stdin, no extension) is mail when it opens with mail headers.
  const extension = fromStdin ? '' : extname(file).toLowerCase();
  const isEmail =
    extension !== '.txt' &&
    startsWithHeaders(new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024)), extension === '.eml');
  if (isEmail) return parseEmail(bytes, label);
  if (extension === '.eml' && hasNul(bytes)) throw new InputError(`${label} looks like a binary file, not an e-mail`);
  // A plain body's quote is split off by buildDraft, which knows --now to date the quote headers by.
  return { label, body: normalizeNewlines(decodeText(bytes, label)).replace(/^\ufeff/, ''), warnings: [] };
}

// The sent log: one entry per coached follow-up the user sent (the compose's Send button, or Ctrl/Cmd+Enter in it),
// kept in storage.local only. Who it went to, when, its kind, the engine's fingerprint() of its text and the dates of
// the plan (their date, the day to check in): never a word of its text. It feeds Draft.sent (one note per interviewer,
// cadence) and the popup's follow-ups. Capped at SENT_MAX_ENTRIES entries and SENT_MAX_DAYS days (PRIVACY.md).
// Keys: `sent:<id>`, one entry each, so two tabs that record at once never overwrite each other.
import browser from 'webextension-polyfill';
import type { Kind, SentNote } from '../engine/types';
import { KINDS } from '../engine/types';

export const SENT_PREFIX = 'sent:';
export const SENT_MAX_ENTRIES = 500;
export const SENT_MAX_DAYS = 90;
/** The engine's FINGERPRINT_SIZE (src/engine/fingerprint.ts; a test keeps them equal without bundling the engine here). */
export const SENT_FINGERPRINT_LENGTH = 128;
/** The same note recorded twice this close together (a double-click on Send) is kept once. */
const DUPLICATE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface SentEntry {
  /** The recipient's address, lower case. */
  to: string;
  /** ISO 8601 send time (with the writer's offset). */
  at: string;
  kind: Kind;
  /** fingerprint() of the writer's own text: similarity only, no word can be read back from it. */
  fingerprint: number[];
  /** When they said they would decide or write (LintResult.plan.theirDate). */
  theirDate?: string;
  /** The earliest good day for a status check-in (LintResult.plan.checkInAfter). */
  checkInAfter?: string;
}

/** The log by id (the key without its prefix). */
export type SentLog = Record<string, SentEntry>;

const KIND_SET: ReadonlySet<string> = new Set(KINDS);
const ADDRESS = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isIsoDate(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 40 && Number.isFinite(Date.parse(x));
}

function isFingerprint(x: unknown): x is number[] {
  return (
    Array.isArray(x) &&
    x.length === SENT_FINGERPRINT_LENGTH &&
    x.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff)
  );
}

/** A stored entry, or null when it is missing or malformed (anything else stored under the key is ignored). */
export function normalizeSentEntry(raw: unknown): SentEntry | null {
  if (!isPlainObject(raw)) return null;
  const { to, at, kind, fingerprint, theirDate, checkInAfter } = raw;
  if (typeof to !== 'string' || !ADDRESS.test(to) || !isIsoDate(at) || typeof kind !== 'string' || !KIND_SET.has(kind)) return null;
  if (!isFingerprint(fingerprint)) return null;
  const entry: SentEntry = { to: to.toLowerCase(), at, kind: kind as Kind, fingerprint: [...fingerprint] };
  if (isIsoDate(theirDate)) entry.theirDate = theirDate;
  if (isIsoDate(checkInAfter)) entry.checkInAfter = checkInAfter;
  return entry;
}

/** The entries as the engine's Draft.sent. */
export function sentNotes(log: SentLog): SentNote[] {
  return Object.values(log).map(({ to, at, kind, fingerprint }) => ({ to, at, kind, fingerprint }));
}

/** Ids of the entries to drop: older than SENT_MAX_DAYS, and beyond the SENT_MAX_ENTRIES newest. */
export function expiredIds(log: SentLog, nowMs: number): string[] {
  const byAge = Object.entries(log).sort(([, a], [, b]) => Date.parse(b.at) - Date.parse(a.at));
  return byAge.filter(([, entry], index) => index >= SENT_MAX_ENTRIES || nowMs - Date.parse(entry.at) > SENT_MAX_DAYS * DAY_MS).map(([id]) => id);
}

export function sentKey(id: string): string {
  return SENT_PREFIX + id;
}

/** Every valid entry, by id. */
export async function loadSentLog(): Promise<SentLog> {
  const all = await browser.storage.local.get(null);
  const log: SentLog = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SENT_PREFIX)) continue;
    const entry = normalizeSentEntry(value);
    if (entry) log[key.slice(SENT_PREFIX.length)] = entry;
  }
  return log;
}

/** Removes expired and malformed entries. */
export async function pruneSentLog(nowMs = Date.now()): Promise<void> {
  const all = await browser.storage.local.get(null);
  const log: SentLog = {};
  const drop: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SENT_PREFIX)) continue;
    const entry = normalizeSentEntry(value);
    if (entry) log[key.slice(SENT_PREFIX.length)] = entry;
    else drop.push(key);
  }
  drop.push(...expiredIds(log, nowMs).map(sentKey));
  if (drop.length) await browser.storage.local.remove(drop);
}

/**
 * Records a sent note; returns its id, or null when it is malformed or the same note to the same person was recorded
 * in the last minute. Then drops what is past the caps.
 */
export async function recordSent(entry: SentEntry, nowMs = Date.now(), random: () => number = Math.random): Promise<string | null> {
  const clean = normalizeSentEntry(entry);
  if (!clean) return null;
  const log = await loadSentLog();
  const at = Date.parse(clean.at);
  const duplicate = Object.values(log).some(
    (e) => e.to === clean.to && Math.abs(Date.parse(e.at) - at) < DUPLICATE_MS && e.fingerprint.every((v, i) => v === clean.fingerprint[i]),
  );
  if (duplicate) return null;
  const id = `${at.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
  await browser.storage.local.set({ [sentKey(id)]: clean });
  const expired = expiredIds({ ...log, [id]: clean }, nowMs);
  if (expired.length) await browser.storage.local.remove(expired.map(sentKey));
  return id;
}

export async function deleteSentEntry(id: string): Promise<void> {
  await browser.storage.local.remove(sentKey(id));
}

/** Removes the whole sent log (settings and memos stay). */
export async function clearSentLog(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((key) => key.startsWith(SENT_PREFIX));
  if (keys.length) await browser.storage.local.remove(keys);
}

/** True when a storage change touches the sent log. */
export function touchesSentLog(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((key) => key.startsWith(SENT_PREFIX));
}

/** Calls cb with the whole log whenever it changes (from any context), until signal aborts. */
export function watchSentLog(cb: (log: SentLog) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'local' || !touchesSentLog(changes)) return;
    loadSentLog().then((log) => !signal.aborted && cb(log), () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

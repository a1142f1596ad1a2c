// The follow-ups planned from the sent log (CONTRACT.md section 4, the popup's `data-plan-item`): after a thank-you,
// a status check-in on the day the engine's plan gave (LintResult.plan.checkInAfter, kept in the log), until the user
// sends that check-in, a reply to a rejection or a withdrawal to the same company. Pure: the popup lists these and
// the background counts the due ones on the toolbar badge.
import { FREE_MAIL_DOMAINS } from '../engine/data/domains';
import type { SentEntry, SentLog } from './sentLog';

export interface PlannedFollowUp {
  /** Stable while the plan stands: the id of the thank-you it follows. */
  id: string;
  /** Who to write to: the recipient of that thank-you. */
  to: string;
  /** What is next (only check-ins are planned so far). */
  next: 'check-in';
  /** From when (ISO 8601). */
  due: string;
  /** Has that time come? */
  isDue: boolean;
  /** The thank-you it follows. */
  after: { kind: SentEntry['kind']; at: string };
  /** When they said they would decide, when the thread told. */
  theirDate?: string;
}

/** After a thank-you, a check-in goes about a week later when the plan gave no day (no interview date, no their date). */
const FALLBACK_DAYS = 7;
const MORNING_HOUR = 9;
/** Kinds that end the wait for a check-in with that company: the check-in itself, or the end of the process. */
const CLOSING_KINDS: ReadonlySet<string> = new Set(['check-in', 'rejection-reply', 'withdrawal']);

/** One plan per company: the address's domain, or the address itself at a free-mail provider. */
export function companyOf(address: string): string {
  const domain = address.split('@')[1]?.toLowerCase() ?? '';
  return !domain || FREE_MAIL_DOMAINS.has(domain) ? address.toLowerCase() : domain;
}

/** The next business day at 9:00 local time on or after `ms` + FALLBACK_DAYS days. */
function fallbackDue(ms: number): number {
  const date = new Date(ms);
  date.setDate(date.getDate() + FALLBACK_DAYS);
  while (date.getDay() === 0 || date.getDay() === 6) date.setDate(date.getDate() + 1);
  date.setHours(MORNING_HOUR, 0, 0, 0);
  return date.getTime();
}

function dueOf(entry: SentEntry): number {
  const planned = entry.checkInAfter ? Date.parse(entry.checkInAfter) : Number.NaN;
  return Number.isFinite(planned) ? planned : fallbackDue(Date.parse(entry.at));
}

/** The local calendar day of an instant, comparable as a number. */
function localDay(ms: number): number {
  const d = new Date(ms);
  return d.getFullYear() * 10_000 + (d.getMonth() + 1) * 100 + d.getDate();
}

/**
 * The follow-ups the log plans, soonest first: per company, the thank-yous sent since the last check-in (or reply to
 * a rejection, or withdrawal) to anyone there ask for one check-in, on the latest day any of them planned. A check-in
 * is due from the start of its day (local time).
 */
export function planFollowUps(log: SentLog, nowMs: number): PlannedFollowUp[] {
  const byCompany = new Map<string, [string, SentEntry][]>();
  for (const [id, entry] of Object.entries(log)) {
    const key = companyOf(entry.to);
    byCompany.set(key, [...(byCompany.get(key) ?? []), [id, entry]]);
  }
  const plans: PlannedFollowUp[] = [];
  for (const entries of byCompany.values()) {
    entries.sort(([, a], [, b]) => Date.parse(a.at) - Date.parse(b.at));
    let lastClosing = -1;
    entries.forEach(([, e], index) => {
      if (CLOSING_KINDS.has(e.kind)) lastClosing = index;
    });
    const thankYous = entries.slice(lastClosing + 1).filter(([, e]) => e.kind === 'thank-you');
    if (thankYous.length === 0) continue;
    // The latest day any of them planned (their date, read in one thread, holds for the whole company); ties: the first.
    let [id, entry] = thankYous[0];
    for (const candidate of thankYous) if (dueOf(candidate[1]) > dueOf(entry)) [id, entry] = candidate;
    const due = dueOf(entry);
    const theirDate = thankYous.map(([, e]) => e.theirDate).filter(Boolean).at(-1);
    plans.push({
      id,
      to: entry.to,
      next: 'check-in',
      due: new Date(due).toISOString(),
      isDue: localDay(due) <= localDay(nowMs),
      after: { kind: entry.kind, at: entry.at },
      ...(theirDate ? { theirDate } : {}),
    });
  }
  return plans.sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
}

/** How many planned follow-ups are due now (the toolbar badge). */
export function dueCount(log: SentLog, nowMs: number): number {
  return planFollowUps(log, nowMs).filter((plan) => plan.isDue).length;
}

/** The badge text: the count of due check-ins, or '' (no badge) when none is due. */
export function badgeText(log: SentLog, nowMs: number): string {
  const count = dueCount(log, nowMs);
  return count > 0 ? String(count) : '';
}

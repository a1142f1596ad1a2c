// How often, and to whom (CONTRACT.md section 1, "Cadence" and "One note per interviewer"): judgments that rest on
// the writer's earlier messages rather than on the words of the draft. timing, pushy and generic each call one of these.
import type { Analysis } from '../analyze';
import { dayOf, DAY_MS, describeDay, nextBusinessDay } from '../dates';
import { fingerprint, similarity } from '../fingerprint';
import type { MessageId } from '../messages/en';
import { parseRecipient } from '../recipient';
import type { Report } from '../rule';
import type { SentNote } from '../types';
import { OWN_GAP_DAYS } from './plan';

/** Similarity at or above which a note is a near-copy (CONTRACT.md: 0.7). */
export const NEAR_COPY = 0.7;
/** How far back the sent log is searched for a near-copy. */
const NEAR_COPY_DAYS = 14;
/** The writer's check-ins without a reply that make the next one pushy: the draft would be the third. */
const UNANSWERED_LIMIT = 2;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function describeAgo(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  if (days <= 0) return 'earlier today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** timing: a check-in before the first business day after their date, or within five days of the writer's last message. */
export function checkInTiming(a: Analysis): Report<MessageId<'timing'>> | null {
  if (a.kind !== 'check-in') return null;
  const now = a.now.getTime();
  const their = a.thread.theirDate;
  if (their) {
    const theirDay = dayOf(their.at, their.offset);
    const after = nextBusinessDay(theirDay);
    if (dayOf(now, their.offset) < after) {
      return { messageId: 'beforeTheirDate', data: { phrase: their.text, theirDate: describeDay(theirDay), after: describeDay(after) } };
    }
  }
  const last = a.thread.own[a.thread.own.length - 1];
  if (last && now - last.at >= 0 && now - last.at < OWN_GAP_DAYS * DAY_MS) {
    return { messageId: 'ownTooSoon', data: { ago: describeAgo(now - last.at), date: describeDay(dayOf(last.at, a.zone)) } };
  }
  return null;
}

/** pushy: the writer's third check-in (or later) with no reply from their side since the first. */
export function unansweredCheckIns(a: Analysis): Report<MessageId<'pushy'>>[] {
  if (a.kind !== 'check-in') return [];
  const waiting = a.thread.unanswered;
  if (waiting.length < UNANSWERED_LIMIT) return [];
  const first = waiting[0];
  const data = { nth: ORDINALS[waiting.length] ?? `${waiting.length + 1}th`, since: first.at === null ? 'your first one' : describeDay(dayOf(first.at, first.offset)) };
  return [{ messageId: 'unanswered', data }];
}

function companyDomain(address: string | undefined): string | null {
  if (!address) return null;
  const r = parseRecipient(address);
  return r.freeMail || !r.companyKey ? null : address.split('@')[1];
}

/** generic: a near-copy of a note sent in the last 14 days to someone else at the same company. */
export function nearCopies(a: Analysis): Report<MessageId<'generic'>>[] {
  const sent = Array.isArray(a.draft.sent) ? a.draft.sent : [];
  const to = a.recipient.address;
  const domain = companyDomain(to);
  if (!sent.length || !to || !domain) return [];
  const now = a.now.getTime();
  const colleagues = sent.filter((note): note is SentNote => {
    if (!note || typeof note !== 'object' || typeof note.to !== 'string' || typeof note.at !== 'string' || !Array.isArray(note.fingerprint)) return false;
    const address = parseRecipient(note.to).address;
    const at = Date.parse(note.at);
    return !!address && address !== to && address.split('@')[1] === domain && Number.isFinite(at) && at <= now + 3_600_000 && now - at <= NEAR_COPY_DAYS * DAY_MS;
  });
  if (!colleagues.length) return [];
  const own = fingerprint(a.body);
  let best: { note: SentNote; score: number } | null = null;
  for (const note of colleagues) {
    const score = similarity(own, note.fingerprint);
    if (score >= NEAR_COPY && (!best || score > best.score || (score === best.score && Date.parse(note.at) > Date.parse(best.note.at)))) best = { note, score };
  }
  if (!best) return [];
  const who = parseRecipient(best.note.to);
  return [{ messageId: 'nearCopy', data: { who: who.fullName ?? who.address ?? best.note.to, when: describeDay(dayOf(Date.parse(best.note.at), a.zone)) } }];
}

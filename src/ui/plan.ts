// The plan line (CONTRACT.md section 4, `data-plan`): what LintResult.plan means for the draft being written, in one
// sentence, with dates in the user's locale and time zone. Pure: the popup's follow-ups use the same date formats.
import type { LintResult } from '../engine/types';
import { t } from '../shared/i18n';

export interface DateFormat {
  /** BCP 47 locale; the browser's when omitted. */
  locale?: string;
  /** IANA time zone; the browser's when omitted. */
  timeZone?: string;
}

export type PlanKind = 'send-by' | 'check-in' | 'check-in-due';

export interface PlanLine {
  kind: PlanKind;
  text: string;
  /** The ISO time the line is about (sendBy or checkInAfter). */
  at: string;
}

/** A week ahead or more, a time gets its date too ("Thu, Mar 12, 2 PM"); before that the weekday says it. */
const WEEKDAY_ONLY_DAYS = 6;
const DAY_MS = 86_400_000;

function formatter(format: DateFormat, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(format.locale, { ...options, timeZone: format.timeZone });
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** The calendar day of an instant in the format's zone, as YYYY-MM-DD (comparable as a string). */
export function dayKey(ms: number, format: DateFormat = {}): string {
  const parts = formatter(format, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A day: "Mon, Mar 16" (en-US), "Mon 16 Mar" (en-GB). */
export function formatPlanDay(ms: number, format: DateFormat = {}): string {
  return formatter(format, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(ms));
}

/**
 * A time to act by: "Thu 2 PM" (a 12-hour locale drops ":00"), "Thu 14:00" (en-GB); with its date when it is a week
 * or more after `nowMs`.
 */
export function formatPlanTime(ms: number, nowMs: number, format: DateFormat = {}): string {
  const date = new Date(ms);
  const hour12 = formatter(format, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  const onTheHour = formatter(format, { minute: 'numeric' }).format(date) === '0';
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', hour: 'numeric' };
  if (!(hour12 && onTheHour)) options.minute = '2-digit';
  if (ms - nowMs >= WEEKDAY_ONLY_DAYS * DAY_MS) Object.assign(options, { day: 'numeric', month: 'short' });
  return formatter(format, options).format(date);
}

const parse = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);

/**
 * The plan line for a lint result judged at `nowMs`, or null when there is nothing to plan:
 * - a thank-you whose window is open: "Send by Thu 2 PM";
 * - a check-in, or a thank-you whose window has closed: "Check in on Mon, Mar 16" (from plan.checkInAfter), or
 *   "Time to check in (from Mon, Mar 16)" once that day has come; with their date, "— they said they'd decide by …".
 */
export function planLine(result: LintResult | null, nowMs: number, format: DateFormat = {}): PlanLine | null {
  if (!result?.followUp || !result.plan) return null;
  const { plan, kind } = result;
  const sendBy = parse(plan.sendBy);
  if (kind === 'thank-you' && Number.isFinite(sendBy) && sendBy >= nowMs) {
    return { kind: 'send-by', text: t('planSendBy', formatPlanTime(sendBy, nowMs, format)), at: plan.sendBy! };
  }
  if (kind !== 'thank-you' && kind !== 'check-in') return null;
  const checkIn = parse(plan.checkInAfter);
  if (!Number.isFinite(checkIn)) return null;
  const due = dayKey(checkIn, format) <= dayKey(nowMs, format);
  const day = formatPlanDay(checkIn, format);
  let text = due ? t('planCheckInDue', day) : t('planCheckIn', day);
  const theirDate = parse(plan.theirDate);
  if (Number.isFinite(theirDate)) text = t('planTheirDate', text, formatPlanDay(theirDate, format));
  return { kind: due ? 'check-in-due' : 'check-in', text, at: plan.checkInAfter! };
}

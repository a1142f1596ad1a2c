// A short thank-you draft the user starts from. Pure: no DOM, no clock beyond the `now` it is given.
// Blanks are written as [bracketed phrases] so the `generic` rule keeps flagging them until the user fills them.
import type { Draft } from './types.ts';
import { companyDisplayName, parseRecipients } from './recipient.ts';

export interface SkeletonInput {
  draft: Pick<Draft, 'subject' | 'to' | 'notes' | 'interviewAt'>;
  userName?: string;
  /** ISO 8601; with draft.interviewAt it lets the draft say "today" or "yesterday". */
  now?: string;
}

export const SPECIFICS_BLANK = '[something specific you discussed]';
export const CONTRIBUTION_BLANK = '[a skill or experience you would bring]';
export const NAME_BLANK = '[your name]';

const SUBJECT_PREFIX = /^\s*((re|fw|fwd|aw|sv|vs)\s*:\s*)+/i;
const THANKS_PREFIX = /^(thank\s*you|thanks|many thanks|follow[\s-]*up|following up)\b[\s,!.:;-]*/i;
const ROLE_BEFORE_KEYWORD = /^(?:for\s+)?(?:the|your|our|my)?\s*(.+?)\s+(?:interview|position|role|opening|job)\b/i;
const ROLE_AFTER_KEYWORD = /\b(?:interview|position|role|opening|application)\s+(?:for|as)\s+(?:the\s+|a\s+|an\s+)?(.+)$/i;
const FOLLOW_UP_SUBJECT = /\b(thank|thanks|interview|follow[\s-]*up|application)\b/i;
const TITLE_CASE = /^(?:[\p{Lu}\d][\p{L}\d.'&/+-]*|of|and|for|the|&)(?:\s+(?:[\p{Lu}\d][\p{L}\d.'&/+-]*|of|and|for|the|&))*$/u;
const NOT_A_ROLE = /^(?:the|a|an|our|your|my|today'?s?|yesterday'?s?|recent|phone|video|onsite|on-site|final|first|second|follow[\s-]*up|thank\s*you|thanks)$/i;

/** The job title a subject line names ("Thank you — Logistics Coordinator interview" → "Logistics Coordinator"), if any. */
export function roleFromSubject(subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  const cleaned = subject.replace(SUBJECT_PREFIX, '').trim();
  const segments = cleaned.split(/\s+[—–\-|:]\s+|\s*[—–|:]\s*/).map((s) => s.trim()).filter(Boolean);
  for (const segment of segments) {
    const rest = segment.replace(THANKS_PREFIX, '').trim();
    const match = ROLE_AFTER_KEYWORD.exec(rest) ?? ROLE_BEFORE_KEYWORD.exec(rest);
    const role = match ? tidyRole(match[1]) : undefined;
    if (role) return role;
  }
  // "Thank you - Senior Product Designer": beside a thanks/interview segment, a bare Title Case segment is the job title.
  if (segments.length > 1 && FOLLOW_UP_SUBJECT.test(cleaned)) {
    for (const segment of segments) {
      if (FOLLOW_UP_SUBJECT.test(segment) || !TITLE_CASE.test(segment)) continue;
      const role = tidyRole(segment);
      if (role) return role;
    }
  }
  return undefined;
}

function tidyRole(raw: string): string | undefined {
  const role = raw
    .replace(/^(?:for|about|on|re|regarding)\s+/i, '')
    .replace(/^(?:the|your|our|my|a|an)\s+/i, '')
    .replace(/\s+(?:at|with)\s+.+$/i, '')
    .replace(/\s+(?:interview|position|role|opening|job)$/i, '')
    .replace(/[\s,.;!?]+$/, '')
    .trim();
  const words = role.split(/\s+/);
  if (!role || words.length > 6 || NOT_A_ROLE.test(role) || !/^[\p{L}\d]/u.test(role)) return undefined;
  // A subject such as "Thank you for your time" mentions no role.
  if (/\b(?:time|meeting|chat|call|conversation|talk)\b/i.test(role)) return undefined;
  return role;
}

/** Notes are one topic per line or comma separated: "ferry re-planning, TMS migration" → "ferry re-planning and TMS migration". */
export function notesAsPhrase(notes: string | undefined): string | undefined {
  if (!notes) return undefined;
  const items = notes
    .split(/\n|,|;/)
    .map((item) => item.replace(/^\s*[-*•]\s*/, '').trim().replace(/[.!]+$/, ''))
    .filter(Boolean);
  if (items.length === 0) return undefined;
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "today" / "yesterday" when the interview was on that calendar day (the runtime's time zone), else undefined. */
export function interviewDayWord(interviewAt: string | undefined, now: string | undefined): string | undefined {
  if (!interviewAt || !now) return undefined;
  const interview = new Date(interviewAt);
  const sent = new Date(now);
  if (Number.isNaN(interview.getTime()) || Number.isNaN(sent.getTime()) || interview > sent) return undefined;
  const dayStart = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((dayStart(sent) - dayStart(interview)) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return undefined;
}

export function buildSkeleton({ draft, userName, now }: SkeletonInput): string {
  const recipient = parseRecipients(draft.to ?? []);
  const greeting = recipient.firstName ? `Hi ${recipient.firstName},` : 'Hello,';
  const role = roleFromSubject(draft.subject);
  const roleText = role ? `the ${role} role` : 'the role';
  const company = companyDisplayName(recipient, [draft.subject ?? '', draft.notes ?? '']);
  const companyText = company && !recipient.freeMail ? ` at ${company}` : '';
  const specifics = notesAsPhrase(draft.notes) ?? SPECIFICS_BLANK;
  const name = userName?.trim() || NAME_BLANK;
  const when = interviewDayWord(draft.interviewAt, now);

  return [
    greeting,
    '',
    `Thank you for taking the time to speak with me${when ? ` ${when}` : ''} about ${roleText}${companyText}. I especially enjoyed our conversation about ${specifics}.`,
    '',
    `It left me even more interested in joining the team, and I would welcome the chance to contribute ${CONTRIBUTION_BLANK}.`,
    '',
    'Thank you again for your time and consideration.',
    '',
    'Best regards,',
    name,
  ].join('\n');
}

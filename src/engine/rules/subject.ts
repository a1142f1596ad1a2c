import type { Report, Rule } from '../rule';
import type { MessageId } from '../messages/en';
import { TITLE_WORDS } from '../text/names';
import type { Analysis } from '../analyze';

type M = MessageId<'subject'>;

/** A reply or forward keeps the subject of the conversation: "Re:", "RE:", "AW:", "SV:", "Fwd:". */
const REPLY_PREFIX = /^\s*(?:re|aw|sv|vs|antw|wg|fw|fwd|tr|rv|r)\s*(?:\[\d+\])?\s*:/i;
/** Words that say what the mail is. */
const SAYS_WHAT = /\b(?:interview\w*|thank\w*|thanks|thx|appreciat\w*|grateful|gratitude|application|applied|candidacy|position|role|job|opening|vacancy|offer|withdraw\w*|rejection|decision)\b/i;
/** The role as the letter (or the thread) names it: "the Logistics Coordinator role", "for the Senior Analyst position". */
const ROLE = /\b(?:the|for|as|our|your)\s+((?:[\p{Lu}][\p{L}&/'-]*\s+){0,4}[\p{Lu}][\p{L}&/'-]*)\s+(?:role|position|job|opening|vacancy|post|interview)\b/gu;

/** The role named in the draft's letter or its thread, when it is a job title. */
export function roleOf(a: Analysis): string | undefined {
  const texts = [...a.content.map((s) => s.text), ...a.thread.entries.map((e) => e.body)];
  for (const text of texts) {
    for (const m of text.matchAll(ROLE)) if (TITLE_WORDS.test(m[1])) return m[1];
  }
  return undefined;
}

export const subject: Rule<'subject'> = {
  meta: {
    id: 'subject',
    description: 'A new follow-up has a subject that says what it is: the role, the interview, or thanks.',
    article: 'Be professional: a subject line says what the mail is (career-centre and recruiter advice).',
    severity: 'warning',
    followUpOnly: true,
  },
  check(a) {
    // Unknown (the caller gave no subject at all) is not empty; a reply keeps the conversation's subject.
    if (typeof a.draft.subject !== 'string' || REPLY_PREFIX.test(a.subject)) return [];
    const text = a.subject.trim();
    if (text && (SAYS_WHAT.test(text) || TITLE_WORDS.test(text))) return [];
    const role = roleOf(a);
    const replacement = !role ? undefined : a.kind === 'thank-you' ? `Thank you – ${role} interview` : a.kind === 'check-in' ? `Following up – ${role} interview` : undefined;
    const report: Report<M> = text ? { messageId: 'vague', data: { subject: text } } : { messageId: 'empty' };
    if (replacement) report.fixes = [{ messageId: 'fixUse', replacement, target: 'subject' }];
    return [report];
  },
};

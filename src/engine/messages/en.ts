// Every text the engine shows, per rule and message id (ESLint's meta.messages, kept in one table per language so that
// a translation is one more file of the same shape). {placeholders} are filled from the report's data. Fix titles are
// messages too, so they translate with the rest.
import type { RuleId } from '../types';

export const en = {
  timing: {
    late: 'It has been {days} since the interview; a thank-you lands best within 24–48 hours, so send it today and keep it short.',
    lateText: 'This says the interview was {phrase}; a thank-you works best within 24–48 hours, so send it now and skip long apologies.',
    admitsLate: 'The note says it is late; a thank-you works best within 24–48 hours, so send it now and keep the apology to a few words.',
    future: 'The interview date is in the future; check the date, or save this note until after the interview.',
    checkInTooOften: 'Another check-in so soon after the last one is too often; give them a week or two before writing again.',
    checkInTooSoon: 'Only {days} since the interview is early for a status check-in; wait about a week, or until the date they gave you.',
  },
  specificity: {
    missing: 'Nothing here points to your conversation; mention one specific topic, project or person you discussed.',
    notesMissing: 'None of your notes ({topics}) appears in the draft; mention one of them so they remember your conversation.',
    nameSpelling: '“{found}” is spelled “{expected}” in your notes; check the spelling of names.',
    fixSpelling: 'Write “{expected}”',
  },
  gratitude: {
    missing: 'There is no thank-you; thank them for their time and consideration.',
  },
  tone: {
    casualGreeting: '“{text}” is too casual for a follow-up; open with “Hi” or “Dear” and their name.',
    slang: '“{text}” is slang; keep the tone friendly but professional.',
    emoji: 'Several emoji make a follow-up look unprofessional; keep words only, or one at most.',
    exclamations: 'Repeated exclamation marks read as overexcited; one is plenty.',
    shouting: '“{text}” in capitals reads as shouting; write it in normal case.',
    formal: '“{text}” is stiff and old-fashioned; say it simply and warmly.',
    fixReplace: 'Replace with “{replacement}”',
    fixWrite: 'Write “{replacement}”',
    fixDelete: 'Delete “{text}”',
    fixDeleteEmoji: 'Delete the emoji',
    fixOneExclamation: 'Use one “!”',
    fixFullStop: 'Use a full stop',
  },
  pushy: {
    demand: 'This demands an answer; ask politely and leave them room to respond.',
    deadline: 'Setting them a deadline is pushy; ask politely about their timeline instead.',
    ultimatum: 'This reads as an ultimatum; if you have another offer, say so calmly and without conditions.',
    guilt: 'Pointing out what you gave up or did for them puts guilt on them; leave it out.',
    silence: 'Complaining about their silence puts them on the defensive; ask kindly whether there is any news instead.',
    escalation: 'Turning up, phoning uninvited or going over their head is pushy; write to your contact and let them answer.',
    chase: 'Pointing to your unanswered mail sounds like a nag; write a fresh, friendly note instead.',
    impatience: 'This sounds impatient; a calm question gives them room to respond in their own time.',
    asap: '“{text}” pressures them; give them room to respond in their own time.',
    questionMarks: 'Repeated question marks sound impatient; use one.',
    fixDelete: 'Delete “{text}”',
    fixOneQuestionMark: 'Use one “?”',
  },
  money: {
    ownPay: 'Salary and benefits come after an offer; leave {text} out of a follow-up.',
    figure: 'Naming your pay figure here makes the note about money; save it for when they make an offer.',
    fixDeleteSentence: 'Delete this sentence',
  },
  generic: {
    placeholder: 'The placeholder “{text}” is still unfilled; replace it before you send.',
    subjectPlaceholder: 'The subject still has a placeholder (“{text}”); fill it in.',
    impersonalGreeting: '“{text}” sounds like a template; greet the person by name.',
    wrongCompany: 'You name “{text}”, but this goes to {company}; a reused template?',
    fixReplace: 'Replace with “{replacement}”',
  },
} as const satisfies Partial<Record<RuleId, Record<string, string>>>;

/** The message table's shape: a translation has the same rules and ids. */
export type Messages = { [R in keyof typeof en]: { [K in keyof (typeof en)[R]]: string } };
export type RuleWithMessages = keyof Messages;
/** A rule's message ids: a report or fix naming any other id is a type error. */
export type MessageId<R extends RuleWithMessages> = keyof Messages[R] & string;

/** The text of one message with its {placeholders} filled; throws on an id the table lacks (reported as a rule error). */
export function formatMessage(rule: string, id: string, data: Record<string, string | number> = {}, table: Messages = en): string {
  const template = (table as Record<string, Record<string, string> | undefined>)[rule]?.[id];
  if (typeof template !== 'string') throw new Error(`no message "${id}" for rule "${rule}"`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(data[name] ?? ''));
}

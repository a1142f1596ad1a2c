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
    beforeTheirDate: 'They said they would get back to you {phrase} ({theirDate}); a check-in before {after} comes too soon, so wait until then.',
    ownTooSoon: 'You last wrote to them {ago} ({date}); wait at least five days after your last message before checking in again.',
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
    casual: '“{text}” is chat slang; write it out in plain, friendly words.',
    overboard: '“{text}” goes overboard for a follow-up; keep one “!” or emoji at most and let your words carry the warmth.',
    shouting: '“{text}” in capitals reads as shouting; write it in normal case.',
    obsequious: '“{text}” sounds grovelling and old-fashioned; thank them plainly, as one professional to another.',
    hostile: 'This reads as angry or accusing; whatever happened, a calm note keeps the door open, so leave it out or say it politely.',
    sarcastic: 'This reads as sarcastic, which sounds bitter in writing; leave it out or say plainly what you need.',
    fixReplace: 'Replace with “{replacement}”',
    fixWrite: 'Write “{replacement}”',
    fixDelete: 'Delete “{text}”',
    fixOneExclamation: 'Use one “!”',
    fixFullStop: 'Use a full stop',
    fixCalm: 'Write “{replacement}”',
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
    unanswered: 'This would be your {nth} check-in with no reply since {since}; give them room, or ask someone else on the team instead.',
    fixDelete: 'Delete “{text}”',
    fixOneQuestionMark: 'Use one “?”',
    fixDeleteOneQuestionMark: 'Delete “{text}” and use one “?”',
  },
  money: {
    salary: 'Asking about “{text}” makes the follow-up about money; leave pay until they make you an offer.',
    benefits: 'Benefits such as “{text}” are a question for the offer stage; leave them out of the follow-up.',
    bonus: 'Raising “{text}” makes the note about what you would earn; wait until they make an offer.',
    equity: 'Questions about “{text}” come after an offer; keep this note about the role and the team.',
    leave: 'Asking about “{text}” now makes the note about what you get; raise time off once there is an offer.',
    perks: 'Perks such as “{text}” belong in the offer conversation; leave them out of the follow-up.',
    figure: 'Naming your figure (“{text}”) makes the note about money; save it for when they ask or make an offer.',
    negotiate: 'Opening a negotiation over “{text}” before any offer makes the note about money; let them raise pay first.',
    fixDeleteSentence: 'Delete this sentence',
  },
  generic: {
    slotBracket: 'The placeholder “{text}” was never filled in, so the note reads as a template; replace it with the real detail.',
    slotBrace: 'The merge field “{text}” was never filled in, so the note reads as a mass mailing; type the real value.',
    slotAngle: 'The placeholder “{text}” was never filled in, so the note reads as a template; replace it with the real detail.',
    slotParen: '“{text}” is the template talking to you, not your own words; write in the real detail.',
    slotBare: '“{text}” is a template’s field name left in as plain words; put in the real one.',
    slotMask: 'The blank “{text}” was never filled in; put in the real date, name or figure.',
    instruction: 'A template’s instruction (“{text}”) is still in the note; write that part in your own words and delete the instruction.',
    subjectPlaceholder: 'The subject still has a placeholder (“{text}”); fill it in before you send.',
    impersonalGreeting: '“{text}” greets a stranger, but you met this person; greet them by name.',
    roleGreeting: '“{text}” greets a job title, but this goes to a person’s own address; use their name.',
    wrongCompany: 'You name “{text}”, but this goes to {company}; check that the note was written for them.',
    nearCopy: 'This is nearly the note you sent {who} on {when}; give each interviewer their own note, with something you discussed with them.',
    fixReplace: 'Replace with “{replacement}”',
  },
  subject: {
    empty: 'The subject is empty; say what this mail is: the role, and “interview” or “thank you”.',
    vague: '“{subject}” does not say what this mail is; name the role, and “interview” or “thank you”.',
    fixUse: 'Use “{replacement}”',
  },
  length: {
    tooLong: 'At {count} words this is long for a follow-up; keep it to about 100–200 words so it is read in full.',
    tooShort: 'At {count} words this thank-you may read as an afterthought; add a line about something you discussed.',
  },
  'send-time': {
    night: 'It is late at night where you are; schedule it for {suggestion} so it lands in their working day.',
    weekend: 'It is the weekend where you are; schedule it for {suggestion} so it lands in their working day.',
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

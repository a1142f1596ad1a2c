// Every message the engine shows, keyed "<rule>/<messageId>". A second language is another file of this shape.
// {placeholders} are filled from the report's data.
export const en: Record<string, string> = {
  'timing/late': 'It has been {days} since the interview; a thank-you lands best within 24–48 hours, so send it today and keep it short.',
  'timing/lateText': 'This says the interview was {phrase}; a thank-you works best within 24–48 hours, so send it now and skip long apologies.',
  'timing/admitsLate': 'The note says it is late; a thank-you works best within 24–48 hours, so send it now and keep the apology to a few words.',
  'timing/future': 'The interview date is in the future; check the date, or save this note until after the interview.',
  'timing/checkInTooOften': 'Another check-in so soon after the last one is too often; give them a week or two before writing again.',
  'timing/checkInTooSoon': 'Only {days} since the interview is early for a status check-in; wait about a week, or until the date they gave you.',

  'specificity/missing': 'Nothing here points to your conversation; mention one specific topic, project or person you discussed.',
  'specificity/notesMissing': 'None of your notes ({topics}) appears in the draft; mention one of them so they remember your conversation.',
  'specificity/nameSpelling': '“{found}” is spelled “{expected}” in your notes; check the spelling of names.',

  'gratitude/missing': 'There is no thank-you; thank them for their time and consideration.',

  'tone/casualGreeting': '“{text}” is too casual for a follow-up; open with “Hi” or “Dear” and their name.',
  'tone/slang': '“{text}” is slang; keep the tone friendly but professional.',
  'tone/emoji': 'Several emoji make a follow-up look unprofessional; keep words only, or one at most.',
  'tone/exclamations': 'Repeated exclamation marks read as overexcited; one is plenty.',
  'tone/shouting': '“{text}” in capitals reads as shouting; write it in normal case.',
  'tone/formal': '“{text}” is stiff and old-fashioned; say it simply and warmly.',

  'pushy/asap': '“{text}” pressures them; give them room to respond in their own time.',
  'pushy/deadline': 'Setting them a deadline is pushy; ask politely about their timeline instead.',
  'pushy/chase': '“{text}” sounds like a nag; a follow-up should be friendly, not a reminder of unanswered mail.',
  'pushy/demand': 'This demands an answer; ask politely and allow them space to respond.',
  'pushy/ultimatum': 'This reads as an ultimatum; mention other offers only if you must, and never as pressure.',
  'pushy/guilt': 'Pointing out what you gave up for this interview puts guilt on them; leave it out.',
  'pushy/questionMarks': 'Repeated question marks sound impatient; use one.',

  'money/ownPay': 'Salary and benefits come after an offer; leave {text} out of a follow-up.',
  'money/figure': 'Naming your pay figure here makes the note about money; save it for when they make an offer.',

  'generic/placeholder': 'The placeholder “{text}” is still unfilled; replace it before you send.',
  'generic/subjectPlaceholder': 'The subject still has a placeholder (“{text}”); fill it in.',
  'generic/impersonalGreeting': '“{text}” sounds like a template; greet the person by name.',
  'generic/wrongCompany': 'You name “{text}”, but this goes to {company}; a reused template?',
};

export function formatMessage(key: string, data: Record<string, string | number> = {}): string {
  const template = en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(data[name] ?? ''));
}

// Is this an interview follow-up? And which kind: a thank-you after the interview, or a later status check-in?
// A weighted vote of cues, each about the writer being a candidate writing to the people who interviewed them.
import type { Sentence } from './text/segment';
import type { Recipient } from './recipient';
import { CHECK_IN_CUE, CHECK_IN_SUBJECT, CLASSIFIER_CUES, LATER_MESSAGE_CUE, PLEASURE_OF_MEETING, THANKS_FOR_MEETING } from './data/classify';

const LIST_MAILBOX = /^(?:subscribers?|everyone|all|all[-_.]?staff|staff|newsletter|news|list|members|announce|announcements|updates|noreply|no-reply|team|[\w-]*-(?:team|list|all))$/i;

export type DraftKind = 'thank-you' | 'check-in' | 'other';

export interface ClassifyInput {
  body: string;
  subject: string;
  sentences: Sentence[];
  content: Sentence[];
  interviewAt: Date | null;
  recipient: Recipient;
  /** Hours since the interview, from interviewAt or the text; null when unknown. */
  hoursSince: number | null;
}

export interface Classification {
  kind: DraftKind;
  followUp: boolean;
  score: number;
}

export const FOLLOW_UP_THRESHOLD = 3;

export function classify(input: ClassifyInput): Classification {
  const text = input.content.map((s) => s.text).join('\n');
  const all = `${input.subject}\n${text}`;
  let score = input.interviewAt ? FOLLOW_UP_THRESHOLD : 0;
  // A list or shared inbox (subscribers@, everyone@) is not one interviewer.
  if (input.recipient.address && LIST_MAILBOX.test(input.recipient.address.split('@')[0])) score -= 4;
  for (const cue of CLASSIFIER_CUES) {
    const target = cue.in === 'subject' ? input.subject : cue.in === 'all' ? all : text;
    if (cue.pattern.test(target)) score += cue.weight;
  }
  // A later message opens with "thank you again"; a thank-you note may only end with it.
  const first = input.content.find((s) => s.region === 'content');
  const later = input.hoursSince === null || input.hoursSince > 72;
  // Past the thank-you window, a note that is not opening with thanks for the meeting is a check-in by its weaker signs too.
  // ... unless it opens by thanking them for the meeting (a late thank-you), rather than by following up.
  const laterAt = LATER_MESSAGE_CUE.exec(text)?.index ?? Infinity;
  const thanksAt = (THANKS_FOR_MEETING.exec(text) ?? PLEASURE_OF_MEETING.exec(text))?.index ?? Infinity;
  const thanksAgain = !!first && /^(?:thank you|thanks) (?:again|once again)\b/i.test(first.text);
  const laterSigns = thanksAgain || laterAt < thanksAt || (CHECK_IN_SUBJECT.test(input.subject) && !(thanksAt < Infinity));
  // Within the window, a note that opens with thanks and then asks about next steps is still a thank-you.
  const statusAt = CHECK_IN_CUE.exec(text)?.index ?? Infinity;
  const checkIn = (statusAt < Infinity && (later || statusAt < thanksAt)) || (later && laterSigns);
  const thanks = THANKS_FOR_MEETING.test(text) || PLEASURE_OF_MEETING.test(text);
  const followUp = score >= FOLLOW_UP_THRESHOLD;
  const kind: DraftKind = !followUp ? 'other' : checkIn ? 'check-in' : thanks || followUp ? 'thank-you' : 'other';
  return { kind, followUp, score };
}

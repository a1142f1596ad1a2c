// Is this an interview follow-up? And which kind: a thank-you after the interview, or a later status check-in?
// A weighted vote of cues, each about the writer being a candidate writing to the people who interviewed them.
import type { AnalyzedSentence } from './analyze';
import type { Recipient } from './recipient';
import { memoBySentence } from './rule';
import { CHECK_IN_CUE, CHECK_IN_SUBJECT, CLASSIFIER_CUES, LATER_MESSAGE_CUE, PLEASURE_OF_MEETING, THANKS_FOR_MEETING } from './data/classify';

const LIST_MAILBOX = /^(?:subscribers?|everyone|all|all[-_.]?staff|staff|newsletter|news|list|members|announce|announcements|updates|noreply|no-reply|team|[\w-]*-(?:team|list|all))$/i;

export type DraftKind = 'thank-you' | 'check-in' | 'other';

export interface ClassifyInput {
  subject: string;
  /** Greeting and content sentences: the letter itself. */
  content: AnalyzedSentence[];
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

/** What one sentence says to the classifier; cues never span sentences, so this is memoized per sentence. */
interface SentenceCues {
  /** Indexes into CLASSIFIER_CUES of the text cues that match. */
  cues: number[];
  /** Where in the sentence a later-message sign, thanks for the meeting and a status question start (-1: none). */
  later: number;
  thanks: number;
  status: number;
}

function sentenceCues(text: string): SentenceCues {
  const cues: number[] = [];
  CLASSIFIER_CUES.forEach((cue, i) => {
    if (cue.in !== 'subject' && cue.pattern.test(text)) cues.push(i);
  });
  const at = (re: RegExp) => re.exec(text)?.index ?? -1;
  const thanks = [at(THANKS_FOR_MEETING), at(PLEASURE_OF_MEETING)].filter((i) => i >= 0);
  return { cues, later: at(LATER_MESSAGE_CUE), thanks: thanks.length ? Math.min(...thanks) : -1, status: at(CHECK_IN_CUE) };
}

export function classify(input: ClassifyInput): Classification {
  let score = input.interviewAt ? FOLLOW_UP_THRESHOLD : 0;
  // A list or shared inbox (subscribers@, everyone@) is not one interviewer.
  if (input.recipient.address && LIST_MAILBOX.test(input.recipient.address.split('@')[0])) score -= 4;

  const matched = new Set<number>();
  // First positions in the letter, as offsets into its sentences joined one after another.
  let laterAt = Infinity;
  let thanksAt = Infinity;
  let statusAt = Infinity;
  let offset = 0;
  for (const s of input.content) {
    const c = memoBySentence(s, 'classify', () => sentenceCues(s.text));
    for (const i of c.cues) matched.add(i);
    if (c.later >= 0) laterAt = Math.min(laterAt, offset + c.later);
    if (c.thanks >= 0) thanksAt = Math.min(thanksAt, offset + c.thanks);
    if (c.status >= 0) statusAt = Math.min(statusAt, offset + c.status);
    offset += s.text.length + 1;
  }
  CLASSIFIER_CUES.forEach((cue, i) => {
    const inSubject = cue.in !== undefined && cue.in !== 'text' && cue.pattern.test(input.subject);
    if (matched.has(i) || inSubject) score += cue.weight;
  });

  // A later message opens with "thank you again"; a thank-you note may only end with it.
  const first = input.content.find((s) => s.region === 'content');
  const thanksAgain = !!first && /^(?:thank you|thanks) (?:again|once again)\b/i.test(first.text);
  const later = input.hoursSince === null || input.hoursSince > 72;
  // Past the thank-you window, weaker signs make a check-in too, unless the note opens by thanking them for the
  // meeting (a late thank-you) rather than by following up.
  const laterSigns = thanksAgain || laterAt < thanksAt || (CHECK_IN_SUBJECT.test(input.subject) && thanksAt === Infinity);
  // Within the window, a note that opens with thanks and then asks about next steps is still a thank-you.
  const checkIn = (statusAt < Infinity && (later || statusAt < thanksAt)) || (later && laterSigns);
  const followUp = score >= FOLLOW_UP_THRESHOLD;
  const kind: DraftKind = !followUp ? 'other' : checkIn ? 'check-in' : 'thank-you';
  return { kind, followUp, score };
}

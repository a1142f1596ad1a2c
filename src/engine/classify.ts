// Is this a candidate's interview follow-up, and what kind (CONTRACT.md section 1, "Message kinds")? A small learned
// model (learn/model.ts, weights in data/model.json from `npm run train`) reads the letter's words, what its sentences
// do (data/kinds.ts), the older weighted vote of cues below, the timing and the thread. Without weights the vote decides.
import type { AnalyzedSentence } from './analyze';
import type { Recipient } from './recipient';
import type { Kind } from './types';
import { memoBySentence } from './rule';
import models from './data/model.json';
import { probabilities, type Model } from './learn/model';
import { sentenceFeatures } from './learn/features';
import { BEFORE_INTERVIEW, CHECK_IN, EMPLOYER_VOICE, OFFER_STAGE, OTHER_ABOUT_PROCESS, REFERENCE_THANKS, REJECTION_REPLY, THANK_YOU, WITHDRAWAL } from './data/kinds';
import { CHECK_IN_CUE, CHECK_IN_SUBJECT, CLASSIFIER_CUES, LATER_MESSAGE_CUE, PLEASURE_OF_MEETING, THANKS_FOR_MEETING } from './data/classify';

const LIST_MAILBOX = /^(?:subscribers?|everyone|all|all[-_.]?staff|staff|newsletter|news|list|members|announce|announcements|updates|noreply|no-reply|team|[\w-]*-(?:team|list|all))$/i;

export type DraftKind = Kind;

export interface ClassifyInput {
  subject: string;
  /** Greeting and content sentences: the letter itself. */
  content: AnalyzedSentence[];
  interviewAt: Date | null;
  recipient: Recipient;
  /** Hours since the interview, from interviewAt or the text; null when unknown. */
  hoursSince: number | null;
  /** Earlier messages of the conversation (Draft.thread, or the body's quoted history), oldest first, with whose each is. */
  thread?: readonly { from: string; body: string; side?: 'writer' | 'them' }[];
  /** The writer's own address (Draft.from). */
  from?: string;
  /** False when the draft holds no letter yet: no sentence but a greeting or a signature. */
  hasLetter?: boolean;
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

/** The older weighted vote of cues: follow-up or not, and thank-you or check-in. Its result is a feature of the model. */
export function legacyVote(input: ClassifyInput): Classification {
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

const KIND_ACTS: [string, RegExp][] = [
  ['withdrawal', WITHDRAWAL],
  ['rejection', REJECTION_REPLY],
  ['other', OTHER_ABOUT_PROCESS],
  ['checkin', CHECK_IN],
  ['thanks', THANK_YOU],
  ['employer', EMPLOYER_VOICE],
  ['offer', OFFER_STAGE],
  ['reference', REFERENCE_THANKS],
  ['before', BEFORE_INTERVIEW],
];

/** What a sentence does, as the names of the acts it matches (memoized per sentence). */
function acts(s: AnalyzedSentence): string[] {
  return memoBySentence(s, 'classify:acts', () => KIND_ACTS.filter(([, re]) => (re.lastIndex = 0, re.test(s.text))).map(([name]) => name));
}

const REJECTION_IN_THEIR_MAIL = /\b(?:unfortunately|regret to (?:inform|let you know|advise)|(?:decided|chosen) (?:to (?:move|go|proceed) (?:forward|ahead) )?with (?:another|a different|other) (?:candidate|applicant)|not (?:be )?(?:moving|progressing|proceeding) (?:forward|further)|will not be (?:offering|progressing|moving)|other candidates (?:whose|who)|not (?:been )?successful|position has been filled)\b/i;
const OFFER_IN_THEIR_MAIL = /\b(?:pleased|delighted|happy|thrilled) to (?:offer|extend)|offer letter|(?:formal|written) offer\b/i;

function addressOf(from: string): string {
  return (/<([^>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase();
}

/** The model's view of a draft: its words, its acts, the vote of cues, the timing, the recipient and the thread. */
export function draftFeatures(input: ClassifyInput): string[] {
  const f = new Set<string>();
  const letter = input.content.filter((s) => s.region === 'content');
  letter.forEach((s, i) => {
    for (const w of memoBySentence(s, 'classify:words', () => sentenceFeatures(s.text).map((x) => `w:${x}`))) f.add(w);
    for (const act of acts(s)) {
      f.add(`act:${act}`);
      if (i === 0) f.add(`act1:${act}`);
    }
  });
  const words = letter.reduce((n, s) => n + s.tokens.length, 0);
  f.add(words < 50 ? 'len:short' : words > 250 ? 'len:long' : 'len:mid');
  for (const w of input.subject.toLowerCase().match(/[\p{L}']+/gu) ?? []) f.add(`s:${w}`);
  if (/^\s*(?:re|aw|sv|antw|rv)\s*:/i.test(input.subject)) f.add('s:#reply');
  if (!input.subject.trim()) f.add('s:#empty');
  const vote = legacyVote(input);
  f.add(vote.followUp ? `vote:${vote.kind}` : 'vote:not');
  f.add(`vote:score:${Math.max(-6, Math.min(9, Math.round(vote.score)))}`);
  if (input.interviewAt) f.add('interview:given');
  const h = input.hoursSince;
  f.add(h === null ? 'since:unknown' : h < -1 ? 'since:future' : h <= 72 ? 'since:0-3d' : h <= 24 * 10 ? 'since:3-10d' : 'since:10d+');
  const r = input.recipient;
  f.add(!r.address ? 'to:none' : r.freeMail ? 'to:free' : r.roleMailbox ? 'to:mailbox' : 'to:person');
  const thread = input.thread ?? [];
  if (thread.length) {
    f.add('thread:yes');
    const me = input.from ? addressOf(input.from) : undefined;
    const mine = (m: (typeof thread)[number]) => (m.side ? m.side === 'writer' : !!me && addressOf(m.from) === me);
    const theirs = thread.filter((m) => !mine(m));
    const last = theirs[theirs.length - 1];
    if (last && REJECTION_IN_THEIR_MAIL.test(last.body)) f.add('thread:rejection');
    if (last && OFFER_IN_THEIR_MAIL.test(last.body)) f.add('thread:offer');
    if (thread.some(mine)) f.add('thread:writer-wrote');
  }
  return [...f];
}

const LABELS: readonly ('not' | Kind)[] = ['not', 'thank-you', 'check-in', 'rejection-reply', 'withdrawal', 'other'];
const kindModel = (models as Record<string, Model | undefined>).kind;

/** Past the follow-up: an offer accepted or negotiated, or thanks to a reference. The contract rules these out whatever else the letter says. */
function pastOrBesideTheProcess(input: ClassifyInput): boolean {
  return input.content.some((s) => s.region === 'content' && acts(s).some((a) => a === 'offer' || a === 'reference'));
}

export function classify(input: ClassifyInput): Classification {
  const vote = legacyVote(input);
  if (pastOrBesideTheProcess(input)) return { kind: 'other', followUp: false, score: vote.score };
  // Nothing written yet beyond a greeting and a signature: nothing to judge.
  if (input.hasLetter === false) return { kind: 'other', followUp: false, score: vote.score };
  if (!kindModel) return vote;
  const p = probabilities(kindModel, draftFeatures(input));
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  const label = (kindModel.classes[best] ?? 'not') as (typeof LABELS)[number];
  // The model answers "not a follow-up" only when that is likelier than every kind together.
  const followUp = p[0] < 0.5;
  if (!followUp) return { kind: 'other', followUp: false, score: vote.score };
  let kind: Kind = label === 'not' ? 'thank-you' : label;
  if (label === 'not') {
    // Likelier "not" than any one kind but not than all of them: the likeliest kind.
    let k = 1;
    for (let i = 2; i < p.length; i++) if (p[i] > p[k]) k = i;
    kind = kindModel.classes[k] as Kind;
  }
  // Taking oneself out of the process, said outright and not as a threat, makes the letter a withdrawal however warmly
  // it thanks them first.
  if (input.content.some((s) => s.region === 'content' && acts(s).includes('withdrawal') && !CONDITIONAL.test(s.text))) kind = 'withdrawal';
  return { kind, followUp, score: vote.score };
}

/** A withdrawal only threatened or weighed: "unless I hear by Friday I will withdraw", "I may have to withdraw". */
const CONDITIONAL = /\b(?:if|unless|otherwise|or else|or i(?:'ll| will)|failing|in the absence of|absent|should (?:i|you) not|(?:may|might|will|would|shall|'ll|'d) (?:have to|need to|be forced to)|considering|thinking (?:about|of)|wondering whether|by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the end of))\b/i;

// Understands the draft once — its parts, recipient, times, kind — and gives every rule the same view.
import type { Draft, Settings } from './types';
import { layout, type Layout, type Sentence } from './text/segment';
import { tokenize, type Token } from './text/tokens';
import { companyDisplayName, parseRecipients, type Recipient } from './recipient';
import { interviewMentions, parseIso, type TimeMention } from './time';
import { classify, type ClassifyInput, type DraftKind } from './classify';
import { memoBySentence } from './rule';
import { isoOffset } from './dates';
import { readThread, type ThreadFacts } from './thread/read';
import { interviewOf, makePlan, type Interview, type Schedule } from './thread/plan';

export interface AnalyzedSentence extends Sentence {
  tokens: Token[];
}

export interface Analysis {
  draft: Draft;
  body: string;
  subject: string;
  settings: Settings;
  layout: Layout;
  /** Every sentence (greeting, content, sign-off, signature; not quoted history) with tokens. */
  sentences: AnalyzedSentence[];
  /** Greeting and content sentences: the letter itself, without the sign-off and signature. */
  content: AnalyzedSentence[];
  recipient: Recipient;
  /** The recipient's company as people write it (the draft's spelling, the thread's, the display name, the domain). */
  company?: string;
  now: Date;
  /** From draft.interviewAt; null when unknown. */
  interviewAt: Date | null;
  /** Phrases in the text that date the interview. */
  mentions: TimeMention[];
  kind: DraftKind;
  followUp: boolean;
  /** What the classifier read (the trainer reads the same). */
  classifyInput: ClassifyInput;
  notes: string[];
  /** The writer's zone, minutes east of UTC, read from draft.now (UTC when it ends in Z or is absent). */
  zone: number;
  /** The conversation: Draft.thread (or the body's quoted history) and the sent log. */
  thread: ThreadFacts;
  /** The interview time from the draft, the thread or the text, whichever is known first. */
  interview: Interview | null;
  /** LintResult.plan and the days it rests on. */
  schedule: Schedule;
}

export function analyze(draft: Draft, settings: Settings): Analysis {
  const body = draft.body;
  const lay = layout(body);
  const own = lay.sentences.filter((s) => s.region !== 'quote');
  const tokens = tokenize(own.map((s) => s.text));
  const sentences: AnalyzedSentence[] = own.map((s, i) => ({ ...s, tokens: tokens[i] }));
  const content = sentences.filter((s) => s.region === 'content' || s.region === 'greeting');
  const now = parseIso(draft.now) ?? new Date();
  const interviewAt = parseIso(draft.interviewAt);
  // Dated phrases per sentence, memoized by sentence and send time (offsets kept relative to the sentence).
  const nowKey = `mentions\u0000${now.getTime()}`;
  const mentions = content.flatMap((s) =>
    memoBySentence(s, nowKey, () => interviewMentions({ text: s.text, start: 0 }, now)).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })),
  );
  const subject = typeof draft.subject === 'string' ? draft.subject : '';
  const recipient = parseRecipients(Array.isArray(draft.to) ? draft.to : undefined);
  const company = companyDisplayName(recipient, [body, subject, ...(Array.isArray(draft.thread) ? draft.thread.map((m) => (typeof m?.body === 'string' ? m.body : '')) : [])]);
  const notes = typeof draft.notes === 'string' ? draft.notes.split(/[\n;,]+/).map((n) => n.trim()).filter((n) => n.length >= 2) : [];
  const zone = (typeof draft.now === 'string' ? isoOffset(draft.now) : null) ?? 0;
  const thread = readThread(draft, now.getTime(), zone);
  const interview = interviewOf(draft, interviewAt, thread, mentions, zone);
  const schedule = makePlan(interview, thread, zone, settings.windowHours);
  const hoursSince = interview ? (now.getTime() - interview.at) / 3_600_000 : null;
  const hasLetter = sentences.some((s) => (s.region === 'content' || s.region === 'signoff') && /[\p{L}\p{N}]/u.test(s.text));
  const classifyInput: ClassifyInput = { subject, content, interviewAt, recipient, hoursSince, thread: thread.entries, from: typeof draft.from === 'string' ? draft.from : undefined, hasLetter };
  const { kind, followUp } = classify(classifyInput);
  return { draft, body, subject, settings, layout: lay, sentences, content, recipient, company, now, interviewAt, mentions, kind, followUp, classifyInput, notes, zone, thread, interview, schedule };
}

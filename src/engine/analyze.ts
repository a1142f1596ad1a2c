// Understands the draft once — its parts, recipient, times, kind — and gives every rule the same view.
import type { Draft, Settings } from './types';
import { layout, type Layout, type Sentence } from './text/segment';
import { tokenize, type Token } from './text/tokens';
import { companyDisplayName, parseRecipients, type Recipient } from './recipient';
import { interviewMentions, parseIso, type TimeMention } from './time';
import { classify, type ClassifyInput, type DraftKind } from './classify';
import { memoBySentence } from './rule';

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
  const known = interviewAt ?? mentions[0]?.at ?? null;
  const hoursSince = known ? (now.getTime() - known.getTime()) / 3_600_000 : null;
  const thread = Array.isArray(draft.thread) ? draft.thread.filter((m) => m && typeof m.body === 'string' && typeof m.from === 'string') : undefined;
  const classifyInput: ClassifyInput = { subject, content, interviewAt, recipient, hoursSince, thread, from: typeof draft.from === 'string' ? draft.from : undefined };
  const { kind, followUp } = classify(classifyInput);
  return { draft, body, subject, settings, layout: lay, sentences, content, recipient, company, now, interviewAt, mentions, kind, followUp, classifyInput, notes };
}

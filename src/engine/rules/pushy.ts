import type { Report, Rule } from '../rule';
import { isQuoted, matchesIn, perSentence, phraseDeletion } from '../rule';
import type { AnalyzedSentence } from '../analyze';
import { ASAP, CHASE, DEADLINE, DEMAND, DEMAND_CONTEXT, GUILT, QUESTION_MARKS, THEIR_TIMELINE, ULTIMATUM, WRITER_ACTION } from '../data/pushy';
import type { MessageId } from '../messages/en';
import { unansweredCheckIns } from '../thread/cadence';

type M = MessageId<'pushy'>;

/** Does this "ASAP"/deadline sit in a demand on them, rather than the writer's own promise or their quoted timeline? */
function isDemandOnThem(sentence: { text: string; start: number }, at: number): boolean {
  if (isQuoted(sentence, at)) return false;
  const clauseStart = Math.max(sentence.text.lastIndexOf(';', at - sentence.start), sentence.text.lastIndexOf(',', at - sentence.start - 1));
  const before = sentence.text.slice(0, at - sentence.start);
  const clause = sentence.text.slice(clauseStart + 1, at - sentence.start);
  if (THEIR_TIMELINE.test(clause) || (THEIR_TIMELINE.test(before) && !/\b(?:please|i need|i must|i expect)\b/i.test(clause))) return false;
  if (WRITER_ACTION.test(clause) && !/\b(?:i need|i must|i expect|i require|let me know|get back|hear|respond|reply|answer|decision)\b/i.test(clause)) return false;
  return DEMAND_CONTEXT.test(sentence.text);
}

export const pushy: Rule<'pushy'> = {
  meta: {
    id: 'pushy',
    description: 'The note gives them space: no demands, deadlines, guilt or nagging about unanswered mail.',
    article: 'Avoid Being Pushy: allow them space to respond.',
    severity: 'warning',
    followUpOnly: true,
  },
  check(a) {
    const reports = a.content.flatMap((s) => perSentence(a.body, s, 'pushy', () => checkSentence(a.body, s)));
    // --- thread cadence (thread/cadence.ts): a third check-in with no reply since the first ---
    reports.push(...unansweredCheckIns(a));
    // --- end thread cadence ---
    return reports;
  },
};

function checkSentence(body: string, s: AnalyzedSentence): Report<M>[] {
  const out: Report<M>[] = [];
  let sentenceFlagged = false;
  for (const m of matchesIn(s, ASAP)) {
    if (!isDemandOnThem(s, m.at)) continue;
    const span = phraseDeletion(body, m.at, m.endAt);
    out.push({ messageId: 'asap', data: { text: m[0] }, ...span, fixes: [{ messageId: 'fixDelete', data: { text: m[0] }, replacement: '' }] });
    sentenceFlagged = true;
  }
  const ultimatum = [...matchesIn(s, ULTIMATUM)].length > 0;
  for (const m of matchesIn(s, DEMAND)) {
    if (isQuoted(s, m.at) || THEIR_TIMELINE.test(s.text.slice(0, m.index).split(/[,;]/).pop() ?? '')) continue;
    out.push({ messageId: ultimatum ? 'ultimatum' : 'demand', severity: 'error', start: s.start, end: s.end });
    sentenceFlagged = true;
    break;
  }
  // One sentence-level hint per sentence: an ultimatum says more than the deadline inside it.
  if (ultimatum && !sentenceFlagged) out.push({ messageId: 'ultimatum', severity: 'error', start: s.start, end: s.end });
  else if (!sentenceFlagged && [...matchesIn(s, DEADLINE)].some((m) => isDemandOnThem(s, m.at))) {
    out.push({ messageId: 'deadline', severity: 'error', start: s.start, end: s.end });
  }
  for (const m of matchesIn(s, CHASE)) {
    const fixes = /per my/i.test(m[0]) ? [{ messageId: 'fixDelete' as const, data: { text: m[0] }, replacement: '' }] : undefined;
    const span = fixes ? chaseDeletion(body, m.at, m.endAt) : { start: m.at, end: m.endAt };
    out.push({ messageId: 'chase', data: { text: m[0].trim() }, ...span, fixes });
  }
  if ([...matchesIn(s, GUILT)].length) out.push({ messageId: 'guilt', start: s.start, end: s.end });
  for (const m of matchesIn(s, QUESTION_MARKS)) {
    out.push({ messageId: 'questionMarks', start: m.at, end: m.endAt, fixes: [{ messageId: 'fixOneQuestionMark', replacement: '?' }] });
  }
  return out;
}

/** "Per my last email, I ..." → "I ...": take the comma and space after, and capitalize nothing (the fix stays minimal). */
function chaseDeletion(body: string, start: number, end: number): { start: number; end: number } {
  let e = end;
  while (e < body.length && (body[e] === ',' || body[e] === ' ')) e++;
  if (e > end) return { start, end: e };
  return phraseDeletion(body, start, end);
}

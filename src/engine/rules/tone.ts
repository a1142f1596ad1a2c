import type { FixReport, Report, Rule } from '../rule';
import { matchesIn, memoBySentence, perSentence, phraseDeletion } from '../rule';
import type { AnalyzedSentence } from '../analyze';
import { ACRONYMS, EMPHASIS, CASUAL_GREETING, FORMAL, LOWERCASE_ONLY, SLANG, SLANG_PHRASES, STRETCHED } from '../data/tone';
import type { MessageId } from '../messages/en';

type M = MessageId<'tone'>;

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*|(?<![\w:])[:;=]-?[)(DPp](?![\w])/gu;
const WORD_TAGS = ['Verb', 'Adjective', 'Adverb', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Expression', 'Negative', 'Modal', 'QuestionWord'];
const SHOUT_EXEMPT_TAGS = ['Acronym', 'Organization', 'Person', 'Place', 'ProperNoun'];

export const tone: Rule<'tone'> = {
  meta: {
    id: 'tone',
    description: 'The note is friendly and professional: no slang, emoji overload, shouting or stiff over-formality.',
    article: 'Keep it Light and Professional: don’t go overboard with humor or formality.',
    severity: 'warning',
    followUpOnly: true,
  },
  check(a) {
    const out: Report<M>[] = [];
    const { body } = a;
    const greeting = a.layout.greeting;
    if (greeting) {
      const casual = CASUAL_GREETING.exec(greeting.text);
      if (casual) {
        const name = a.recipient.firstName;
        const replacement = name ? `Hi ${name},` : 'Hello,';
        out.push({
          messageId: 'casualGreeting',
          data: { text: greeting.text },
          start: greeting.start,
          end: greeting.end,
          fixes: [{ messageId: 'fixReplace', replacement }],
        });
      }
    }

    const letter = a.sentences.filter((s) => s.region !== 'signature');
    const emoji: Span[] = [];
    const singles: Span[] = [];
    for (const s of letter) {
      out.push(...perSentence(body, s, `tone\u0000${s.region}`, () => sentenceReports(body, s)));
      const marks = memoBySentence(s, 'tone:marks', () => ({
        emoji: [...matchesIn({ text: s.text, start: 0 }, EMOJI)].map((m) => ({ start: m.at, end: m.endAt })),
        singles: [...matchesIn({ text: s.text, start: 0 }, /(?<!!)!(?!!)/g)].map((m) => ({ start: m.at, end: m.endAt })),
      }));
      for (const e of marks.emoji) emoji.push({ start: s.start + e.start, end: s.start + e.end });
      for (const x of marks.singles) singles.push({ start: s.start + x.start, end: s.start + x.end });
    }
    // Single "!" marks: one or two are fine; from the third on, each is flagged.
    if (singles.length >= 3) {
      for (const x of singles.slice(1)) out.push({ messageId: 'exclamations', ...x, fixes: [{ messageId: 'fixFullStop', replacement: '.' }] });
    }
    if (emoji.length >= 2) {
      for (const e of emoji) out.push({ messageId: 'emoji', ...phraseDeletion(body, e.start, e.end), fixes: [{ messageId: 'fixDeleteEmoji', replacement: '' }] });
    }
    return out;
  },
};

interface Span {
  start: number;
  end: number;
}

/** What one sentence alone shows: slang, stretched words, "!!", stiff phrases, shouting. */
function sentenceReports(body: string, s: AnalyzedSentence): Report<M>[] {
  const out: Report<M>[] = [];
  for (const t of s.tokens) {
    const lower = t.lower;
    if (lower in SLANG && !(s.region === 'greeting' && CASUAL_GREETING.test(t.lower))) {
      if (LOWERCASE_ONLY.has(lower) && t.text !== lower) continue; // "RN", "BC", "U": acronyms, initials, grades
      const start = s.start + t.start;
      const end = s.start + t.end;
      const instead = SLANG[lower];
      const fixes: FixReport<MessageId<'tone'>>[] | undefined = instead === '' ? [{ messageId: 'fixDelete', data: { text: t.text }, replacement: '' }] : instead ? [{ messageId: 'fixWrite', replacement: instead }] : undefined;
      const span = instead === '' ? phraseDeletion(body, start, end) : { start, end };
      out.push({ messageId: 'slang', data: { text: t.text }, ...span, fixes });
    }
  }
  for (const m of matchesIn(s, /(?:w\/o?|b\/c)(?=\s)/gi)) {
    const instead = SLANG[m[0].toLowerCase()];
    out.push({ messageId: 'slang', data: { text: m[0] }, start: m.at, end: m.endAt, fixes: instead ? [{ messageId: 'fixWrite', replacement: instead }] : undefined });
  }
  for (const m of matchesIn(s, SLANG_PHRASES)) out.push({ messageId: 'slang', data: { text: m[0] }, start: m.at, end: m.endAt });
  for (const m of matchesIn(s, STRETCHED)) {
    // Widen the stretched letters to their word.
    let from = m.index;
    let to = m.index + m[0].length;
    while (from > 0 && /[a-z]/i.test(s.text[from - 1])) from--;
    while (to < s.text.length && /[a-z]/i.test(s.text[to])) to++;
    const word = s.text.slice(from, to);
    if (/^(?:www|x+|z+|m+|hm+|ah+|i+|v+)$/i.test(word) || /^[A-Z]+$/.test(word) || (from > 0 && /[\d_]/.test(s.text[from - 1]))) continue;
    if (to - from === m[0].length && m[0].length < 4) continue;
    out.push({ messageId: 'slang', data: { text: word }, start: s.start + from, end: s.start + to });
    STRETCHED.lastIndex = to;
  }
  for (const m of matchesIn(s, /!{2,}/g)) {
    out.push({ messageId: 'exclamations', start: m.at, end: m.endAt, fixes: [{ messageId: 'fixOneExclamation', replacement: '!' }] });
  }
  for (const m of matchesIn(s, FORMAL)) out.push({ messageId: 'formal', data: { text: m[0] }, start: m.at, end: m.endAt });
  out.push(...shouting(s));
  return out;
}

function shouting(s: { text: string; start: number; tokens: { text: string; start: number; end: number; tags: ReadonlySet<string> }[] }): Report<M>[] {
  const out: Report<M>[] = [];
  const caps = (t: { text: string }) => /^[\p{Lu}][\p{Lu}'’-]*[\p{Lu}]$/u.test(t.text) && !ACRONYMS.has(t.text.replace(/['’]S$/, '').toUpperCase());
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!caps(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && caps(tokens[j + 1])) j++;
    const run = tokens.slice(i, j + 1);
    const wordy = run.some((t) => WORD_TAGS.some((tag) => t.tags.has(tag)) && !SHOUT_EXEMPT_TAGS.some((tag) => t.tags.has(tag)));
    const emphatic = run.length === 1 ? EMPHASIS.has(run[0].text.replace(/['’]/g, "'")) : wordy;
    if (emphatic && !run.every((t) => t.tags.has('Acronym'))) {
      const start = s.start + run[0].start;
      const end = s.start + run[run.length - 1].end;
      const text = s.text.slice(run[0].start, run[run.length - 1].end);
      const atSentenceStart = run[0].start === 0;
      const lowered = text.toLowerCase();
      const replacement = atSentenceStart ? lowered[0].toUpperCase() + lowered.slice(1) : lowered.replace(/\bi\b/g, 'I');
      out.push({ messageId: 'shouting', data: { text }, start, end, fixes: [{ messageId: 'fixWrite', replacement }] });
    }
    i = j;
  }
  return out;
}

import { memoBySentence, type Report, type Rule } from '../rule';
import type { Analysis, AnalyzedSentence } from '../analyze';
import { sameCompany } from '../recipient';
import { capitalizedRuns, isCompanyRun, isTitleRun } from '../text/names';
import { DISCUSSION_CUE, GENERIC_COMPOUNDS, GENERIC_WORDS, PROPER_NOISE } from '../data/specificity';
import type { Token } from '../text/tokens';
import type { MessageId } from '../messages/en';

type M = MessageId<'specificity'>;

const CONTENT_TAGS = ['Noun', 'Acronym', 'Value', 'ProperNoun', 'Gerund'];
const STOP = new Set('the a an and or of to in on for with at by from about as is are was were be been this that these those my your our their his her its it we you i me us them they'.split(' '));

/** Lower-cased words a draft must not count as specifics: recipient, company, role title, the writer's name. */
function ignoredWords(a: Analysis): Set<string> {
  const words = new Set<string>();
  const add = (text: string | undefined) => text?.toLowerCase().split(/[^\p{L}\p{N}]+/u).forEach((w) => w && words.add(w));
  add(a.recipient.fullName);
  add(a.recipient.firstName);
  add(a.recipient.company);
  a.recipient.localNames?.forEach((n) => words.add(n));
  add(a.subject);
  for (const s of a.sentences) {
    if (s.region === 'signature' || s.region === 'signoff' || s.region === 'greeting') add(s.text);
    else for (const run of capitalizedRuns(s)) if (isCompanyRun(run, a.recipient.companyKey) || isTitleRun(run, s.text)) add(run.text);
  }
  return words;
}

function isSpecificToken(t: Token, s: AnalyzedSentence, ignored: Set<string>, a: Analysis): boolean {
  const lower = t.lower.replace(/['’]s$/, '');
  if (lower.length < 3 && !t.tags.has('Acronym')) return false;
  if (GENERIC_WORDS.has(lower) || STOP.has(lower) || ignored.has(lower) || PROPER_NOISE.has(t.text)) return false;
  if (t.tags.has('Actor') || t.tags.has('Possessive') && t.tags.has('Pronoun')) return false;
  if (lower === 'course' && /\bof $/i.test(s.text.slice(0, t.start))) return false;
  if (sameCompany(t.text, a.recipient.companyKey)) return false;
  if (t.tags.has('Pronoun') || t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay')) return false;
  if (t.tags.has('Hyphenated')) {
    // compromise splits "carve-outs" into terms: judge the whole compound.
    let from = t.start;
    let to = t.end;
    while (from > 0 && /[\p{L}\p{N}-]/u.test(s.text[from - 1])) from--;
    while (to < s.text.length && /[\p{L}\p{N}-]/u.test(s.text[to])) to++;
    const compound = s.text.slice(from, to).toLowerCase();
    // A noun compound ("carve-outs", "pick-to-light system") is a detail; an adjective ("results-driven") is not.
    const head = s.tokens.find((x) => x.end === to) ?? t;
    if (compound.includes('-')) {
      return head.tags.has('Noun') && !head.tags.has('Adjective') && !GENERIC_COMPOUNDS.has(compound) && !compound.split('-').every((w) => GENERIC_WORDS.has(w) || STOP.has(w));
    }
  }
  if (t.tags.has('Value')) return /\d/.test(t.text) && !/^\d{1,2}(?::\d{2})?$/.test(t.text);
  const mid = t.start > 0 && /^[\p{Lu}]/u.test(t.text);
  if (mid || t.tags.has('Acronym') || /-/.test(t.text)) return true;
  return CONTENT_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Adjective') && !t.tags.has('Verb');
}

/** Specific content words in sentences that point at the conversation or at the reader's world (`limit`: stop early). */
export function specificMentions(a: Analysis, limit = Infinity): Token[] {
  const ignored = ignoredWords(a);
  const found: Token[] = [];
  const key = `specificity\u0000${a.recipient.companyKey ?? ''}\u0000${[...ignored].join(' ')}`;
  for (const s of a.content) {
    if (s.region !== 'content') continue;
    for (const t of memoBySentence(s, key, () => specificTokens(s, ignored, a))) {
      found.push(t);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** The specific tokens of one sentence. */
function specificTokens(s: AnalyzedSentence, ignored: Set<string>, a: Analysis): Token[] {
  // Sentences only about the writer ("I have five years of Python") are not discussion points.
  const selfOnly = /^(?:i|i'm|i've|i'd|i'll|my|me|as a)\b/i.test(s.text) && !DISCUSSION_CUE.test(s.text) && !/\b(?:your|you|we|our|the team)\b/i.test(s.text);
  if (selfOnly) return [];
  const holes = placeholderSpans(s.text);
  const title = titleTokens(s);
  // "Thanks for your time this morning, Rosa.": a name said to the reader is the reader's.
  const vocative = (t: Token) => t.tags.has('FirstName') && /,\s*$/.test(s.text.slice(0, t.start)) && /^\s*[.,!]/.test(s.text.slice(t.end));
  return s.tokens.filter((t) => !title.has(t) && !vocative(t) && !holes.some(([start, end]) => t.start >= start && t.start < end) && isSpecificToken(t, s, ignored, a));
}

/** "[Company Name]", "{{first_name}}", "<Interviewer>": template words are not specifics. */
function placeholderSpans(text: string): [number, number][] {
  if (!/[[{<]/.test(text)) return [];
  return [...text.matchAll(/\[[^\]\n]*\]?|\{[^}\n]*\}?|<[^>\n]*>?/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** Words of a job title written in lower case: "the vet nurse role", "a warehouse associate position". */
function titleTokens(s: AnalyzedSentence): Set<Token> {
  const out = new Set<Token>();
  s.tokens.forEach((t, i) => {
    if (!/^(?:role|position|post|vacancy|opening|internship|apprenticeship|placement)s?$/.test(t.lower)) return;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const w = s.tokens[k];
      if (w.tags.has('Determiner') || w.tags.has('Preposition') || w.tags.has('Pronoun') || w.tags.has('Possessive')) break;
      out.add(w);
    }
  });
  return out;
}

function keyWords(note: string): string[] {
  return note.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !STOP.has(w));
}

function mentionsNote(text: string, note: string): boolean {
  const words = keyWords(note);
  if (words.length === 0) return true;
  const lower = text.toLowerCase();
  // A topic counts when one of its key words (first five letters, for plurals and tenses) is in the draft.
  return words.some((w) => lower.includes(w.length > 5 ? w.slice(0, 5) : w));
}

function editDistance(x: string, y: string): number {
  if (Math.abs(x.length - y.length) > 2) return 3;
  const prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (x[i - 1] === y[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[y.length];
}

export const specificity: Rule<'specificity'> = {
  meta: {
    id: 'specificity',
    description: 'The note mentions something specific from the conversation, not just the company or the job title.',
    article: 'Personalize Your Message: mention specific discussion points from your interview.',
    severity: 'warning',
    followUpOnly: true,
  },
  check(a) {
    const out: Report<M>[] = [];
    if (specificMentions(a, 1).length === 0) out.push({ messageId: 'missing' });
    if (a.notes.length) {
      const letter = a.content.map((s) => s.text).join('\n');
      if (!a.notes.some((n) => mentionsNote(letter, n))) out.push({ messageId: 'notesMissing', data: { topics: a.notes.slice(0, 3).join(', ') } });
      // Names in the notes: capitalized words that are not at the start of a note and not a possessive form.
      const names = new Set(a.notes.flatMap((n) => [...n.matchAll(/(?<=\S\s+)[\p{Lu}][\p{Ll}-]{3,}/gu)].map((m) => m[0])));
      for (const s of a.sentences) {
        if (s.region === 'signature') continue;
        for (const t of s.tokens) {
          const word = t.text.replace(/['’]s$/, '');
          if (!/^[\p{Lu}]/u.test(word) || word.length < 4 || names.has(word)) continue;
          for (const name of names) {
            if (word === `${name}s` || name === `${word}s`) continue;
            const d = editDistance(word.toLowerCase(), name.toLowerCase());
            if (d > 0 && d <= (name.length >= 6 ? 2 : 1) && word[0].toLowerCase() === name[0].toLowerCase()) {
              out.push({ messageId: 'nameSpelling', data: { found: word, expected: name }, start: s.start + t.start, end: s.start + t.start + word.length, fixes: [{ messageId: 'fixSpelling', data: { expected: name }, replacement: name }] });
              break;
            }
          }
        }
      }
    }
    return out;
  },
};

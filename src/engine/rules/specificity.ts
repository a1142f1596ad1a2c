import { findSlots } from '../text/genericSlots';
import { memoBySentence, type Report, type Rule } from '../rule';
import type { Analysis, AnalyzedSentence } from '../analyze';
import { sameCompany } from '../recipient';
import { capitalizedRuns, isCompanyRun, isTitleRun } from '../text/names';
import { DISCUSSION_CUE, EVENT_NOUN, GENERIC_COMPOUNDS, GENERIC_WORDS, PROPER_NOISE, REFERS_BACK, REFERS_FORWARD } from '../data/specificity';
import type { Token } from '../text/tokens';
import models from '../data/model.json';
import { sentenceFeatures } from '../learn/features';
import { probabilities, type Model } from '../learn/model';
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
    // What each sentence adds is found once per sentence: a keystroke re-reads one sentence, not the letter.
    const own = memoBySentence(s, `specificity:ignored\u0000${s.region}\u0000${a.recipient.companyKey ?? ''}`, () => {
      if (s.region === 'signature' || s.region === 'signoff' || s.region === 'greeting') return [s.text];
      return capitalizedRuns(s).filter((run) => isCompanyRun(run, a.recipient.companyKey) || isTitleRun(run, s.text)).map((run) => run.text);
    });
    own.forEach(add);
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

/** Specific content words of the letter's sentences (`limit`: stop early), whether or not they are discussion points. */
export function specificMentions(a: Analysis, limit = Infinity): Token[] {
  const found: Token[] = [];
  for (const s of a.content) {
    if (s.region !== 'content') continue;
    for (const t of specificTokensOf(a, s)) {
      found.push(t);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** The specific words of a sentence, as text (for explaining the rule's view). */
export function specificWordsOf(a: Analysis, s: AnalyzedSentence): string[] {
  return specificTokensOf(a, s).map((t) => t.text);
}

/** The words of a sentence that name something specific (memoized per sentence and recipient). */
function specificTokensOf(a: Analysis, s: AnalyzedSentence): Token[] {
  const ignored = ignoredWordsOf(a);
  const key = `specificity\u0000${a.recipient.companyKey ?? ''}\u0000${ignored.key}`;
  return memoBySentence(s, key, () => specificTokens(s, ignored.words, a));
}

const ignoredMemo = new WeakMap<Analysis, { words: Set<string>; key: string }>();
function ignoredWordsOf(a: Analysis): { words: Set<string>; key: string } {
  let v = ignoredMemo.get(a);
  if (!v) {
    const words = ignoredWords(a);
    v = { words, key: [...words].join(' ') };
    ignoredMemo.set(a, v);
  }
  return v;
}

/**
 * Does the sentence refer back to the conversation AND name something specific in that reference ("our conversation
 * about the cold-chain audit", "the pick-to-light pilot you described")? The specific word must sit right after a
 * forward reference or right before a backward one, not anywhere in the sentence.
 */
function refersToSpecific(text: string, specific: readonly Token[]): boolean {
  if (specific.length === 0) return false;
  for (const m of text.matchAll(REFERS_FORWARD)) {
    const end = m.index! + m[0].length;
    if (specific.some((t) => t.start >= end && t.start - end <= 60 && !/[.;!?]/.test(text.slice(end, t.start)))) return true;
  }
  for (const m of text.matchAll(REFERS_BACK)) {
    const start = m.index!;
    if (specific.some((t) => t.end <= start && start - t.end <= 50 && !/[.;!?]/.test(text.slice(t.end, start)))) return true;
  }
  // An event named by its subject: the specific word is part of the name, at most one word before it.
  for (const m of text.matchAll(EVENT_NOUN)) {
    const start = m.index!;
    if (specific.some((t) => t.end <= start && /^[\s-]*(?:[\p{L}-]+\s+)?$/u.test(text.slice(t.end, start)) && !/\b(?:to|for|and|of|a|an|the)\s*$/i.test(text.slice(t.end, start)))) return true;
  }
  return false;
}

/** The sentence is only about the writer ("I have five years of Python"): no "you", no team, no conversation. */
function selfOnly(text: string): boolean {
  return /^(?:i|i'm|i've|i'd|i'll|my|me|as a)\b/i.test(text) && !DISCUSSION_CUE.test(text) && !/\b(?:your|you|we|our|the team)\b/i.test(text);
}

/**
 * What the discussion-point model sees in a sentence: its words and word pairs, and how it is built — how many words
 * name something specific (and whether one is a name or a number), whether it refers back to the conversation, speaks
 * to or about them, or only about the writer.
 */
export function pointFeatures(a: Analysis, s: AnalyzedSentence): string[] {
  const specific = specificTokensOf(a, s);
  // Words only: how a sentence is written (emoji, capitals, "!!") says nothing about whether it recalls the conversation.
  const f = sentenceFeatures(s.text).filter((x) => !STYLE_MARK.test(x));
  f.push(`#spec:${Math.min(3, specific.length)}`);
  if (specific.some((t) => t.start > 0 && /^\p{Lu}/u.test(t.text))) f.push('#spec:name');
  if (specific.some((t) => /\d/.test(t.text))) f.push('#spec:number');
  if (specific.some((t) => t.text.includes('-'))) f.push('#spec:compound');
  if (DISCUSSION_CUE.test(s.text)) f.push('#refers');
  if (refersToSpecific(s.text, specific)) f.push('#refers-specific');
  if (/\b(?:you|your|yours)\b/i.test(s.text)) f.push('#you');
  if (selfOnly(s.text)) f.push('#self');
  return f;
}

const STYLE_MARK = /#(?:emoji|caps|bang|stretched|q2|q\b|interrobang|ellipsis|short)/;

const pointModel = (models as Record<string, Model | undefined>).point;
/** A sentence is a discussion point at or above this model score (tuned on the corpus; npm run eval). */
export const POINT_THRESHOLD = 0.15;

/** Does this sentence refer back to something discussed and name it? */
export function isDiscussionPoint(a: Analysis, s: AnalyzedSentence): boolean {
  if (s.region !== 'content') return false;
  const key = `specificity:point\u0000${a.recipient.companyKey ?? ''}\u0000${ignoredWordsOf(a).key}`;
  return memoBySentence(s, key, () => {
    const specific = specificTokensOf(a, s);
    if (specific.length === 0) return false;
    if (refersToSpecific(s.text, specific)) return true;
    if (!pointModel) return !selfOnly(s.text);
    return 1 - probabilities(pointModel, pointFeatures(a, s))[0] >= POINT_THRESHOLD;
  });
}

/** The specific tokens of one sentence. */
function specificTokens(s: AnalyzedSentence, ignored: Set<string>, a: Analysis): Token[] {
  const holes = placeholderSpans(s.text);
  const title = titleTokens(s);
  // "Thanks for your time this morning, Rosa.": a name said to the reader is the reader's.
  const vocative = (t: Token) => t.tags.has('FirstName') && /,\s*$/.test(s.text.slice(0, t.start)) && /^\s*[.,!]/.test(s.text.slice(t.end));
  return s.tokens.filter((t) => !title.has(t) && !vocative(t) && !holes.some(([start, end]) => t.start >= start && t.start < end) && isSpecificToken(t, s, ignored, a));
}

/** "[Company Name]", "{{first_name}}", "<Interviewer>", "(mention one thing you discussed)": template words are not specifics. */
function placeholderSpans(text: string): [number, number][] {
  if (!/[[{<(]/.test(text)) return [];
  const out: [number, number][] = [...text.matchAll(/\[[^\]\n]*\]?|\{[^}\n]*\}?|<[^>\n]*>?/g)].map((m) => [m.index!, m.index! + m[0].length]);
  if (text.includes('(')) for (const slot of findSlots(text)) out.push([slot.start, slot.end]);
  return out;
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
  return note.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !STOP.has(w) && !GENERIC_WORDS.has(w));
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
    // A thank-you and a check-in should recall the conversation; a reply to a no, a withdrawal, a correction or a
    // logistics question need not.
    const judged = a.kind === 'thank-you' || a.kind === 'check-in';
    const letter = a.content.filter((s) => s.region === 'content').map((s) => s.text).join('\n');
    // A topic from the writer's own notes of the conversation counts, however it is worded.
    const notedTopic = a.notes.some((n) => mentionsNote(letter, n));
    if (judged && !notedTopic && !a.content.some((s) => isDiscussionPoint(a, s))) out.push({ messageId: 'missing' });
    if (a.notes.length) {
      if (!notedTopic) out.push({ messageId: 'notesMissing', data: { topics: a.notes.slice(0, 3).join(', ') } });
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

// The register of one sentence, by family: what its words DO (greet like a text message, gush, shout, grovel, insult,
// mock), found with word classes from data/tone.ts and guards for whose words they are (quoted text, negation, hedges,
// the writer speaking of themself). Pure functions of the sentence text (and its tokens for capitals), so the rule can
// memoize them per sentence.
import {
  ACRONYMS,
  CAPS_INTENSIFIERS,
  CASUAL_OPENERS,
  CASUAL_PHRASES,
  CONCESSIVE,
  CONTEMPT_WORDS,
  CRITICAL_WORDS,
  EMPHASIS,
  GUSH_WORDS,
  GUSHING,
  HOSTILE_ACCUSATION,
  HOSTILE_ANGER,
  HOSTILE_IMPERATIVES,
  HOSTILE_INSULTS,
  HOSTILE_THREATS,
  JOKES,
  LAUGHTER,
  LOWERCASE_ONLY,
  OBSEQUIOUS_STRONG,
  OBSEQUIOUS_WEAK,
  POSITIVE_WORDS,
  QUOTED_FORMULAS,
  SARCASM_GRIEVANCE,
  SARCASM_HEDGES,
  SARCASM_MOCK,
  SARCASM_OPENERS,
  SARCASM_PRAISE,
  SARCASM_TAGS,
  SELF_WORDS,
  SLANG_WORDS,
  THEIR_NOUNS,
  THEIR_SIDE,
  TONE_MACROS,
  VOWELLESS_WORDS,
} from '../data/tone';
import { compileEntry, entries, phrases } from './phrases';

export interface Span {
  start: number;
  end: number;
}

/** A word or phrase of one family, with offsets relative to its sentence. */
export interface Marker extends Span {
  text: string;
  /** What to write instead: '' deletes; undefined when no safe replacement exists. */
  replacement?: string;
}

interface SentenceLike {
  text: string;
  tokens: readonly { text: string; lower: string; start: number; end: number; tags: ReadonlySet<string> }[];
}

// ── Shared helpers ──────────────────────────────────────────────────────────────────────────────────────────────

const set = (list: string) => new Set(entries(list).map((e) => e.toLowerCase()));

/** The words an entry can start with (lowercase, straight apostrophes), or null when it starts with a macro or "*". */
function firstWords(entry: string): string[] | null {
  const t = entry.trim();
  if (t.startsWith('(')) {
    let depth = 0;
    let close = 0;
    for (; close < t.length; close++) {
      if (t[close] === '(') depth++;
      if (t[close] === ')' && --depth === 0) break;
    }
    const alternatives: string[] = [];
    let current = '';
    depth = 0;
    for (const ch of t.slice(1, close)) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === '|' && depth === 0) {
        alternatives.push(current);
        current = '';
      } else current += ch;
    }
    alternatives.push(current);
    const out: string[] = [];
    for (const alt of alternatives) {
      const words = firstWords(alt);
      if (!words) return null;
      out.push(...words);
    }
    if (t[close + 1] === '?') {
      const rest = firstWords(t.slice(close + 2));
      if (!rest) return null;
      out.push(...rest);
    }
    return out;
  }
  const word = /^[\p{L}\p{N}'’]+/u.exec(t);
  return word ? [word[0].toLowerCase().replace(/’/g, "'")] : null;
}

/** The words of a text as firstWords() spells them. */
export function wordsOf(norm: string): Set<string> {
  const out = new Set<string>();
  for (const w of norm.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []) {
    out.add(w);
    out.add(w.replace(/^'+|'+$/g, ''));
  }
  return out;
}

/**
 * A phrase list indexed by the words its entries can start with: a sentence runs only the entries that can start at one
 * of its words, each group compiled on first use. (One regex of hundreds of alternatives is tried at every position
 * of every sentence, and runs interpreted for its first executions: seconds on the first lint after loading.)
 */
const WORDISH = /[\p{L}\p{N}_]/u;

class PhraseIndex {
  private readonly buckets = new Map<string, string[]>();
  private readonly compiled = new Map<string, RegExp>();
  private readonly always: string[] = [];

  constructor(list: string) {
    for (const entry of entries(list)) {
      const words = firstWords(entry);
      // Word boundaries are checked on each match instead of by every entry's lookarounds (see matches()).
      const source = compileEntry(entry, TONE_MACROS).replace(/^\(\?<!\[\\p\{L\}\\p\{N\}_\]\)/, '').replace(/\(\?!\[\\p\{L\}\\p\{N\}_\]\)$/, '');
      if (!words) this.always.push(source);
      else for (const w of new Set(words)) this.buckets.set(w, [...(this.buckets.get(w) ?? []), source]);
    }
  }

  private regex(key: string, sources: string[]): RegExp {
    let re = this.compiled.get(key);
    if (!re) {
      // Lowercase text and no "i" flag: case-folding the \\p{L} classes of every entry's word boundaries is what makes
      // a case-insensitive Unicode regex slow to compile.
      re = new RegExp([...sources].sort((x, y) => y.length - x.length).join('|'), 'gu');
      this.compiled.set(key, re);
    }
    return re;
  }

  /** Every match in the text (non-overlapping within a group), sorted by position. */
  matches(norm: string, words: Set<string> = wordsOf(norm)): Marker[] {
    const out: Marker[] = [];
    const lower = norm.toLowerCase();
    // Lowercasing keeps offsets for everything but a few letters ("İ"); such text is matched as it was written.
    const text = lower.length === norm.length ? lower : norm;
    const run = (key: string, sources: string[]) => {
      const re = this.regex(key, sources);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const start = m.index;
        const end = start + m[0].length;
        // A match that starts or ends inside a word is none ("hey" in "heyday").
        if (m[0].length === 0 || (WORDISH.test(text[start]) && WORDISH.test(text[start - 1] ?? ' ')) || (WORDISH.test(text[end - 1]) && WORDISH.test(text[end] ?? ' '))) {
          re.lastIndex = start + 1;
          continue;
        }
        out.push({ start, end, text: norm.slice(start, end) });
      }
    };
    if (this.always.length) run('\u0000', this.always);
    for (const w of words) {
      const sources = this.buckets.get(w);
      if (sources) run(w, sources);
    }
    return out.sort((x, y) => x.start - y.start || y.end - x.end);
  }

  test(norm: string, words?: Set<string>): boolean {
    return this.matches(norm, words).length > 0;
  }

  /** A match at the very start of the text (after quotes or brackets). */
  atStart(norm: string): Marker | undefined {
    const lead = /^[\s"'“‘(\[]*/.exec(norm)![0].length;
    return this.matches(norm).find((m) => m.start === lead);
  }
}

const compile = (list: string) => new PhraseIndex(list);
/** One regex for a short list (a few dozen entries at most). */
const regexOf = (list: string) => phrases(list, TONE_MACROS);

/** The text with commas, semicolons and colons as spaces and curly apostrophes straight: same length, so offsets hold. */
export function normalize(text: string): string {
  return text.replace(/[,;:]/g, ' ').replace(/[’‘]/g, "'");
}

function* all(re: RegExp, text: string): Generator<Marker> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
}

/** Spans inside quotation marks ("…", “…”): their words, not the writer's. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/"([^"]{1,200})"|“([^”]{1,200})”/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

const inside = (spans: Span[], at: number) => spans.some((q) => at > q.start && at < q.end);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Markers that do not overlap an earlier one (longest first where they start together). */
function distinct(markers: Marker[]): Marker[] {
  const sorted = [...markers].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Marker[] = [];
  for (const m of sorted) if (!out.some((o) => overlaps(o, m))) out.push(m);
  return out;
}

/** Clause boundaries of a sentence: commas, semicolons, colons, dashes and brackets. */
function clauseOf(text: string, at: number): Span {
  const boundary = /[,;:()—–]|\s-\s/g;
  let start = 0;
  let end = text.length;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.!?…]/.test(text[end - 1])) end--;
  return { start, end };
}

// ── Casual ──────────────────────────────────────────────────────────────────────────────────────────────────────

const SLANG = new Map<string, string | undefined>(
  entries(SLANG_WORDS).map((line) => {
    const [word, instead] = line.split('→').map((x) => x.trim());
    return [word.toLowerCase(), line.includes('→') ? instead : undefined];
  }),
);
const LOWER_ONLY = set(LOWERCASE_ONLY);
const VOWELLESS_OK = set(VOWELLESS_WORDS);
const OPENER = compile(CASUAL_OPENERS);
/** A casual greeting word opening the letter: "Hey Marta", "Yo,", "G'day mate". */
export const CASUAL_GREETING = new RegExp(String.raw`^(?:${regexOf(CASUAL_OPENERS).source})(?![\p{L}])`, 'iu');
const CASUAL = compile(CASUAL_PHRASES);
const QUOTATIVE_LIKE = /\b(?:i|she|he|they|we|everyone|everybody)\s+(?:was|were|am|['’]m)\s+like\s*,/giu;
const VOCATIVE = /(?:^|,\s*)(legend|mate|dude|bro|man|buddy|pal|guys|champ|chief|boss|fam|partner|babe|hun|bestie)\s*[.!?…]*$/iu;
const SLASHED = /(?<![\p{L}\p{N}/])(w\/o|w\/|b\/c)(?=\s|$)/giu;
const DIGIT_WORDS = /(?<![\p{L}\p{N}.,$£€%])([24])\s+(?=(?:u|ur|you|your|the|d|da|me|meet|see|hear|join|work|talk|chat|c|b|be|all|ya|everyone|ur|sure|go)\b)/giu;
const LETTER_WORDS: Record<string, string> = { d: 'the', n: 'and', v: 'very', r: 'are', c: 'see', b: 'be', y: 'why' };
const SLASH_INSTEAD: Record<string, string> = { 'w/': 'with', 'w/o': 'without', 'b/c': 'because' };

/** Slang, chat abbreviations, clipped words, textspeak and casual openers in one sentence. */
export function casualMarkers(s: SentenceLike, opts: { greeting: boolean }): Marker[] {
  const text = s.text;
  const norm = normalize(text);
  const quoted = quotedSpans(text);
  const out: Marker[] = [];
  const add = (m: Marker) => {
    if (!inside(quoted, m.start)) out.push(m);
  };
  if (!opts.greeting) {
    const o = OPENER.atStart(norm);
    if (o && !/^[\p{L}\p{N}]/u.test(norm.slice(o.end))) add({ start: o.start, end: o.end, text: text.slice(o.start, o.end) });
  }
  let textspeak = 0;
  for (const t of s.tokens) {
    const lower = t.lower;
    const sentenceStart = t.start === 0 || /^[\s"'“(]*$/.test(text.slice(0, t.start));
    if (SLANG.has(lower)) {
      if (LOWER_ONLY.has(lower) && t.text !== lower && !(sentenceStart && t.text === lower[0].toUpperCase() + lower.slice(1) && lower.length > 1)) continue;
      if (opts.greeting && CASUAL_GREETING.test(lower)) continue;
      add({ start: t.start, end: t.end, text: t.text, replacement: SLANG.get(lower) });
      if (/^[a-z0-9]+$/.test(lower) && !/[aeiou]/.test(lower)) textspeak++;
      continue;
    }
    // Textspeak: a lowercase word written without vowels ("ystrdy", "lrn").
    if (/^[a-z]{3,}$/.test(t.text) && !/[aeiou]/.test(t.text) && !VOWELLESS_OK.has(t.text) && !/^(?:x+|z+|m+|h+m+)$/.test(t.text)) {
      add({ start: t.start, end: t.end, text: t.text });
      textspeak++;
    }
  }
  for (const m of all(DIGIT_WORDS, text)) {
    add({ start: m.start, end: m.start + 1, text: m.text[0], replacement: m.text[0] === '2' ? 'to' : 'for' });
    textspeak++;
  }
  for (const m of all(SLASHED, text)) add({ ...m, replacement: SLASH_INSTEAD[m.text.toLowerCase()] });
  // One-letter words ("d" for the, "n" for and) only where the sentence is already in textspeak.
  if (textspeak > 0) {
    for (const t of s.tokens) {
      if (t.text in LETTER_WORDS && t.text !== 'b' && !/[\p{L}\p{N}.'’-]/u.test(text[t.start - 1] ?? ' ')) add({ start: t.start, end: t.end, text: t.text, replacement: LETTER_WORDS[t.text] });
    }
  }
  for (const m of CASUAL.matches(norm)) add({ ...m, text: text.slice(m.start, m.end) });
  for (const m of all(QUOTATIVE_LIKE, text)) add(m);
  const v = VOCATIVE.exec(text);
  if (v && v.index > 0) {
    const start = v.index + v[0].indexOf(v[1]);
    add({ start, end: start + v[1].length, text: v[1] });
  }
  return distinct(out);
}

// ── Overboard ───────────────────────────────────────────────────────────────────────────────────────────────────

const EMOJI = /(?:\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*\s*)+|(?<![\w:/])[:;=]-?[)(DPp](?![\w])|(?<![\w])<3(?![\w])/gu;
const JOKE = compile(JOKES);
const GUSH = compile(GUSHING);
const GUSH_WORD = regexOf(GUSH_WORDS);
const STRETCHED = /([a-z])\1{2,}/gi;
const REPEATED = /(?<![\p{L}])([\p{L}']+(?:\s+[\p{L}']+)?)(?:[\s,!.]+\1(?![\p{L}])){2,}/giu;

export interface OverboardMarks {
  /** "!!", laughter, jokes, gushing, stretched words, a word said three times. */
  markers: Marker[];
  /** Emoji and emoticons, a run of adjacent ones as one. */
  emoji: Marker[];
  /** Single "!" marks. */
  singles: Marker[];
}

export function overboardMarks(s: SentenceLike): OverboardMarks {
  const text = s.text;
  const norm = normalize(text);
  const quoted = quotedSpans(text);
  const markers: Marker[] = [];
  const add = (m: Marker) => {
    if (!inside(quoted, m.start)) markers.push(m);
  };
  for (const m of all(/[!?]*!{2,}[!?1]*|!\?!+|\?!\?+/g, text)) add({ ...m, replacement: '!' });
  for (const m of all(LAUGHTER, text)) {
    if (/^l+o+l+|^lmf?ao|^rofl/i.test(m.text)) continue; // chat slang: counted as casual
    add({ ...m, replacement: '' });
  }
  for (const m of JOKE.matches(norm)) add({ ...m, text: text.slice(m.start, m.end) });
  for (const m of GUSH.matches(norm)) add({ ...m, text: text.slice(m.start, m.end) });
  const gush = [...all(GUSH_WORD, norm)];
  if (gush.length >= 3) add({ start: gush[0].start, end: gush[gush.length - 1].end, text: text.slice(gush[0].start, gush[gush.length - 1].end) });
  for (const m of all(REPEATED, text)) add(m);
  for (const m of all(STRETCHED, text)) {
    let from = m.start;
    let to = m.end;
    while (from > 0 && /[a-z]/i.test(text[from - 1])) from--;
    while (to < text.length && /[a-z]/i.test(text[to])) to++;
    const word = text.slice(from, to);
    if (/^(?:www|x+|z+|m+|hm+|ah+|i+|v+|s+h+|b+r+|zz+)$/i.test(word) || /^[A-Z]+$/.test(word) || (from > 0 && /[\d_/.@-]/.test(text[from - 1]))) continue;
    if (to - from === m.end - m.start && m.end - m.start < 4) continue;
    add({ start: from, end: to, text: word });
  }
  const emoji: Marker[] = [];
  for (const m of all(EMOJI, text)) {
    let end = m.end;
    while (end > m.start && /\s/.test(text[end - 1])) end--;
    emoji.push({ start: m.start, end, text: text.slice(m.start, end), replacement: '' });
  }
  const singles = [...all(/(?<![!?])!(?![!?1])/g, text)].filter((m) => !inside(quoted, m.start));
  return { markers: distinct(markers), emoji, singles };
}

/** How many emoji a run holds (👍👍 = 2). */
export function emojiCount(m: Marker): number {
  return Math.max(1, [...m.text.matchAll(/\p{Extended_Pictographic}|[:;=]-?[)(DPp]|<3/gu)].length);
}

// ── Shouting ────────────────────────────────────────────────────────────────────────────────────────────────────

const ACRONYM = set(ACRONYMS);
const EMPHATIC = set(EMPHASIS);
const INTENSIFIER = set(CAPS_INTENSIFIERS);
const NOT_A_WORD_TAGS = ['Acronym', 'Organization', 'Person', 'Place', 'ProperNoun', 'Abbreviation', 'Honorific'];
const HEAD_TAGS = ['Adjective', 'Verb', 'Adverb', 'Noun'];

/** Roman numerals (II, XIV) and masks (XXX, MM, DD/MM): capitals that are not words. */
const NUMERAL_OR_MASK = /^(?:M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|([A-Z])\1+|YYYY|YY|DD|MM|HH)$/;

function isCaps(t: { text: string }): boolean {
  return /^[\p{Lu}][\p{Lu}'’-]*[\p{Lu}]$/u.test(t.text) && !ACRONYM.has(t.text.replace(/['’]S$/, '').toLowerCase()) && !NUMERAL_OR_MASK.test(t.text);
}

/**
 * One word in capitals alone shouts when it is a word of emphasis, a comparative or superlative ("HARDER", "BEST"), or
 * a verb, adjective or adverb that is not standing before a noun or after a determiner. A lone noun in capitals is
 * usually a name or an acronym ("the CLI", "SLAM drift"), unless it is an emphasis word ("an HONOUR").
 */
function shoutedWord(t: { text: string; tags: ReadonlySet<string> }, before: { text: string } | undefined): boolean {
  const lower = t.text.replace(/['’]/g, "'").toLowerCase();
  if (EMPHATIC.has(lower)) return true;
  if (!isWord(t)) return false;
  if (t.tags.has('Comparative') || t.tags.has('Superlative')) return true;
  if (before && /^(?:the|a|an|our|your|their|my|his|her|its|this|that|these|those)$/i.test(before.text)) return false;
  return ['Adjective', 'Adverb', 'Verb'].some((tag) => t.tags.has(tag)) && !t.tags.has('Noun');
}

/** A word in capitals that reads as a word, not an acronym or a name. */
function isWord(t: { text: string; tags: ReadonlySet<string> }): boolean {
  if (EMPHATIC.has(t.text.replace(/['’]/g, "'").toLowerCase())) return true;
  if (t.tags.size === 0) return /[AEIOU]/.test(t.text) && t.text.length >= 4;
  return !NOT_A_WORD_TAGS.some((tag) => t.tags.has(tag));
}

/**
 * Runs of words in capitals that shout: several words in a row, or one word of emphasis ("REALLY", "HONOUR"), never
 * acronyms, names or quoted signs. The span takes in the words an intensifier leans on ("I am REALLY disappointed").
 */
export function shoutingMarkers(s: SentenceLike): Marker[] {
  const text = s.text;
  const quoted = quotedSpans(text);
  const tokens = s.tokens;
  const out: Marker[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCaps(tokens[i]) || inside(quoted, tokens[i].start)) continue;
    let j = i;
    while (j + 1 < tokens.length && (isCaps(tokens[j + 1]) || /^(?:I|A|AM|I'M|I’M|IT|US|OR|DO)$/.test(tokens[j + 1].text)) && !inside(quoted, tokens[j + 1].start)) j++;
    // "I AM STILL …": capitals that are acronyms on their own ("I", "AM") join a run they lead into.
    let from = i;
    while (from > 0 && /^(?:I|A|AM|I'M|I’M|IT|US|OR|DO)$/.test(tokens[from - 1].text) && !inside(quoted, tokens[from - 1].start)) from--;
    const run = tokens.slice(i, j + 1);
    const words = run.filter(isWord);
    const modifier =
      run.length === 1 &&
      !EMPHATIC.has(run[0].text.toLowerCase()) &&
      !run[0].tags.has('Comparative') &&
      !run[0].tags.has('Superlative') &&
      tokens[j + 1] !== undefined &&
      tokens[j + 1].tags.has('Noun') &&
      /^\s+$/.test(text.slice(run[0].end, tokens[j + 1].start));
    const shouts = run.length >= 2 ? words.length >= 1 && run.some((t) => isWord(t) && t.text.length >= 2) : run[0].text.length >= 2 && !modifier && shoutedWord(run[0], tokens[i - 1]);
    if (shouts) {
      let start = tokens[from].start;
      let end = run[run.length - 1].end;
      // An intensifier leans on the next word, and the subject and verb before it belong to the claim.
      if (run.length === 1 && INTENSIFIER.has(run[0].text.toLowerCase())) {
        const next = tokens[j + 1];
        if (next && HEAD_TAGS.some((tag) => next.tags.has(tag)) && /^\s+$/.test(text.slice(run[0].end, next.start))) end = next.end;
        const before = text.slice(0, start);
        const subject = /(?:^|[\s,;])((?:I|we|you|it|this|that|they|he|she)(?:\s+(?:am|['’]m|are|['’]re|is|['’]s|was|were|would|will|['’]ll|do|did|have|['’]ve|had))?)\s+$/i.exec(before);
        if (subject) start = before.length - subject[0].length + subject[0].indexOf(subject[1]);
      }
      out.push({ start, end, text: text.slice(start, end) });
    }
    i = j;
  }
  return out;
}

/** The shouted span written in normal case: capitals lowered, "I" kept, the sentence's first letter kept. */
export function lowerShouting(text: string, atSentenceStart: boolean): string {
  const lowered = text.replace(/[\p{Lu}][\p{Lu}'’-]*[\p{Lu}]|\b[\p{Lu}]\b/gu, (w) => (w === 'I' || (w.length === 1 && w !== 'A') ? w : /^I['’]/.test(w) ? 'I' + w.slice(1).toLowerCase() : w.toLowerCase()));
  return atSentenceStart ? lowered[0].toUpperCase() + lowered.slice(1) : lowered;
}

// ── Obsequious ──────────────────────────────────────────────────────────────────────────────────────────────────

const GROVEL_STRONG = compile(OBSEQUIOUS_STRONG);
const GROVEL_WEAK = compile(OBSEQUIOUS_WEAK);

/**
 * Grovelling or archaic wording: one strong marker ("humbly", "your good self", "obedient servant") or two weak ones
 * ("esteemed", "kindly", "Sir") in a sentence. Returns the span from the first marker's clause to the last one's, or null.
 */
export function obsequiousSpan(text: string): (Span & { text: string }) | null {
  const norm = normalize(text);
  const quoted = quotedSpans(text);
  // "In my humble opinion" is an idiom, not grovelling.
  const words = wordsOf(norm);
  const real = GROVEL_STRONG.matches(norm, words).filter((m) => !inside(quoted, m.start) && !/in my humble opinion/i.test(norm.slice(Math.max(0, m.start - 10), m.end + 10)));
  const weak = distinct(GROVEL_WEAK.matches(norm, words).filter((m) => !inside(quoted, m.start) && !real.some((s) => overlaps(s, m))));
  if (real.length === 0 && weak.length < 2) return null;
  const markers = [...real, ...weak].sort((x, y) => x.start - y.start);
  const first = clauseOf(text, markers[0].start);
  const last = clauseOf(text, markers[markers.length - 1].start);
  const start = first.start;
  const end = Math.max(last.end, markers[markers.length - 1].end);
  return { start, end, text: text.slice(markers[0].start, markers[0].end) };
}

// ── Hostile ─────────────────────────────────────────────────────────────────────────────────────────────────────

const CONTEMPT = compile(CONTEMPT_WORDS);
const CRITICAL = compile(CRITICAL_WORDS);
const THEIRS = regexOf(THEIR_SIDE);
const THEIRS_ANY = new RegExp(THEIRS.source, 'iu');
const SELF = regexOf(SELF_WORDS);
const ANGER = compile(HOSTILE_ANGER);
const ACCUSE = compile(HOSTILE_ACCUSATION);
const INSULT = compile(HOSTILE_INSULTS);
const THREAT = compile(HOSTILE_THREATS);
const IMPERATIVE = compile(HOSTILE_IMPERATIVES);
const NEGATED = /(?:\bnot|n['’]t|\bnever|\bno|\bnothing|\bhardly|\bfar from|\bwithout|\bnor)\s+(?:(?:at all|in the least|remotely|even|once|ever|anything|a|an|the|too|seem|seemed|come across as|sound|sounded|feel|felt|look|looked|been|be|being|was|were|is|are|very|so|overly|particularly|at any point|in any way)\s+){0,3}$/i;
const HEDGED = /(?:\ba (?:bit|little|tad|touch)|\bslightly|\bsomewhat|\bperhaps|\bmaybe|\bmight (?:have )?(?:been|be|seem)|\bmay (?:have )?(?:been|be|seem)|\bkind of|\bsort of|\bseemed a bit|\bfelt a bit)\s+(?:(?:too|more|rather|of a|an?)\s+){0,2}$/i;
/** A copula or a verb of seeming just before a word: the word is said of the subject ("was just rude", "felt like a"). */
const COPULA_BEFORE = /\b(?:is|was|were|are|been|be|being|['’]s|['’]re|felt|feels|feel|seemed|seems|seem|looked|looks|sounded|sounds|got|gets|became|becomes|remains|remained|found (?:it|them|him|her|that|this)|how|what)\s+(?:(?:so|very|really|just|quite|utterly|utter|total|complete|absolute|totally|completely|frankly|extremely|incredibly|downright|plain|simply|pretty|rather|too|absolutely|truly|genuinely|entirely|a|an|the|most|such|like|also|both|equally|thoroughly|deeply|painfully|shockingly|unbelievably|and)\s+)*$/i;
/** One of their nouns right after a word: "terrible communication", "useless recruiter", "the worst interview". */
const THEIR_NOUN_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}'’-]+\s+)?(?:${regexOf(THEIR_NOUNS).source})`, 'iu');
const ACCUSE_ADVERB = /\b(clearly|obviously|evidently|plainly|blatantly)\b/gi;
const BELITTLE = /\b(?:didn['’]t|don['’]t|doesn['’]t|did not|do not|does not|never|can['’]t|cannot|couldn['’]t|wasn['’]t|weren['’]t|isn['’]t|nobody|no one|nothing|no idea|just|only|cheapest|zero)\b/i;
const IT_IS_OBVIOUS = /\b(?:it['’]s|it is|it was|it['’]s quite|that['’]s)\s+(?:so\s+|pretty\s+|quite\s+|painfully\s+|very\s+)?(?:obvious|clear|evident|plain)\b/i;

/** A guard shared by contempt and critical words: negated ("not rude"), hedged ("a bit disorganised") or quoted. */
function softened(norm: string, at: number, quoted: Span[]): boolean {
  const before = norm.slice(Math.max(0, at - 60), at);
  return NEGATED.test(before) || HEDGED.test(before) || inside(quoted, at);
}

/**
 * Who a word is said of: the writer or interview-side word nearest to it in its clause, counted in words, before or
 * after ("how unprofessional your team was"); without one, the first such word of the sentence.
 */
function saidOf(norm: string, at: number): 'self' | 'them' | null {
  const clause = clauseOf(norm, at);
  const scan = (from: number, to: number): { kind: 'self' | 'them'; at: number }[] => {
    const hits: { kind: 'self' | 'them'; at: number }[] = [];
    const slice = norm.slice(from, to);
    for (const m of all(SELF, slice)) hits.push({ kind: 'self', at: from + m.start });
    for (const m of all(THEIRS, slice)) hits.push({ kind: 'them', at: from + m.start });
    return hits.sort((x, y) => x.at - y.at);
  };
  const words = (from: number, to: number) => (norm.slice(Math.min(from, to), Math.max(from, to)).match(/\S+/g) ?? []).length;
  const near = scan(clause.start, clause.end).filter((h) => h.at !== at);
  if (near.length) {
    near.sort((x, y) => words(x.at, at) - words(y.at, at) || x.at - y.at);
    return near[0].kind;
  }
  const first = scan(0, norm.length);
  return first.length ? first[0].kind : null;
}

/**
 * A contempt word the writer says of themself: "I was rude", "I may have seemed arrogant", "my stupid mistake",
 * "I made a stupid mistake" — the writer as the subject of a linking verb, or "my" right before it.
 */
const SELF_PREDICATE = /(?:\bi(?:['’]m|\s+am|\s+was|\s+were|\s+felt|\s+feel|\s+seemed|\s+seem|\s+came across as|\s+may have (?:been|seemed|sounded)|\s+might have (?:been|seemed|sounded)|\s+must have (?:been|seemed|sounded)|\s+have been|\s+had been|['’]ve been|\s+sounded|\s+looked|\s+acted|\s+behaved|\s+made|\s+said|\s+gave|\s+asked|\s+did)|\bmy|\bmyself|\bof me)(?:\s+[^\s]+){0,3}\s+$/i;
function saysOfSelf(norm: string, at: number): boolean {
  const clause = clauseOf(norm, at);
  const before = norm.slice(Math.min(clause.start, at), at);
  const self = SELF_PREDICATE.exec(before);
  return !!self && !THEIRS_ANY.test(before.slice(self.index + 1));
}

/**
 * Rude, bitter or accusing register: contempt for them or their process, the writer's anger, accusations, threats and
 * telling-offs. Returns the first hostile phrase, or null. Honest criticism said politely, hedged or negated is not.
 */
export function hostilePhrase(text: string): Span | null {
  const norm = normalize(text);
  const quoted = quotedSpans(text);
  const found = (m: Marker | undefined) => (m && !inside(quoted, m.start) ? m : undefined);
  // Constructions carry their own polarity ("never been treated so badly" is no softer for its "never").
  const words = wordsOf(norm);
  for (const index of [ANGER, INSULT, THREAT, ACCUSE]) {
    for (const m of index.matches(norm, words)) if (found(m)) return m;
  }
  const imperative = IMPERATIVE.atStart(norm);
  if (imperative) return imperative;
  for (const m of IMPERATIVE.matches(norm, words)) if (!inside(quoted, m.start) && /^(?:next time|get your|grow up|do better|learn)/i.test(m.text)) return m;
  for (const m of CONTEMPT.matches(norm, words)) {
    if (softened(norm, m.start, quoted)) continue;
    if (!saysOfSelf(norm, m.start)) return m;
  }
  for (const m of CRITICAL.matches(norm, words)) {
    if (softened(norm, m.start, quoted)) continue;
    if (/worst[\s-]case/i.test(norm.slice(m.start, m.end + 6))) continue;
    // Said of them as a predicate ("your panel was disorganised") or fastened on their noun ("terrible communication").
    const clause = clauseOf(norm, m.start);
    const predicate = COPULA_BEFORE.test(norm.slice(Math.min(clause.start, m.start), m.start));
    const attribute = THEIR_NOUN_AFTER.test(norm.slice(m.end, m.end + 40));
    if ((predicate && saidOf(norm, m.start) === 'them') || attribute) return m;
  }
  // "You clearly just hired …", "Clearly nobody on your panel knew …": an accusing adverb with a belittling word.
  for (const m of all(ACCUSE_ADVERB, norm)) {
    const before = norm.slice(0, m.start);
    if (/\bi\s+(?:\w+\s+)?$/i.test(before)) continue;
    const rest = norm.slice(m.end, clauseOf(norm, m.start).end + 1);
    if (BELITTLE.test(rest) && (THEIRS_ANY.test(norm) || /nobody|no one/i.test(rest))) return m;
  }
  const obvious = IT_IS_OBVIOUS.exec(norm);
  if (obvious && /\b(?:never|not|no one|nobody|already|someone in mind|didn['’]t|don['’]t|doesn['’]t|wasn['’]t)\b/i.test(norm.slice(obvious.index)) && /\b(?:you|your|they|the (?:job|role|position|panel|company|decision))\b/i.test(norm)) {
    return { start: obvious.index, end: obvious.index + obvious[0].length };
  }
  return null;
}

// ── Sarcastic ───────────────────────────────────────────────────────────────────────────────────────────────────

const OPENER_IRONY = compile(SARCASM_OPENERS);
const PRAISE = compile(SARCASM_PRAISE);
const POSITIVE = compile(POSITIVE_WORDS);
const GRIEVANCE = compile(SARCASM_GRIEVANCE);
const MOCK = compile(SARCASM_MOCK);
const HEDGE = compile(SARCASM_HEDGES);
const CONCESSION = compile(CONCESSIVE);
const TAG = new RegExp(String.raw`[,;:–—-]\s*(?:${regexOf(SARCASM_TAGS).source})\s*[.!?…]*["'”’)]*$`, 'iu');
/**
 * Their failure, stated: their side as the subject of a failing or negated verb ("nobody could find the room", "who
 * hadn't read it", "you miss your own deadlines"). A negated kindness is sincere ("you couldn't have been kinder",
 * "you didn't have to"), so a comparative or "have to" after the verb cancels it.
 */
const THEIR_FAILURE = /\b(?:you|your(?:\s+[\p{L}'’-]+){1,2}|they|nobody|no one|none of (?:you|them)|the (?:panel|interviewers?|recruiters?|team|hr|company|managers?|committee|receptionist))\s+(?:(?:still|just|even|clearly|obviously|actually|apparently|ever|also)\s+)?(?:couldn['’]t|could not|can['’]t|cannot|didn['’]t|did not|don['’]t|doesn['’]t|hadn['’]t|had not|haven['’]t|hasn['’]t|never|won['’]t|wouldn['’]t|forgot|forgets|forget|missed|miss|misses|failed|fail|fails|lost|lose|loses|ignored|ignore|ignores|skipped|managed to (?:lose|miss|forget|ignore|misspell|mispronounce|cancel))\b(?!\s+(?:have to|need to|have been (?:more|any|kinder|nicer|better|warmer)|be (?:more|happier|kinder|nicer|better)|have (?:asked|hoped|wished)|hesitate|rush|pressure|make me feel (?:rushed|nervous|uncomfortable|unwelcome)))/iu;

/** Praise fastened on their misconduct: "the warmest rejection", "a lovely automated email", "delightful silence". */
const INCONGRUOUS = /\b(?:warmest|kindest|loveliest|nicest|fastest|quickest|speediest|sweetest|finest|best|friendliest|most (?:thoughtful|personal|heartfelt|touching|moving|efficient|professional|thorough|detailed|charming)|lovely|inspiring|delightful|wonderful|charming|heartwarming|heart-warming|touching|thoughtful|generous|beautiful|elegant|exquisite|brilliant|fantastic|amazing|stellar|impressive|glowing|riveting|thrilling|memorable|unforgettable|personal|personalised|personalized|warm)\s+(?:(?:little|two-line|one-line|one-word|automated|generic|form|template|standard|copy-pasted|new)\s+)?(?:rejection|rejections|silence|delay|delays|wait|form letter|form email|template|no-reply|auto-reply|runaround|excuse|excuses|ghosting|cancellation|cancellations|brush-off|non-answer|non-reply)\b/i;
const THANKS_GLOWING = /\b(?:thanks|thank you)(?:\s+(?:so|ever so|very)\s+much)?\s+for\s+(?:the|your|such (?:a|an))\s+(?:\w+\s+)?(?:lovely|detailed|thorough|helpful|warm|speedy|quick|prompt|personal|kind|generous|thoughtful|wonderful|fantastic|amazing|brilliant|swift|timely|informative|clear|insightful|valuable)\b/i;

const FORMULA = new RegExp(regexOf(QUOTED_FORMULAS).source, 'iu');
/** "Four weeks on, …": the time it took, opening the sentence. */
const LONG_ON = /^\W*(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:weeks|months)\s+(?:on|later)\b/i;

/** One of their rejection formulas in quotation marks: their words held up ("not the right fit at this time"). */
function quotedFormula(text: string): boolean {
  return quotedSpans(text).some((q) => FORMULA.test(text.slice(q.start, q.end)));
}

/** Quoted words of theirs held up for mockery: mostly lowercase, not a sign in capitals or a title. */
function scareQuotes(text: string): boolean {
  for (const q of quotedSpans(text)) {
    const inner = text.slice(q.start + 1, q.end - 1);
    const words = inner.match(/[\p{L}'’-]+/gu) ?? [];
    if (words.length === 0 || inner === inner.toUpperCase()) continue;
    const lower = words.filter((w) => w[0] === w[0].toLowerCase()).length;
    if (lower * 2 >= words.length) return true;
  }
  return false;
}

export interface SarcasmCues {
  /** An ironic opener: "Oh great,", "Ah yes,", "What a surprise,". */
  opener: boolean;
  /** Praise pushed past sincerity: "legendary", "lightning-fast", "a joy for everyone". */
  praise: boolean;
  /** Any praise or thanks at all. */
  positive: boolean;
  /** Their misconduct stated: waiting, form letters, lost documents, a fifth round. */
  grievance: boolean;
  /** Mock patience, mock blame or mocking hyperbole: sarcastic on its own. */
  mock: boolean;
  /** An insinuating opener: "I'm sure", "I suppose", "Clearly,". */
  hedge: boolean;
  /** Their words quoted for mockery. */
  quotes: boolean;
  /** An ironic tag at the end: "…, as usual." */
  tag: boolean;
  /** A positive word that judges an experience ("lovely", "enjoyed"), not thanks ("thank you", "appreciated"). */
  evaluative: boolean;
  /** A word of concession: "but", "although". */
  concession: boolean;
}

export function sarcasmCues(text: string): SarcasmCues {
  const norm = normalize(text);
  const quoted = quotedSpans(text);
  const words = wordsOf(norm);
  const any = (index: PhraseIndex) => index.matches(norm, words).some((m) => !inside(quoted, m.start));
  return {
    opener: OPENER_IRONY.atStart(norm) !== undefined,
    praise: any(PRAISE) || THANKS_GLOWING.test(norm),
    positive: any(POSITIVE),
    evaluative: POSITIVE.matches(norm, words).some((m) => !inside(quoted, m.start) && !THANKS_WORD.test(norm.slice(m.start, m.end))),
    grievance: any(GRIEVANCE) || INCONGRUOUS.test(norm) || THEIR_FAILURE.test(norm) || LONG_ON.test(norm) || quotedFormula(text),
    mock: any(MOCK),
    hedge: any(HEDGE),
    quotes: scareQuotes(text),
    tag: TAG.test(text.replace(/[’‘]/g, "'")),
    concession: any(CONCESSION),
  };
}

/**
 * Sarcasm: mock patience or mocking hyperbole on its own ("No rush, I'm only unemployed", "glaciers move faster"), or
 * praise set against their misconduct ("I had a lovely time sitting alone for forty minutes"), or an ironic opener or
 * insinuation with one more cue. Plain thanks beside a fact is sincere far more often than not, so it never counts alone.
 */
const THANKS_WORD = /^(?:thanks|thank you|appreciate|appreciated|grateful)$/i;
const GRUDGING_THANKS = /^\W*(?:thanks|thank you|thx|cheers|much appreciated)(?:\s+(?:again|anyway|for (?:nothing|that|this|the \w+(?: \w+)?)))?\s*,?\s+(?:i suppose|i guess|i think|anyway|or whatever|whatever|for nothing)\W*$/i;

export function isSarcastic(text: string): boolean {
  const c = sarcasmCues(text);
  if (c.mock || INCONGRUOUS.test(normalize(text))) return true;
  // Thanks taken back by a grudging tag: "Thanks, I suppose.", "Thank you, I guess."
  if (GRUDGING_THANKS.test(normalize(text))) return true;
  const extra = Number(c.hedge) + Number(c.quotes) + Number(c.tag);
  // An ironic opener needs a grievance or one more cue: "Good to see how you rotate the apprentices" is sincere.
  if (c.opener) return c.grievance || extra >= 1;
  if (c.praise) return c.grievance || extra >= 2;
  // Praise of an experience that was a grievance: "I had a lovely afternoon sitting alone in your lobby". Plain thanks
  // beside such a fact is how sincere notes read ("thank you for explaining why rather than sending a standard letter",
  // "I appreciated that you didn't dress it up"), so thanks alone never counts.
  if (c.evaluative && c.grievance && !c.concession) return true;
  // Insinuation: "I assume the post went to someone's nephew, as usual."
  return c.grievance && extra >= 2;
}

// Phrase lists indexed by their first word, for the pushy rule's many long lists. One regex of a few hundred
// alternatives, each behind a look-behind, costs a try at every character of every sentence; here each list is cut
// into one regex per first word (each still compiled by phrases()), tried sticky only where a sentence has a word
// that can start an entry. Same matches as phrases(list) run with exec(), at a fraction of the cost.
import { compileEntry, entries, phrases } from './phrases';

/** The key for words that start with a digit ("3rd", "48", "9:30"). */
export const DIGIT = '#';

/** A shape that starts with a digit ("\\d+", "\\d{1,2}(?:st|nd|rd|th)"), as a macro the index can file under DIGIT. */
export function digitShape(source: string): Macro {
  return { source, firsts: new Set([DIGIT]) };
}

/** A macro for a phrase list: its regex source and the words its entries can start with (null: any). */
export interface Macro {
  source: string;
  firsts: ReadonlySet<string> | null;
}

export interface PhraseHit {
  start: number;
  end: number;
  text: string;
}

type Macros = Record<string, string | Macro>;

/** The letters or digits a word starts with, lowercased ("I've" → "i", "re-sending" → "re", "CC'd" → "cc"). */
function run(word: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(word);
  return m ? keyOf(m[0]) : '';
}

function keyOf(word: string): string {
  return /^\p{N}/u.test(word) ? DIGIT : word.toLowerCase();
}

/** Splits at top-level "|" (not inside nested parentheses). */
function alternatives(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** The first words an entry (or a part of one) can start with; null when it can start anywhere (*, ..., a shape). */
function firstWords(text: string, macros: Macros): Set<string> | null {
  const t = text.trim();
  if (!t) return new Set();
  if (t.startsWith('(')) {
    let depth = 0;
    let j = 0;
    for (; j < t.length; j++) {
      if (t[j] === '(') depth++;
      if (t[j] === ')' && --depth === 0) break;
    }
    const out = new Set<string>();
    for (const alt of alternatives(t.slice(1, j))) {
      const f = firstWords(alt, macros);
      if (!f) return null;
      f.forEach((w) => out.add(w));
    }
    const optional = t[j + 1] === '?';
    if (optional || out.has('')) {
      out.delete('');
      const rest = firstWords(t.slice(j + (optional ? 2 : 1)), macros);
      if (!rest) return null;
      rest.forEach((w) => out.add(w));
    }
    return out;
  }
  if (t.startsWith('{')) {
    const name = t.slice(1, t.indexOf('}'));
    const macro = macros[name];
    return typeof macro === 'object' && macro.firsts ? new Set(macro.firsts) : null;
  }
  const word = run(t);
  return word && /^[\p{L}\p{N}]/u.test(t) ? new Set([word]) : null;
}

function sources(macros: Macros): Record<string, string> {
  return Object.fromEntries(Object.entries(macros).map(([k, v]) => [k, typeof v === 'string' ? v : v.source]));
}

const BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const AFTER = String.raw`(?![\p{L}\p{N}_])`;

/**
 * A macro's source without the word-boundary checks phrases() puts around each entry: inside another entry a macro
 * always sits between spaces or at the entry's own (checked) edges, and the checks, repeated per alternative, make
 * the outer regexes slow to compile.
 */
function bare(source: string): string {
  return source.split(BEFORE).join('').split(AFTER).join('');
}

/** A list as a macro for other lists: its regex source and its first words. */
export function macro(list: string, macros: Macros = {}): Macro {
  const firsts = new Set<string>();
  let any = false;
  for (const e of entries(list)) {
    const f = firstWords(e, macros);
    if (!f) any = true;
    else f.forEach((w) => firsts.add(w));
  }
  return { source: `(?:${bare(phrases(list, sources(macros)).source)})`, firsts: any ? null : firsts };
}

const WORD_START = /(?<![\p{L}\p{N}_])[\p{L}\p{N}]+/gu;

/** The word starts of the last few texts, shared by every list that reads the same sentence. */
const wordCache = new Map<string, { at: number; key: string }[]>();

function wordsOf(text: string): { at: number; key: string }[] {
  let words = wordCache.get(text);
  if (words) return words;
  words = [];
  WORD_START.lastIndex = 0;
  for (let w = WORD_START.exec(text); w; w = WORD_START.exec(text)) words.push({ at: w.index, key: keyOf(w[0]) });
  if (wordCache.size >= 16) wordCache.clear();
  wordCache.set(text, words);
  return words;
}

/** A phrase list (one entry a line, phrases() syntax) indexed by first word. */
export class PhraseIndex {
  private byWord = new Map<string, RegExp>();
  private entriesByWord = new Map<string, string[]>();
  private anywhere: RegExp | null = null;
  private built = false;
  private whole: RegExp | null = null;
  private readonly compiled = new Map<string, string>();

  constructor(
    private readonly list: string,
    private readonly macros: Macros = {},
  ) {}

  /** The whole list as one regex (phrases()), for callers that need a RegExp. */
  get regex(): RegExp {
    return (this.whole ??= phrases(this.list, sources(this.macros)));
  }

  /** Files the entries by first word on first use; each word's regex is compiled when a text first has that word. */
  private build(): void {
    if (this.built) return;
    this.built = true;
    const loose: string[] = [];
    for (const e of entries(this.list)) {
      const f = firstWords(e, this.macros);
      if (!f || f.size === 0) loose.push(e);
      else for (const w of f) (this.entriesByWord.get(w) ?? this.entriesByWord.set(w, []).get(w)!).push(e);
    }
    this.anywhere = loose.length ? this.compile(loose, 'giu') : null;
  }

  /** phrases()'s compilation (compileEntry, longest entry first), each entry compiled once however many words share it. */
  private compile(list: string[], flags: string): RegExp {
    const plain = sources(this.macros);
    const ordered = [...list].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
    const source = ordered.map((e) => this.compiled.get(e) ?? this.compiled.set(e, compileEntry(e, plain)).get(e)!).join('|');
    return new RegExp(source, flags);
  }

  private regexFor(key: string): RegExp | undefined {
    const ready = this.byWord.get(key);
    if (ready) return ready;
    const list = this.entriesByWord.get(key);
    if (!list) return undefined;
    const re = this.compile(list, 'iuy');
    this.byWord.set(key, re);
    return re;
  }

  /** Every match, leftmost first and not overlapping, as a global exec() loop over phrases(list) finds them. */
  all(text: string): PhraseHit[] {
    this.build();
    const found: PhraseHit[] = [];
    // Entries that may start anywhere: one ordinary scan.
    if (this.anywhere) {
      const re = this.anywhere;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!m[0]) {
          re.lastIndex++;
          continue;
        }
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      }
    }
    for (const w of wordsOf(text)) {
      const re = this.regexFor(w.key);
      if (!re) continue;
      re.lastIndex = w.at;
      const m = re.exec(text);
      if (m && m[0]) found.push({ start: w.at, end: w.at + m[0].length, text: m[0] });
    }
    if (found.length < 2) return found;
    // Leftmost first, the longest at a place, and no overlaps (as one alternation would give).
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: PhraseHit[] = [];
    let end = -1;
    for (const h of found) {
      if (h.start < end) continue;
      out.push(h);
      end = h.end;
    }
    return out;
  }

  test(text: string): boolean {
    this.build();
    if (this.anywhere) {
      this.anywhere.lastIndex = 0;
      if (this.anywhere.test(text)) return true;
    }
    for (const w of wordsOf(text)) {
      const re = this.regexFor(w.key);
      if (!re) continue;
      re.lastIndex = w.at;
      if (re.test(text)) return true;
    }
    return false;
  }

  /** How many entries can start anywhere (tuning aid: keep it small). */
  get looseCount(): number {
    this.build();
    return this.anywhere ? this.anywhere.source.split('|(?<!').length : 0;
  }
}

/** A list compiled and indexed by first word. */
export function phraseIndex(list: string, macros: Macros = {}): PhraseIndex {
  return new PhraseIndex(list, macros);
}

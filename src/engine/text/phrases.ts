// Phrase lists as data, one entry a line (retext's lists), compiled into one regex by this one helper, which escapes
// every literal character and orders the entries longest first, so that "salary range" wins over "salary".
//
// An entry is words separated by spaces, matched case-insensitively between word boundaries, with a few operators:
//   (a|b c)    one of the alternatives (each may hold several words); (a|b)? the group is optional
//   {name}     a named sub-pattern given to phrases() (a regex source, e.g. a weekday or a number)
//   *          any one word
//   ...        up to three words
//   '          an apostrophe, straight or curly
//   \(         a literal character that would otherwise be an operator: 401\(k\)
// Blank lines and lines starting with "#" are ignored. Everything else is literal: "$", ".", "+" mean themselves.

const WORD_CHAR = /[\p{L}\p{N}_$£€¥₹%]/u;
// Letters and digits as ranges rather than \p{…} classes, so that a list needs no Unicode flag (three to ten times
// faster to run): Latin with its accents, Greek to Ethiopic and the Indic scripts, CJK and Hangul. Symbols and emoji
// (U+2000–U+2BFF) are not letters.
const LETTERS = String.raw`A-Za-z0-9_\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u1FFF\u2C00-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A`;
const ANY_WORD = String.raw`[${LETTERS}'’$£€¥₹%.,-]+`;
const GAP = String.raw`(?:[${LETTERS}'’$£€¥₹%.,-]+\s+){0,3}`;
/** A match starts at a word's start and ends at a word's end. */
const WORD_START = String.raw`(?<![${LETTERS}])`;
const WORD_END = String.raw`(?![${LETTERS}])`;

function escapeLiteral(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === "'" || ch === '’') out += "['’]";
    else if (ch === '-') out += String.raw`[-‐–]`;
    else out += /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
  }
  return out;
}

/** Splits at top-level `|` (not inside nested parentheses). */
function splitAlternatives(text: string): string[] {
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

interface Compiled {
  source: string;
  /**
   * The words a match can begin with (lower case, letters and digits only, so a prefix of the real first word), or
   * null when it can begin with anything (a wildcard, a gap, a named sub-pattern, a symbol).
   */
  first: Set<string> | null;
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  return a && b ? new Set([...a, ...b]) : null;
}

/** The letters and digits a literal word starts with ("401\(k\)" → "401"), or null when it starts otherwise. */
function firstOfWord(word: string): Set<string> | null {
  const m = /^[\p{L}\p{N}]+/u.exec(word.replace(/\\(.)/g, '$1'));
  return m ? new Set([m[0].toLowerCase()]) : null;
}

/** A word with literal text, `\x` escapes and {macros}: "{day}s", "$100k", "401\(k\)". */
function compileWord(word: string, macros: Record<string, string>, where: string): string {
  let source = '';
  for (let k = 0; k < word.length; k++) {
    const ch = word[k];
    if (ch === '\\' && k + 1 < word.length) source += escapeLiteral(word[++k]);
    else if (ch === '{') {
      const close = word.indexOf('}', k);
      const name = close > k ? word.slice(k + 1, close) : '';
      const macro = macros[name];
      if (!/^\w+$/.test(name) || macro === undefined) throw new Error(`phrases: unknown {${name}} in ${where}`);
      source += `(?:${macro})`;
      k = close;
    } else source += escapeLiteral(ch);
  }
  return source;
}

/** Compiles a sequence of words and groups (no leading or trailing spaces needed). */
function compileSequence(text: string, macros: Record<string, string>, where: string): Compiled {
  const parts: { source: string; gap: boolean; optional: boolean; first: Set<string> | null }[] = [];
  let i = 0;
  const t = text.trim();
  while (i < t.length) {
    if (/\s/.test(t[i])) {
      i++;
      continue;
    }
    if (t[i] === '(') {
      let depth = 0;
      let j = i;
      for (; j < t.length; j++) {
        if (t[j] === '(') depth++;
        if (t[j] === ')' && --depth === 0) break;
      }
      if (j >= t.length) throw new Error(`phrases: unclosed "(" in ${where}`);
      const inner = t.slice(i + 1, j);
      const compiled = splitAlternatives(inner).map((alt) => compileSequence(alt, macros, where));
      const alternatives = compiled.map((c) => c.source);
      const first = compiled.reduce<Set<string> | null>((acc, c) => union(acc, c.source ? c.first : null), new Set());
      let optional = compiled.some((c) => !c.source);
      j++;
      if (t[j] === '?') {
        optional = true;
        j++;
      }
      // Longest alternative first, for the same reason as the entries.
      const ordered = [...alternatives].sort((x, y) => y.length - x.length);
      parts.push({ source: `(?:${ordered.filter(Boolean).join('|')})`, gap: false, optional, first });
      i = j;
      continue;
    }
    let j = i;
    while (j < t.length && !/\s/.test(t[j]) && t[j] !== '(') j += t[j] === '\\' ? 2 : 1;
    const word = t.slice(i, j);
    i = j;
    if (word === '...') parts.push({ source: GAP, gap: true, optional: false, first: null });
    else if (word === '*') parts.push({ source: ANY_WORD, gap: false, optional: false, first: null });
    else parts.push({ source: compileWord(word, macros, where), gap: false, optional: false, first: firstOfWord(word) });
  }
  let source = '';
  parts.forEach((p, n) => {
    const last = n === parts.length - 1;
    if (p.gap) source += p.source;
    else if (p.optional) source += last ? `(?:\\s+${p.source})?` : `(?:${p.source}\\s+)?`;
    else source += last ? p.source : `${p.source}\\s+`;
  });
  // An optional group after a word needs that word's trailing space inside the group.
  source = source.replace(/\\s\+\(\?:\\s\+/g, '(?:\\s+');
  // A match begins with the first part, or with a later one when those before it are optional.
  let first: Set<string> | null = new Set();
  let k = 0;
  for (; k < parts.length; k++) {
    first = union(first, parts[k].gap ? null : parts[k].first);
    if (!parts[k].optional && !parts[k].gap) break;
  }
  if (k === parts.length) first = null;
  return { source, first };
}

/** The words an entry's matches can begin with, or null when that is unknown (see Compiled.first). */
export function firstWords(entry: string, macros: Record<string, string> = {}): Set<string> | null {
  const text = entry.trim();
  return compileSequence(text, macros, JSON.stringify(text)).first;
}

/** One entry's regex source, with word boundaries where the entry starts or ends with a word character. */
export function compileEntry(entry: string, macros: Record<string, string> = {}): string {
  const text = entry.trim();
  const { source } = compileSequence(text, macros, JSON.stringify(text));
  const start = WORD_CHAR.test(text[0]) || text[0] === '(' || text[0] === '{' || text[0] === '*' ? WORD_START : '';
  const lastChar = text[text.length - 1];
  const end = WORD_CHAR.test(lastChar) || lastChar === ')' || lastChar === '?' || lastChar === '}' || lastChar === '*' ? WORD_END : '';
  return `${start}${source}${end}`;
}

/** The entries of a list: one per line, without comments and blank lines. */
export function entries(list: string): string[] {
  return list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * A compiled phrase list. It is a RegExp in every use, with one shortcut: a text that holds none of the words the
 * entries can begin with cannot match, and is answered without running the big expression (most sentences hold no
 * phrase of a given list, and an alternation of hundreds of entries is slow to try at every position).
 */
export class PhraseList extends RegExp {
  constructor(
    pattern: string | RegExp,
    flags?: string,
    private readonly starts: RegExp | null = pattern instanceof PhraseList ? pattern.starts : null,
  ) {
    super(pattern, flags);
  }

  // Copies made by matchAll, split and the like are plain expressions: they only run once the shortcut said yes.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  /** False only when the text certainly holds no match. */
  mayMatch(text: string): boolean {
    return !this.starts || this.starts.test(text);
  }

  override exec(text: string): RegExpExecArray | null {
    if (!this.mayMatch(String(text))) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    if (!this.mayMatch(String(text))) return ([] as RegExpMatchArray[])[Symbol.iterator]() as unknown as RegExpStringIterator<RegExpMatchArray>;
    return RegExp.prototype[Symbol.matchAll].call(this, text);
  }
}

/** Compiles a list (one entry a line) into one global, case-insensitive, Unicode regex, longest entries first. */
export function phrases(list: string, macros: Record<string, string> = {}): PhraseList {
  const items = entries(list);
  if (items.length === 0) throw new Error('phrases: an empty list');
  const ordered = [...items].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  let first: Set<string> | null = new Set();
  for (const e of ordered) first = union(first, firstWords(e, macros));
  const starts = first && first.size ? new RegExp([...first].sort((x, y) => y.length - x.length).join('|'), 'i') : null;
  // Entries that start at a word's start share one lookbehind per run of neighbours, in the same order: a lookbehind on
  // each of hundreds of alternatives makes the engine try every one at every position.
  const runs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) runs.push(`${WORD_START}(?:${run.join('|')})`);
    run = [];
  };
  for (const source of ordered.map((e) => compileEntry(e, macros))) {
    if (source.startsWith(WORD_START)) run.push(source.slice(WORD_START.length));
    else {
      flush();
      runs.push(source);
    }
  }
  flush();
  const source = runs.join('|');
  // The Unicode flag only where a named sub-pattern needs it (\p{…}, \u{…}).
  return new PhraseList(source, /\\[pP]\{|\\u\{/.test(source) ? 'giu' : 'gi', starts);
}

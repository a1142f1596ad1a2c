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
const ANY_WORD = String.raw`[\p{L}\p{N}_'’$£€¥₹%.,-]+`;
const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
const GAP = String.raw`(?:[\p{L}\p{N}_'’$£€¥₹%.,-]+\s+){0,3}`;

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
  const parts: { source: string; gap: boolean; optional: boolean }[] = [];
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
      const alternatives = splitAlternatives(inner).map((alt) => compileSequence(alt, macros, where).source);
      let optional = false;
      j++;
      if (t[j] === '?') {
        optional = true;
        j++;
      }
      // Longest alternative first, for the same reason as the entries.
      const ordered = [...alternatives].sort((x, y) => y.length - x.length);
      parts.push({ source: `(?:${ordered.join('|')})`, gap: false, optional });
      i = j;
      continue;
    }
    let j = i;
    while (j < t.length && !/\s/.test(t[j]) && t[j] !== '(') j += t[j] === '\\' ? 2 : 1;
    const word = t.slice(i, j);
    i = j;
    if (word === '...') parts.push({ source: GAP, gap: true, optional: false });
    else if (word === '*') parts.push({ source: ANY_WORD, gap: false, optional: false });
    else parts.push({ source: compileWord(word, macros, where), gap: false, optional: false });
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
  return { source };
}

/** One entry's regex source, with word boundaries where the entry starts or ends with a word character. */
export function compileEntry(entry: string, macros: Record<string, string> = {}): string {
  const text = entry.trim();
  const { source } = compileSequence(text, macros, JSON.stringify(text));
  const start = WORD_CHAR.test(text[0]) || text[0] === '(' || text[0] === '{' || text[0] === '*' ? WORD_START : '';
  const lastChar = text[text.length - 1];
  const end = WORD_CHAR.test(lastChar) || lastChar === ')' || lastChar === '?' || lastChar === '}' || lastChar === '*' ? String.raw`(?![\p{L}\p{N}_])` : '';
  return `${start}${source}${end}`;
}

/** The entries of a list: one per line, without comments and blank lines. */
export function entries(list: string): string[] {
  return list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** Compiles a list (one entry a line) into one global, case-insensitive, Unicode regex, longest entries first. */
export function phrases(list: string, macros: Record<string, string> = {}): RegExp {
  const items = entries(list);
  if (items.length === 0) throw new Error('phrases: an empty list');
  const ordered = [...items].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  // Entries that start at a word boundary share one lookbehind per run of neighbours, in the same order: a lookbehind
  // on each of hundreds of alternatives makes the engine try every one at every position (ten times slower).
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
  return new RegExp(runs.join('|'), 'giu');
}

// Regex speed for the money rule's lists (data/money.ts).

/**
 * Letters and digits for regexes without the Unicode flag: Latin script, which these English lists read. (A class with
 * every script's ranges made each lookbehind twenty times slower.)
 */
const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
const DIGIT = String.raw`0-9`;

/**
 * The same regex without the Unicode flag: \p{L} and \p{N} become the ranges above. V8 compiles a case-insensitive
 * Unicode alternation of thousands of characters about five times slower: the lists here cost ~0.7 s on the first lint
 * after loading with it, ~0.15 s without.
 */
export function fast(re: RegExp): RegExp {
  let out = '';
  let inClass = false;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const prop = /^\\p\{(L|N)\}/.exec(src.slice(i));
      if (prop) {
        const range = prop[1] === 'L' ? LETTER : DIGIT;
        out += inClass ? range : `[${range}]`;
        i += prop[0].length - 1;
        continue;
      }
      if (src[i + 1] === 'p' || src[i + 1] === 'P') throw new Error(`fast(): unsupported ${src.slice(i, i + 8)}`);
      out += ch + src[i + 1];
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return new RegExp(out, re.flags.replace('u', ''));
}

// ---------------------------------------------------------------------------------------------------------------
// Trigger words: a cheap test that a sentence may hold a phrase of a list, before its regex runs. Most sentences of a
// follow-up name no pay at all, and a dozen list regexes cost more than a word lookup.

/** Splits at top-level `sep` (not inside parentheses, not escaped). */
function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      current += ch + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** The elements of an entry: words, `(…)` groups with `optional`, wildcards. */
function elements(entry: string): { text: string; group: boolean; optional: boolean }[] {
  const out: { text: string; group: boolean; optional: boolean }[] = [];
  const t = entry.trim();
  let i = 0;
  while (i < t.length) {
    if (/\s/.test(t[i])) {
      i++;
      continue;
    }
    if (t[i] === '(') {
      let depth = 0;
      let j = i;
      for (; j < t.length; j++) {
        if (t[j] === '\\') {
          j++;
          continue;
        }
        if (t[j] === '(') depth++;
        if (t[j] === ')' && --depth === 0) break;
      }
      const optional = t[j + 1] === '?';
      out.push({ text: t.slice(i + 1, j), group: true, optional });
      i = j + (optional ? 2 : 1);
      continue;
    }
    let j = i;
    while (j < t.length && !/\s/.test(t[j]) && t[j] !== '(') j += t[j] === '\\' ? 2 : 1;
    out.push({ text: t.slice(i, j), group: false, optional: false });
    i = j;
  }
  return out;
}

/** Word normal form shared by triggers and sentences: lower case, straight apostrophe, plain hyphen. */
export function normalWord(word: string): string {
  return word.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐–]/g, '-');
}

/** Words too common to be worth looking for: a determiner or a preposition says nothing about pay. */
const COMMON = new Set(
  'a an the my your their our its his her any some this that these those on of for in at to by with from per as is are was be been would will could can do does did what how much many which i you we it me and or not no more less most current higher lower better new other'.split(' '),
);

/**
 * Words of which every match of `entry` contains at least one, or null when there are none to rely on (a wildcard or
 * macro in every required place). Takes the required element whose words look rarest: long, uncommon, few.
 */
function entryTriggers(entry: string): Set<string> | null {
  let best: Set<string> | null = null;
  let bestScore = -1;
  for (const el of elements(entry)) {
    if (el.optional) continue;
    let words: Set<string> | null;
    if (el.group) {
      words = new Set();
      for (const alternative of splitTop(el.text, '|')) {
        const inner = entryTriggers(alternative);
        if (!inner) {
          words = null;
          break;
        }
        for (const w of inner) words.add(w);
      }
    } else if (el.text === '*' || el.text === '...' || el.text.includes('{')) words = null;
    else words = new Set([trimWord(normalWord(el.text.replace(/\\(.)/g, '$1')))]);
    if (!words || words.size === 0) continue;
    // Longer, rarer words and fewer of them: each extra alternative is one more way for a sentence to get through.
    const score = [...words].reduce((n, w) => n + (COMMON.has(w) ? 0 : w.length), 0) / words.size - Math.log2(words.size) / 2;
    if (score > bestScore) {
      best = words;
      bestScore = score;
    }
  }
  return best;
}

/** The trigger words of a list (one entry a line), or null when some entry has none. */
export function triggerWords(list: string): Set<string> | null {
  const all = new Set<string>();
  for (const line of list.split('\n')) {
    const entry = line.trim();
    if (!entry || entry.startsWith('#')) continue;
    const words = entryTriggers(entry);
    if (!words) return null;
    for (const w of words) all.add(w);
  }
  return all;
}

/**
 * The words of a sentence in normal form, as the lists' word boundaries see them: split at anything but letters,
 * digits, apostrophes, hyphens and "&" ("AD&D"), and hyphenated words also in parts ("salary-wise" → "salary").
 */
export function sentenceWords(text: string): Set<string> {
  const out = new Set<string>();
  // "401(k)", "403(b)": a word with its bracket.
  for (const m of text.matchAll(/\w\(\w+\)/g)) {
    const start = text.lastIndexOf(' ', m.index) + 1;
    out.add(normalWord(text.slice(start, m.index + m[0].length)).replace(/^[^\w]+/, ''));
  }
  for (const raw of normalWord(text).split(/[^\p{L}\p{N}'&-]+/u)) {
    const w = trimWord(raw);
    if (!w) continue;
    out.add(w);
    if (/[-&]/.test(w)) for (const part of w.split(/[-&]/)) if (part) out.add(trimWord(part));
    // "employees'", "company's": also the stem.
    if (/'s$/.test(w)) out.add(w.slice(0, -2));
  }
  return out;
}

/** A word without the full stops and quotes around it. */
function trimWord(word: string): string {
  return word.replace(/^['-]+|['-]+$/g, '');
}

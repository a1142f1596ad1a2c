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

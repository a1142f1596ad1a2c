// Word tokens with compromise's part-of-speech tags, parsed once per distinct sentence and cached, so that re-linting
// after a one-character edit parses one sentence, not the draft.
import nlp from 'compromise';

export interface Token {
  text: string;
  /** Lowercased, curly apostrophes straightened. */
  lower: string;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();
const CACHE_LIMIT = 4000;
/** Beyond this many characters per lint, sentences get plain word tokens without tags (a pasted book must not freeze). */
export const NLP_CHAR_BUDGET = 120_000;

const cache = new Map<string, Token[]>();

function lower(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

const WORD = /[\p{L}\p{N}$£€₹][\p{L}\p{N}\p{M}'’.,$%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu;

/** Tokens without NLP: words and numbers only. */
export function plainTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let t = m[0];
    while (/[.,]$/.test(t)) t = t.slice(0, -1);
    out.push({ text: t, lower: lower(t), start: m.index!, end: m.index! + t.length, tags: NO_TAGS });
  }
  return out;
}

interface Term {
  text: string;
  tags: Set<string>;
}

/** Parses the given sentences in one compromise call and fills the cache. */
function parseInto(texts: string[]): void {
  const joined = texts.join('\n\n');
  const bases: number[] = [];
  let pos = 0;
  for (const t of texts) {
    bases.push(pos);
    pos += t.length + 2;
  }
  const results: Token[][] = texts.map(() => []);
  let docs: Term[][] = [];
  try {
    docs = (nlp(joined) as unknown as { docs: Term[][] }).docs;
  } catch {
    docs = [];
  }
  let cursor = 0;
  let si = 0;
  for (const sentence of docs) {
    for (const term of sentence) {
      if (!term.text) {
        // Contractions ("can't", "I'm") leave an empty term carrying a tag such as Negative or Copula: keep it on the word.
        const last = lastToken(results, si);
        if (last) for (const tag of term.tags) (last.tags as Set<string>).add(tag);
        continue;
      }
      const at = joined.indexOf(term.text, cursor);
      if (at === -1 || at - cursor > 200) continue;
      cursor = at + term.text.length;
      while (si + 1 < bases.length && bases[si + 1] <= at) si++;
      const start = at - bases[si];
      if (start + term.text.length > texts[si].length) continue;
      results[si].push({ text: term.text, lower: lower(term.text), start, end: start + term.text.length, tags: new Set(term.tags) });
    }
  }
  if (cache.size + texts.length > CACHE_LIMIT) cache.clear();
  texts.forEach((t, i) => cache.set(t, results[i].length || !/\w/.test(t) ? results[i] : plainTokens(t)));
}

function lastToken(results: Token[][], si: number): Token | undefined {
  const list = results[si];
  return list[list.length - 1];
}

/** Tokens for each sentence text (same order), with tags from compromise within the character budget. */
export function tokenize(texts: readonly string[]): Token[][] {
  const missing: string[] = [];
  const seen = new Set<string>();
  let budget = NLP_CHAR_BUDGET;
  const withinBudget: boolean[] = [];
  for (const t of texts) {
    budget -= t.length;
    withinBudget.push(budget >= 0);
    if (budget >= 0 && !cache.has(t) && !seen.has(t)) {
      seen.add(t);
      missing.push(t);
    }
  }
  if (missing.length) parseInto(missing);
  return texts.map((t, i) => (withinBudget[i] ? cache.get(t) ?? plainTokens(t) : plainTokens(t)));
}

export function hasTag(token: Token | undefined, tag: string): boolean {
  return !!token && token.tags.has(tag);
}

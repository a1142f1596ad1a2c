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

/**
 * One compromise call parses at most about this many characters. A 50,000-character line without a full stop is parsed
 * in pieces, so that no single call holds the page for long and warmTexts() can spread the work out.
 */
export const PARSE_CHUNK = 2000;
const MIN_PIECE = 400;

/**
 * Cuts a long text into pieces at spaces chosen by the words before them (content-defined, like rsync's chunks): an edit
 * moves only the cuts near it, so re-linting after a keystroke in a huge line re-parses one or two pieces, not the line.
 */
export function pieces(text: string): string[] {
  if (text.length <= PARSE_CHUNK) return [text];
  const out: string[] = [];
  let start = 0;
  let lastSpace = -1;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      const length = i + 1 - start;
      if (length >= MIN_PIECE && (hash & 31) === 7) {
        out.push(text.slice(start, i + 1));
        start = i + 1;
        lastSpace = -1;
      } else lastSpace = i;
      hash = 0;
    } else hash = (hash * 31 + code) | 0;
    if (i + 1 - start >= PARSE_CHUNK) {
      const cut = lastSpace > start + MIN_PIECE ? lastSpace + 1 : i + 1;
      out.push(text.slice(start, cut));
      start = cut;
      lastSpace = -1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

const pieceCache = new Map<string, Token[]>();

/** Parses pieces not in the piece cache, at most about PARSE_CHUNK characters per compromise call. */
function parsePieces(missing: string[]): void {
  let batch: string[] = [];
  let size = 0;
  const flush = () => {
    if (batch.length === 0) return;
    if (pieceCache.size + batch.length > CACHE_LIMIT) pieceCache.clear();
    parseBatch(batch).forEach((tokens, i) => pieceCache.set(batch[i], tokens));
    batch = [];
    size = 0;
  };
  for (const piece of missing) {
    if (size > 0 && size + piece.length > PARSE_CHUNK) flush();
    batch.push(piece);
    size += piece.length + 2;
  }
  flush();
}

/** A text's tokens from its cached pieces (every piece must be cached). */
function assemble(text: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const piece of pieces(text)) {
    for (const t of pieceCache.get(piece) ?? plainTokens(piece)) tokens.push(offset ? { ...t, start: t.start + offset, end: t.end + offset } : t);
    offset += piece.length;
  }
  return tokens.length || !/\w/.test(text) ? tokens : plainTokens(text);
}

/** Tokens of each text, from one compromise call over all of them. */
function parseBatch(texts: string[]): Token[][] {
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
  return results;
}

/** The pieces of these texts (within lint()'s character budget) that no cache holds yet, in order, without repeats. */
function missingPieces(texts: readonly string[]): string[] {
  let budget = NLP_CHAR_BUDGET;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of texts) {
    budget -= t.length;
    if (budget < 0) break;
    if (cache.has(t)) continue;
    for (const piece of pieces(t)) {
      if (!pieceCache.has(piece) && !seen.has(piece)) {
        seen.add(piece);
        out.push(piece);
      }
    }
  }
  return out;
}

/**
 * Parses up to about `maxChars` characters (at least one piece) of what tokenize() would still have to parse for these
 * texts. Returns true when nothing is left, so that the next tokenize() of these texts does no NLP work: a caller can
 * spread the first lint of a large paste over several short tasks.
 */
export function warmTexts(texts: readonly string[], maxChars: number): boolean {
  const missing = missingPieces(texts);
  let spent = 0;
  let take = 0;
  while (take < missing.length && (take === 0 || spent + missing[take].length <= maxChars)) spent += missing[take++].length;
  parsePieces(missing.slice(0, take));
  return take === missing.length;
}

function lastToken(results: Token[][], si: number): Token | undefined {
  const list = results[si];
  return list[list.length - 1];
}

/** Tokens for each sentence text (same order), with tags from compromise within the character budget. */
export function tokenize(texts: readonly string[]): Token[][] {
  parsePieces(missingPieces(texts));
  let budget = NLP_CHAR_BUDGET;
  return texts.map((t) => {
    budget -= t.length;
    if (budget < 0) return plainTokens(t);
    let tokens = cache.get(t);
    if (!tokens) {
      tokens = assemble(t);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(t, tokens);
    }
    return tokens;
  });
}

export function hasTag(token: Token | undefined, tag: string): boolean {
  return !!token && token.tags.has(tag);
}

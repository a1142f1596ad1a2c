// fingerprint(body): a similarity signature of the writer's own text (CONTRACT.md section 2), so that the extension can
// keep a log of sent notes without their text and still tell a near-copy sent to a colleague. MinHash over word
// shingles: each of the FINGERPRINT_SIZE slots keeps the smallest of one hash function over the note's shingles, and the
// share of equal slots between two fingerprints estimates how many shingles they share (Jaccard similarity).
// Only 32-bit minima of mixed hashes are kept: no word of the text can be read back from them.
import { layout } from './text/segment';

export const FINGERPRINT_SIZE = 128;
/** Words per shingle. */
const SHINGLE = 3;
const EMPTY = 0xffffffff;

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finalizer: a bijective mix of 32 bits. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One fixed seed per slot (a deterministic sequence, the same in every build). */
const SEEDS: number[] = Array.from({ length: FINGERPRINT_SIZE }, (_, i) => fmix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

const GREETING_WORD = /^(?:hi|hello|hey|dear|good|morning|afternoon|evening|greetings|mr|mrs|ms|mx|dr|prof|professor|to|whom|it|may|concern|sir|madam|and|team)$/i;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of the writer's own text: no greeting, sign-off, signature or quoted history; the greeted names are one token. */
export function ownWords(body: string): string[] {
  const lay = layout(typeof body === 'string' ? body : '');
  const names = new Set<string>();
  for (const w of lay.greeting?.text.match(WORD) ?? []) if (!GREETING_WORD.test(w)) names.add(w.toLowerCase());
  const words: string[] = [];
  for (const s of lay.sentences) {
    if (s.region !== 'content') continue;
    for (const w of s.text.match(WORD) ?? []) {
      const lower = w.toLowerCase().replace(/['’]s$/, '');
      words.push(names.has(lower) ? '\u0000name' : lower);
    }
  }
  return words;
}

/** The similarity signature of a body's own text: FINGERPRINT_SIZE unsigned 32-bit numbers. */
export function fingerprint(body: string): number[] {
  const out = new Array<number>(FINGERPRINT_SIZE).fill(EMPTY);
  try {
    const words = ownWords(body);
    const count = words.length < SHINGLE ? Math.min(words.length, 1) : words.length - SHINGLE + 1;
    for (let i = 0; i < count; i++) {
      const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
      for (let k = 0; k < FINGERPRINT_SIZE; k++) {
        const v = fmix32(h ^ SEEDS[k]);
        if (v < out[k]) out[k] = v;
      }
    }
  } catch {
    // A fingerprint is never worth a crash: an unreadable body is an empty note.
  }
  return out;
}

/** The estimated share of shingles two fingerprints have in common, 0..1; 0 for empty or malformed ones. */
export function similarity(a: readonly number[] | undefined, b: readonly number[] | undefined): number {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  let filled = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === EMPTY && b[i] === EMPTY) continue;
    filled++;
    if (a[i] === b[i]) same++;
  }
  return filled === 0 ? 0 : same / a.length;
}

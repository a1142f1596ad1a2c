import { memoBySentence, type Rule } from '../rule';
import { NOT_THANKS, REQUEST_FORM, THANKS } from '../data/gratitude';

/** Is the match inside one of the spans? A longer thanks ("my thanks to the panel") outlives a shorter look-alike in it. */
function inside(m: RegExpMatchArray, spans: readonly [number, number][]): boolean {
  const start = m.index!;
  const end = start + m[0].length;
  return spans.some(([s, e]) => s <= start && end <= e);
}

const sticky = new Map<RegExp, RegExp>();

/** Every match of a phrase list starting at any word, overlapping ones included ("I'd appreciate it if" holds two). */
function spansAtEveryWord(re: RegExp, text: string): [number, number][] {
  let y = sticky.get(re);
  if (!y) sticky.set(re, (y = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}']/u.test(text[i - 1])) continue;
    y.lastIndex = i;
    const m = y.exec(text);
    if (m) out.push([i, i + m[0].length]);
  }
  return out;
}

/**
 * Does this sentence (or subject) give thanks? A word of thanks counts unless it sits in a request ("I'd be grateful
 * if…", "would be appreciated"), in someone else's thanks ("my manager thanked me"), or in another sense ("thanks to
 * automation", "a thank-you card", "an appreciation of lean manufacturing", "the currency appreciated").
 */
export function expressesThanks(text: string): boolean {
  const found = [...text.matchAll(THANKS)];
  if (found.length === 0) return false;
  const blocked = [...spansAtEveryWord(REQUEST_FORM, text), ...spansAtEveryWord(NOT_THANKS, text)];
  return found.some((m) => !inside(m, blocked));
}

export const gratitude: Rule<'gratitude'> = {
  meta: {
    id: 'gratitude',
    description: 'The note thanks them for their time and consideration.',
    article: 'Be Gracious: Thank them for their time and consideration.',
    severity: 'warning',
    followUpOnly: true,
  },
  check(a) {
    // The letter itself must thank them. A subject line ("Thank you – Design Engineer interview", as our own subject fix
    // writes it, or "Thank you for the interview") labels the mail; read above a body with no thanks, it thanks nobody.
    // The signature is a name and a title, not thanks: "Kwame Asante" (asante is Swahili for thanks) thanks nobody.
    if (a.sentences.some((s) => s.region !== 'signature' && memoBySentence(s, 'gratitude', () => expressesThanks(s.text)))) return [];
    return [{ messageId: 'missing' }];
  },
};

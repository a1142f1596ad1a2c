import { memoBySentence, type Rule } from '../rule';
import { THANKS, REQUEST_APPRECIATE, CAUSAL_THANKS, THANK_YOU_THING } from '../data/gratitude';
import type { MessageId } from '../messages/en';

type M = MessageId<'gratitude'>;

/** Is this sentence (or subject) an expression of thanks? */
export function expressesThanks(text: string): boolean {
  for (const m of text.matchAll(THANKS)) {
    const rest = text.slice(m.index);
    if (/^appreciat/i.test(m[0])) {
      const from = Math.max(0, m.index! - 25);
      if (REQUEST_APPRECIATE.test(text.slice(from, m.index! + 60))) continue;
    }
    if (/^thanks to/i.test(rest) && CAUSAL_THANKS.test(rest)) continue;
    if (THANK_YOU_THING.test(rest) && /\b(?:the|a|our|their|your)\s+$/i.test(text.slice(0, m.index))) continue;
    return true;
  }
  return false;
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
    if (a.sentences.some((s) => memoBySentence(s, 'gratitude', () => expressesThanks(s.text))) || expressesThanks(a.subject)) return [];
    return [{ messageId: 'missing' }];
  },
};

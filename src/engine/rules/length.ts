import { memoBySentence, type Rule } from '../rule';

/** More than this many words of the writer's own text is too long for a follow-up. */
export const MAX_WORDS = 250;
/** A thank-you under this many words reads as an afterthought. */
export const MIN_THANK_YOU_WORDS = 40;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export const length: Rule<'length'> = {
  meta: {
    id: 'length',
    description: 'The note is short and light: a thank-you of about 100–200 words, nothing over 250.',
    article: 'Keep it light and professional (a thank-you of about 100–200 words).',
    severity: 'info',
    followUpOnly: true,
  },
  check(a) {
    // The writer's own text: greeting and letter, without the sign-off, signature and quoted history.
    let words = 0;
    for (const s of a.content) words += memoBySentence(s, 'length:words', () => s.text.match(WORD)?.length ?? 0);
    if (words > MAX_WORDS) return [{ messageId: 'tooLong', data: { count: words } }];
    if (a.kind === 'thank-you' && words < MIN_THANK_YOU_WORDS) return [{ messageId: 'tooShort', data: { count: words } }];
    return [];
  },
};

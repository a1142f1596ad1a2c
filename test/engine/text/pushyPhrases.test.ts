import { describe, expect, it } from 'vitest';
import { phrases } from '../../../src/engine/text/phrases';
import { digitShape, macro, phraseIndex } from '../../../src/engine/text/pushyPhrases';

const viaRegex = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));

describe('phraseIndex()', () => {
  const number = macro('{digits}\ntwo\nthree\na few', { digits: digitShape(String.raw`\d+`) });
  const me = macro("i\ni've\ni have\ni'll");
  const list = `
{me} (also )?(copied|cc'd) (your|the) (manager|boss)
per my (last|previous)? (email|message)
this is my {number} (email|message)
(following|follow) up (again|once more)
* unanswered
bump
`;
  const macros = { me, number };
  const index = phraseIndex(list, macros);
  const whole = phrases(list, { me: me.source, number: number.source });

  it('finds what phrases() finds, with entries filed under the words they can start with', () => {
    const texts = [
      "Per my last email, I've also copied your manager. This is my 3 email and I'm following up again.",
      'I cc’d the boss; my two emails went unanswered. Bump.',
      'Nothing here about mail, per se, or copies.',
      "THIS IS MY THREE MESSAGE. I'LL COPIED THE MANAGER.",
    ];
    for (const text of texts) expect(index.all(text)).toEqual(viaRegex(whole, text));
  });

  it('answers test() as the list would', () => {
    expect(index.test('Just bump.')).toBe(true);
    expect(index.test('A bumper crop.')).toBe(false);
    expect(index.test('Emails unanswered')).toBe(true);
  });

  it('keeps the whole list as one regex for callers that need one', () => {
    expect(index.regex.source).toBe(whole.source);
  });
});

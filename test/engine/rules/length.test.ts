import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index';
import { followUp, ruleTester } from '../ruleTester';

const words = (n: number) => Array.from({ length: n }, (_, i) => ['ferry', 'route', 'booking', 'depot', 'carrier'][i % 5]).join(' ');
const letter = (middle: string) => `Hi Marta,\n\nThank you for meeting with me. ${middle}.\n\nBest regards,\nJonas Berg\nLogistics planner · +47 555 0100 · jonas.berg@example.com`;
const checkIn = 'Hi Marta,\n\nI wanted to check in on the Logistics Coordinator role; the ferry work is still on my mind. Thank you again.\n\nBest,\nJonas';

describe('length', () => {
  ruleTester('length', {
    valid: [
      followUp(letter(words(100))),
      followUp(letter(words(240))),
      // A long signature and a long quoted history are not the writer's text.
      followUp(letter(words(200)) + '\n\nOn Mon, 9 Feb 2026 at 09:12, Marta Jensen <marta.jensen@fjordfreight.no> wrote:\n' + `> ${words(400)}\n`),
      // A short check-in is fine; only a thank-you needs some substance.
      followUp(checkIn, { now: '2026-02-19T08:00:00Z' }),
    ],
    invalid: [
      { draft: followUp(letter(words(260))), flags: [null] },
      { draft: followUp(letter(words(10))), flags: [null] },
      { draft: followUp('Hi Marta,\n\nThanks for the interview!\n\nJonas'), flags: [null] },
      { draft: followUp(checkIn.replace('Thank you again.', `${words(260)}.`), { now: '2026-02-19T08:00:00Z' }), flags: [null] },
    ],
  });

  it('says how many words there are, at severity info', () => {
    const hint = lint(followUp(letter(words(260)))).hints.find((h) => h.rule === 'length')!;
    expect(hint).toMatchObject({ severity: 'info', messageId: 'tooLong' });
    expect(hint.message).toContain('268 words'); // greeting 2 + first sentence 6 + 260
    expect(lint(followUp(letter(words(10)))).hints.find((h) => h.rule === 'length')).toMatchObject({ severity: 'info', messageId: 'tooShort' });
  });
});

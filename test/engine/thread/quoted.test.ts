import { describe, expect, it } from 'vitest';
import { normalizeSender, parseQuotedHistory } from '../../../src/engine/thread/quoted';

const NOW = Date.parse('2026-03-10T09:00:00-05:00');
const reply = 'Hi Marta,\n\nThank you for the update.\n\nBest,\nJonas\n';

describe('parseQuotedHistory', () => {
  it('reads a Gmail quote: attribution (date, name, address) and "> " lines', () => {
    const body =
      reply +
      '\nOn Tue, Mar 3, 2026 at 9:12 AM Marta Jensen <marta.jensen@fjordfreight.no> wrote:\n\n> Hi Jonas,\n>\n> We expect to decide by Friday, March 13.\n>\n> Marta\n';
    const q = parseQuotedHistory(body, NOW, -300);
    expect(body.slice(0, q.start)).toBe(reply + '\n');
    expect(q.messages).toEqual([
      { from: 'Marta Jensen <marta.jensen@fjordfreight.no>', date: '2026-03-03T09:12:00-05:00', body: 'Hi Jonas,\n\nWe expect to decide by Friday, March 13.\n\nMarta' },
    ]);
  });

  it('reads an attribution wrapped over two lines, and nested quotes as older messages, oldest first', () => {
    const body =
      reply +
      '\nOn Tue, 10 Mar 2026 at 08:02, Marta Jensen <\nmarta.jensen@fjordfreight.no> wrote:\n> Thanks, Jonas. We will be in touch next week.\n>\n> On Mon, 9 Mar 2026 at 17:40, Jonas Berg <jonas.berg@gmail.com> wrote:\n> > Hi Marta, I wanted to check in on the role.\n';
    const q = parseQuotedHistory(body, NOW, 0);
    expect(q.messages.map((m) => [m.from, m.date, m.body])).toEqual([
      ['Jonas Berg <jonas.berg@gmail.com>', '2026-03-09T17:40:00Z', 'Hi Marta, I wanted to check in on the role.'],
      ['Marta Jensen <marta.jensen@fjordfreight.no>', '2026-03-10T08:02:00Z', 'Thanks, Jonas. We will be in touch next week.'],
    ]);
  });

  it('reads Outlook From/Sent/To/Subject blocks after a separator, each older message after the next block', () => {
    const body =
      reply +
      '\n________________________________\nFrom: Jensen, Marta <marta.jensen@fjordfreight.no>\nSent: Tuesday, March 3, 2026 2:15 PM\nTo: Jonas Berg <jonas.berg@gmail.com>\nSubject: RE: Interview\n\nConfirming your interview on Thursday, March 5 at 10:00 AM.\n\n' +
      'From: Jonas Berg <jonas.berg@gmail.com>\nSent: Tuesday, March 3, 2026 1:02 PM\nTo: Jensen, Marta <marta.jensen@fjordfreight.no>\nSubject: Interview\n\nThursday works for me.\n';
    const q = parseQuotedHistory(body, NOW, -300);
    expect(body.slice(q.start).startsWith('____')).toBe(true);
    expect(q.messages).toEqual([
      { from: 'Jonas Berg <jonas.berg@gmail.com>', date: '2026-03-03T13:02:00-05:00', body: 'Thursday works for me.' },
      { from: 'Marta Jensen <marta.jensen@fjordfreight.no>', date: '2026-03-03T14:15:00-05:00', body: 'Confirming your interview on Thursday, March 5 at 10:00 AM.' },
    ]);
  });

  it('reads "-----Original Message-----" with [mailto:] senders', () => {
    const body = reply + '\n-----Original Message-----\nFrom: Marta Jensen [mailto:marta.jensen@fjordfreight.no]\nSent: 3/3/2026 9:00 AM\nSubject: Next steps\n\nYou will hear from us within two weeks.\n';
    const q = parseQuotedHistory(body, NOW, 0);
    expect(q.messages).toEqual([{ from: 'Marta Jensen <marta.jensen@fjordfreight.no>', date: '2026-03-03T09:00:00Z', body: 'You will hear from us within two weeks.' }]);
  });

  it('reads a trailing block of bare "> " lines as a message from someone unknown', () => {
    const q = parseQuotedHistory(reply + '\n> Any questions about the role?\n> Marta\n', NOW, 0);
    expect(q.messages).toEqual([{ from: '', body: 'Any questions about the role?\nMarta' }]);
  });

  it.each([
    ['no quote', reply],
    ['a quote in the middle', 'Hi,\n> you said this\nand I agree.\n'],
    ['nothing but a quote', '> only a quote\n'],
    ['a line of underscores not followed by From:', 'Hi\n__________\nsign here\n'],
    ['an attribution-like sentence without quoted lines', 'Hi Marta,\n\nOn Tuesday you wrote: the panel liked the case.\n'],
    ['empty', ''],
  ])('finds no quoted history in %s', (_name, body) => {
    expect(parseQuotedHistory(body, NOW, 0)).toEqual({ start: body.length, messages: [] });
  });

  it('never throws', () => {
    expect(parseQuotedHistory(undefined as unknown as string, NOW, 0).messages).toEqual([]);
    expect(parseQuotedHistory('x\nOn wrote:\n>\n>\n', Number.NaN, 0).messages.length).toBeLessThanOrEqual(1);
  });
});

describe('normalizeSender', () => {
  it.each([
    ['Marta Jensen <marta.jensen@fjordfreight.no>', 'Marta Jensen <marta.jensen@fjordfreight.no>'],
    ['"Jensen, Marta" <Marta.Jensen@FjordFreight.no>', 'Marta Jensen <marta.jensen@fjordfreight.no>'],
    ['Marta Jensen [mailto:marta.jensen@fjordfreight.no]', 'Marta Jensen <marta.jensen@fjordfreight.no>'],
    ['marta.jensen@fjordfreight.no', 'marta.jensen@fjordfreight.no'],
    ['Marta Jensen', 'Marta Jensen'],
  ])('%s', (raw, want) => {
    expect(normalizeSender(raw)).toBe(want);
  });
});

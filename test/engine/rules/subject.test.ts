import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index';
import { followUp, ruleTester } from '../ruleTester';

const thanks = 'Hi Marta,\n\nThank you for meeting with me yesterday about the Logistics Coordinator role. The ferry re-planning you described stayed with me, and I would be glad to help with the TMS migration.\n\nBest,\nJonas';
const checkIn = 'Hi Marta,\n\nI wanted to check in on the status of the Logistics Coordinator position; the ferry re-planning work we discussed is still on my mind. Thank you again.\n\nBest,\nJonas';
const noRole = 'Hi Marta,\n\nThank you for meeting with me yesterday. The ferry re-planning you described stayed with me, and I would be glad to help with the TMS migration.\n\nBest,\nJonas';

describe('subject', () => {
  ruleTester('subject', {
    valid: [
      followUp(thanks),
      followUp(thanks, { subject: 'Thanks for yesterday' }),
      followUp(thanks, { subject: 'Logistics Coordinator – follow-up' }),
      followUp(thanks, { subject: 'Re: Checking in' }),
      followUp(thanks, { subject: 'RE: Hello' }),
      followUp(thanks, { subject: 'AW: Update?' }),
      followUp(thanks, { subject: undefined }),
      followUp(checkIn, { subject: 'Checking in – Operations Analyst', now: '2026-02-19T08:00:00Z' }),
      followUp(checkIn, { subject: 'My application', now: '2026-02-19T08:00:00Z' }),
      // A job title says what it is about, whatever its last word.
      followUp(checkIn, { subject: 'Customer Service Team Leader – following up', now: '2026-02-19T08:00:00Z' }),
      followUp(checkIn, { subject: 'Following up – Warehouse Picker', now: '2026-02-19T08:00:00Z' }),
    ],
    invalid: [
      { draft: followUp(thanks, { subject: 'Following up' }), flags: [null] },
      { draft: followUp(thanks, { subject: '' }), flags: [null] },
      { draft: followUp(thanks, { subject: '   ' }), flags: [null] },
      { draft: followUp(thanks, { subject: 'Hello' }), flags: [null] },
      { draft: followUp(checkIn, { subject: 'Checking in', now: '2026-02-19T08:00:00Z' }), flags: [null] },
      { draft: followUp(checkIn, { subject: 'Update?', now: '2026-02-19T08:00:00Z' }), flags: [null] },
      { draft: followUp(noRole, { subject: 'Quick question' }), flags: [null] },
    ],
  });

  const subjectHint = (subject: string, body: string, now = '2026-02-10T08:00:00Z') => lint(followUp(body, { subject, now })).hints.find((h) => h.rule === 'subject');

  it('offers "Thank you – <Role> interview" for a thank-you whose role is known, as a new subject line', () => {
    const hint = subjectHint('Following up', thanks)!;
    expect(hint.messageId).toBe('vague');
    expect(hint.fixes).toEqual([{ title: 'Use “Thank you – Logistics Coordinator interview”', replacement: 'Thank you – Logistics Coordinator interview', messageId: 'fixUse', target: 'subject' }]);
  });

  it('offers "Following up – <Role> interview" for a check-in, and no fix where the role is unknown', () => {
    expect(subjectHint('Checking in', checkIn, '2026-02-19T08:00:00Z')!.fixes?.[0].replacement).toBe('Following up – Logistics Coordinator interview');
    expect(subjectHint('', noRole)!.fixes).toBeUndefined();
    expect(subjectHint('', noRole)!.messageId).toBe('empty');
  });

  it('reads the role from the thread when the letter does not name it', () => {
    const hint = lint(
      followUp(noRole, {
        subject: 'Hello',
        thread: [{ from: 'marta.jensen@fjordfreight.no', date: '2026-02-05T10:00:00Z', body: 'Confirming your interview for the Logistics Coordinator position on Monday, February 9 at 1 PM.' }],
      }),
    ).hints.find((h) => h.rule === 'subject');
    expect(hint?.fixes?.[0].replacement).toBe('Thank you – Logistics Coordinator interview');
  });
});

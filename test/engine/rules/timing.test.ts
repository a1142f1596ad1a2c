import { describe } from 'vitest';
import { followUp, ruleTester } from '../ruleTester';

const thanks = 'Hi Marta,\n\nThank you for meeting with me. The ferry re-planning you described stayed with me.\n\nBest,\nJonas';
const checkIn = 'Hi Marta,\n\nI wanted to check in on the status of the Logistics Coordinator role; the ferry re-planning work we discussed is still on my mind. Thank you again.\n\nBest,\nJonas';

describe('timing', () => {
  ruleTester('timing', {
    valid: [
      followUp(thanks),
      followUp(thanks, { now: '2026-02-11T12:00:00Z' }),
      followUp(thanks, { interviewAt: undefined }),
      followUp(checkIn, { now: '2026-02-19T08:00:00Z' }),
      followUp(checkIn, { now: '2026-03-09T08:00:00Z' }),
      followUp(thanks.replace('Thank you for meeting with me.', 'Thank you for meeting with me yesterday.'), { interviewAt: undefined }),
      followUp(thanks.replace('stayed with me.', 'stayed with me, like your launch last month.'), { interviewAt: undefined }),
      // A check-in with no interview time: "call me today" asks for something to come, "the Monday meeting" is their habit.
      followUp(checkIn.replace('Thank you again.', 'Call or text me today if anything is missing. Thank you again.'), { interviewAt: undefined }),
      followUp(checkIn.replace('Thank you again.', 'I liked how your editors share reports in the Monday acquisitions meeting. Thank you again.'), { interviewAt: undefined }),
    ],
    invalid: [
      { draft: followUp(thanks, { now: '2026-02-16T08:00:00Z' }), flags: [null] },
      { draft: followUp(thanks, { interviewAt: '2026-02-12T13:00:00Z' }), flags: [null] },
      { draft: followUp(checkIn, { now: '2026-02-11T08:00:00Z' }), flags: [null] },
      { draft: followUp(thanks.replace('meeting with me.', 'meeting with me two weeks ago.'), { interviewAt: undefined }), flags: ['two weeks ago'] },
      { draft: followUp(thanks.replace('Thank you for meeting with me.', 'Please excuse this belated thank-you for our meeting.'), { interviewAt: undefined }), flags: ['belated'] },
      { draft: followUp(thanks, { now: '2026-02-12T08:00:00Z' }), flags: [null] },
      {
        draft: followUp(checkIn.replace('I wanted to check in', 'This is my third email this week, but I wanted to check in'), { now: '2026-02-26T08:00:00Z' }),
        flags: ['third email this week'],
      },
    ],
  });
});

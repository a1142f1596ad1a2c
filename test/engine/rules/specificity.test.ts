import { describe } from 'vitest';
import { followUp, ruleTester } from '../ruleTester';

const open = 'Dear Marta,\n\nThank you for meeting with me yesterday. ';
const close = '\n\nBest regards,\nJonas Berg';

describe('specificity', () => {
  ruleTester('specificity', {
    valid: [
      followUp(`${open}I enjoyed hearing how your team re-plans ferry bookings when the Bergen route closes.${close}`),
      followUp(`${open}Meeting Anders and seeing the dispatch board was the highlight.${close}`),
      followUp(`${open}The spreadsheet-to-TMS migration you are planning sounds like a great project.${close}`),
      followUp(`${open}The ferry bookings are close to what I handled before.${close}`, { notes: 'ferry bookings, Anders' }),
      // The point can sit in the same sentence as the thanks.
      followUp(`Hi Marta,\n\nThank you for the interview yesterday and the conversation about the winter timetable for the Bergen ferries.${close}`),
      followUp(`Hi Marta,\n\nThanks for having me in for the trial shift; working the cold-chain dock next to Anders was a great way to learn.${close}`),
      followUp(`Hi Marta,\n\nGreat talking with you this morning about timber-frame housing and the retrofit you're doing near the harbour.${close}`),
      // A reply to a rejection need not recall the conversation, nor a withdrawal.
      followUp('Hi Marta,\n\nThank you for letting me know about your decision. While I am disappointed, I enjoyed learning more about the team. Please keep me in mind for future openings.' + close, { now: '2026-02-25T09:00:00Z' }),
      followUp(`Dear Marta,\n\nThank you for your time. I have accepted another offer and would like to withdraw my application.${close}`, { now: '2026-02-20T09:00:00Z' }),
    ],
    invalid: [
      { draft: followUp(`${open}I enjoyed our conversation and learning more about the company.${close}`), flags: [null] },
      { draft: followUp(`${open}I am excited about the Logistics Coordinator role at Fjord Freight.${close}`), flags: [null] },
      { draft: followUp(`${open}I have five years of experience and strong Excel skills.${close}`), flags: [null] },
      // A template's instruction in parentheses names nothing that was discussed.
      { draft: followUp(`${open}I especially enjoyed (mention one thing you discussed here, such as a campaign the team runs).${close}`), flags: [null] },
      { draft: followUp(`${open}I would welcome the chance to continue the conversation at your convenience.${close}`), flags: [null] },
      // Rare nouns outside a discussion point: travel plans, the writer's own past, the company's standing.
      { draft: followUp(`${open}I will be in Reykjavik for a geotechnical conference next week and then visiting family in Trento.${close}`), flags: [null] },
      { draft: followUp(`${open}I trained at the Ferrandi school in Paris and won a silver medal at the Seoul Bakery Fair.${close}`), flags: [null] },
      { draft: followUp(`${open}Your reputation as a leader in renewable energy logistics across Scandinavia is impressive.${close}`), flags: [null] },
      // A noted name in the greeting is not a noted topic in the letter.
      { draft: followUp(`Dear Dr. Huang,\n\nThank you for meeting with me yesterday. It was a pleasure to learn more about the hospital and the team.${close}`, { notes: 'sepsis bundle compliance, Dr. Huang, the new rapid response team' }), flags: [null, null] },
      { draft: followUp(`${open}The Bergen route closures sound hard to plan around.${close}`, { notes: 'carrier scorecards\nspring budget review' }), flags: [null] },
      {
        draft: followUp(`${open}Meeting Andres and seeing the dispatch board was the highlight.${close}`, { notes: 'dispatch board with Anders' }),
        flags: ['Andres'],
        output: `${open}Meeting Anders and seeing the dispatch board was the highlight.${close}`,
      },
    ],
  });
});

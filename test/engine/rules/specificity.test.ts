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
    ],
    invalid: [
      { draft: followUp(`${open}I enjoyed our conversation and learning more about the company.${close}`), flags: [null] },
      { draft: followUp(`${open}I am excited about the Logistics Coordinator role at Fjord Freight.${close}`), flags: [null] },
      { draft: followUp(`${open}I have five years of experience and strong Excel skills.${close}`), flags: [null] },
      { draft: followUp(`${open}The Bergen route closures sound hard to plan around.${close}`, { notes: 'carrier scorecards\nspring budget review' }), flags: [null] },
      {
        draft: followUp(`${open}Meeting Andres and seeing the dispatch board was the highlight.${close}`, { notes: 'dispatch board with Anders' }),
        flags: ['Andres'],
        output: `${open}Meeting Anders and seeing the dispatch board was the highlight.${close}`,
      },
    ],
  });
});

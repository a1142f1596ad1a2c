import { describe } from 'vitest';
import { followUp, ruleTester } from '../ruleTester';

const detail = 'The ferry re-planning you described for the Bergen route stayed with me.';

describe('tone', () => {
  ruleTester('tone', {
    valid: [
      followUp(`Hi Marta,\n\nThank you for yesterday! ${detail}\n\nBest,\nJonas`),
      followUp(`Hi Marta,\n\nThank you for yesterday. ${detail} Our HR and QA teams at Globex used a similar TMS.\n\nBest,\nJonas`),
      followUp(`Dear Marta,\n\nThank you for yesterday :) ${detail}\n\nKind regards,\nJonas`),
      followUp(`Hi Marta,\n\nThank you for yesterday. ${detail} I am excited! Truly!\n\nBest,\nJonas`),
      followUp(`Hello Marta,\n\nThank you for the interview for the RN position. ${detail}\n\nBest,\nJonas`),
    ],
    invalid: [
      {
        draft: followUp(`Hey Marta!\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas`),
        flags: ['Hey Marta!'],
        output: `Hi Marta,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas`,
      },
      {
        draft: followUp(`Hi Marta,\n\nthx for yesterday. ${detail}\n\nBest,\nJonas`),
        flags: ['thx'],
        output: `Hi Marta,\n\nthanks for yesterday. ${detail}\n\nBest,\nJonas`,
      },
      {
        draft: followUp(`Hi Marta,\n\nThank you for yesterday!! ${detail}\n\nBest,\nJonas`),
        flags: ['!!'],
        output: `Hi Marta,\n\nThank you for yesterday! ${detail}\n\nBest,\nJonas`,
      },
      { draft: followUp(`Hi Marta,\n\nThank you for yesterday lol. ${detail}\n\nBest,\nJonas`), flags: ['lol'], output: `Hi Marta,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas` },
      { draft: followUp(`Hi Marta,\n\nThank you for yesterday 😎🔥 ${detail}\n\nBest,\nJonas`), flags: ['😎', '🔥'] },
      { draft: followUp(`Hi Marta,\n\nThank you for yesterday. I REALLY WANT THIS JOB. ${detail}\n\nBest,\nJonas`), flags: ['REALLY WANT THIS JOB'] },
      { draft: followUp(`Dear Marta,\n\nI humbly beseech you to accept my thanks. ${detail}\n\nBest,\nJonas`), flags: ['humbly beseech'] },
      { draft: followUp(`Hi Marta,\n\nThank you for yesterday, I'm gonna prepare for round two. ${detail}\n\nBest,\nJonas`), flags: ['gonna'] },
    ],
  });
});

import { describe } from 'vitest';
import { followUp, ruleTester } from '../ruleTester';

const detail = 'The ferry re-planning you described for the Bergen route stayed with me.';

describe('generic', () => {
  ruleTester('generic', {
    valid: [
      followUp(`Dear Marta,\n\nThank you for yesterday. ${detail} I'd love to join Fjord Freight.\n\nBest,\nJonas`),
      followUp(`Dear Marta,\n\nThank you for yesterday. In my current role at Globex Shipping I built carrier scorecards. ${detail}\n\nBest,\nJonas`),
      followUp(`Dear Marta,\n\nThank you for yesterday. ${detail} I'd love to join Globex Shipping.\n\nBest,\nJonas`, { to: ['marta.jensen@gmail.com'] }),
      followUp(`Dear Hiring Manager,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas`, { to: ['careers@fjordfreight.no'] }),
      followUp(`Dear Marta,\n\nThank you for yesterday. ${detail} We used a Result<Job, Error> type for the same thing [1].\n\nBest,\nJonas`),
      followUp(`Dear Marta,\n\nThank you for yesterday. ${detail} Our client, Acme Logistics, had the same problem.\n\nBest,\nJonas`),
    ],
    invalid: [
      { draft: followUp(`Dear Marta,\n\nThank you for the interview with [Company Name]. ${detail}\n\nBest,\nJonas`), flags: ['[Company Name]'] },
      { draft: followUp(`Dear {{first_name}},\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas`), flags: ['{{first_name}}'] },
      { draft: followUp(`Dear Marta,\n\nThank you for the interview with <Company>. ${detail}\n\nBest,\nJonas`), flags: ['<Company>'] },
      { draft: followUp(`Dear Marta,\n\nThank you for yesterday. ${detail} My portfolio: [insert link]\n\nBest,\nJonas`), flags: ['[insert link]'] },
      {
        draft: followUp(`To whom it may concern,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas`),
        flags: ['To whom it may concern,'],
        output: `Dear Marta,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas`,
      },
      { draft: followUp(`Dear Hiring Manager,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas`), flags: ['Dear Hiring Manager'] },
      { draft: followUp(`Dear Marta,\n\nThank you for yesterday. ${detail} I'm excited to join Globex Shipping.\n\nBest,\nJonas`), flags: ['Globex Shipping'] },
      {
        draft: followUp(`Dear Marta,\n\nThank you for yesterday at Fjord Freight. ${detail} I'm excited to join Globex.\n\nBest,\nJonas`),
        flags: ['Globex'],
        output: `Dear Marta,\n\nThank you for yesterday at Fjord Freight. ${detail} I'm excited to join Fjord Freight.\n\nBest,\nJonas`,
      },
    ],
  });
});

import { describe } from 'vitest';
import { followUp, ruleTester } from '../ruleTester';

const open = 'Hi Marta,\n\nThank you for meeting with me yesterday. The ferry re-planning process you described was fascinating.';
const close = '\n\nBest,\nJonas';

describe('money', () => {
  ruleTester('money', {
    valid: [
      followUp(`${open} The new routing saved your customers almost 12% on fuel costs last year.${close}`),
      followUp(`${open} Managing a $4M project budget across three ports sounds like a real challenge.${close}`),
      followUp(`${open} I'd love to work on the payroll product you build for hauliers.${close}`),
      followUp(`${open} I can see the benefits of your telehealth program for drivers.${close}`),
      followUp(`${open} Your pricing that saves customers money is a strong selling point.${close}`),
      followUp(`${open} In my current role I help clients compare pension plans, so your advice tool interests me.${close}`),
      followUp(`${open} Bonus points for the great coffee.${close}`),
      followUp(`${open} Seeing how many drivers skip the 401(k) step in your app explained a lot.${close}`),
    ],
    invalid: [
      { draft: followUp(`${open}\n\nCould you tell me whether the role includes an annual bonus?${close}`), flags: ['annual bonus'], output: `${open}\n\nBest,\nJonas` },
      { draft: followUp(`${open} What is the salary range for this position?${close}`), flags: ['salary range'] },
      { draft: followUp(`${open} I'm looking for 90k.${close}`), flags: ['90k'], output: `${open}${close}` },
      { draft: followUp(`${open} My salary expectation is $128,000.${close}`), flags: ['$128,000'] },
      { draft: followUp(`${open} How many weeks of vacation would I get?${close}`), flags: ['weeks of vacation'] },
      { draft: followUp(`${open} Does the offer cover relocation costs?${close}`), flags: ['relocation costs'] },
      { draft: followUp(`${open} I'd also like to understand the parental leave policy.${close}`), flags: ['parental leave'] },
      { draft: followUp(`${open} Are stock options part of the package?${close}`), flags: ['stock options'] },
      { draft: followUp(`${open} Is there a signing bonus${close}`), flags: ['signing bonus'] },
    ],
  });
});

import { describe } from 'vitest';
import { followUp, ruleTester } from '../ruleTester';

const intro = 'Hi Marta,\n\n';
const detail = 'The ferry re-planning you described for the Bergen route stayed with me.';
const close = '\n\nBest regards,\nJonas';

describe('gratitude', () => {
  ruleTester('gratitude', {
    valid: [
      followUp(`${intro}Thank you for meeting with me yesterday. ${detail}${close}`),
      followUp(`${intro}Thanks so much for your time. ${detail}${close}`),
      followUp(`${intro}I really appreciate the time you spent with me. ${detail}${close}`),
      followUp(`${intro}I'm grateful for the chance to talk. ${detail}${close}`),
      followUp(`${intro}${detail}\n\nThanks again,\nJonas`),
      followUp(`${intro}Cheers for your time this morning. ${detail}${close}`, { subject: 'Logistics Coordinator' }),
      followUp(`${intro}${detail}${close}`, { subject: 'Thank you for the interview' }),
    ],
    invalid: [
      { draft: followUp(`${intro}${detail} I look forward to hearing from you.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} I'd appreciate a quick decision.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} I would appreciate it if you could let me know by Friday.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} I'm a strong fit, thanks to my years at Globex.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}I hope you have a restful Thanksgiving. ${detail}${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
    ],
  });
});

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
      followUp(`${intro}Thank your for meeting me this morning. ${detail}${close}`, { subject: 'Logistics Coordinator' }),
      followUp(`${intro}It was so kind of you to show me around the depot. ${detail}${close}`, { subject: 'Logistics Coordinator' }),
      followUp(`${intro}I really valued our conversation this morning. ${detail}${close}`, { subject: 'Logistics Coordinator' }),
      followUp(`${intro}Permit me to convey my most profound and everlasting gratitude. ${detail}${close}`, { subject: 'Logistics Coordinator' }),
      followUp(`${intro}Thank youuu for today!! ${detail}${close}`, { subject: 'Logistics Coordinator' }),
      followUp(`${intro}I'd like to extend my thanks to the whole panel. ${detail}${close}`, { subject: 'Logistics Coordinator' }),
      followUp(`${intro}Merci beaucoup for meeting me. ${detail}${close}`, { subject: 'Logistics Coordinator' }),
    ],
    invalid: [
      { draft: followUp(`${intro}${detail} I look forward to hearing from you.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      // A signature is a name: "Asante" is Swahili for thanks, and Kwame Asante thanks nobody by signing.
      { draft: followUp(`${intro}${detail}${close.replace(/Jonas\s*$/, 'Kwame Asante')}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      // The subject line labels the mail; the letter under it must thank them itself.
      { draft: followUp(`${intro}${detail}${close}`, { subject: 'Thank you for the interview' }), flags: [null] },
      { draft: followUp(`${intro}${detail}${close}`, { subject: 'Thank you – Logistics Coordinator interview' }), flags: [null] },
      { draft: followUp(`${intro}${detail} I'd appreciate a quick decision.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} I would appreciate it if you could let me know by Friday.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} I'm a strong fit, thanks to my years at Globex.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}I hope you have a restful Thanksgiving. ${detail}${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      // Requests dressed as thanks.
      { draft: followUp(`${intro}${detail} I'd be grateful if you could confirm the time of the second interview.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} Any update on the timeline would be greatly appreciated.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} I'd appreciate it if we could move the call to 3 pm.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      // Someone else's thanks, and other senses of the words.
      { draft: followUp(`${intro}${detail} My manager thanked me for stepping up during the audit.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} Our sales doubled, thanks largely to the new website.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} I built the thank-you SMS that customers get after delivery.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
      { draft: followUp(`${intro}${detail} Working in a bakery gave me an appreciation of early mornings.${close}`, { subject: 'Logistics Coordinator' }), flags: [null] },
    ],
  });
});

import { describe } from 'vitest';
import { followUp, ruleTester } from '../ruleTester';

const open = 'Hi Marta,\n\nThank you for yesterday and the look at your ferry re-planning process. ';
const close = '\n\nBest,\nJonas';

describe('pushy', () => {
  ruleTester('pushy', {
    valid: [
      followUp(`${open}You mentioned you'd decide by next week, and I look forward to hearing from you.${close}`),
      followUp(`${open}I can start as soon as possible if that helps.${close}`),
      followUp(`${open}I'll send the carrier scorecards by Friday, as you asked.${close}`),
      followUp(`${open}You asked me to confirm my availability by Friday: I'm free any afternoon.${close}`),
      followUp(`${open}Is there anything else I can send?${close}`),
      followUp(`${open}Your customers told you "we need it ASAP", which explains the re-planning push.${close}`),
    ],
    invalid: [
      { draft: followUp(`${open}Please let me know ASAP.${close}`), flags: [' ASAP'], output: `Hi Marta,\n\nThank you for yesterday and the look at your ferry re-planning process. Please let me know.${close}` },
      { draft: followUp(`${open}I need an answer from you by tomorrow at noon.${close}`), flags: ['I need an answer from you by tomorrow at noon.'] },
      {
        draft: followUp(`Hi Marta,\n\nPer my last email, I'm still keen on the ferry re-planning work.${close}`, { now: '2026-02-20T08:00:00Z' }),
        flags: ['Per my last email'],
        output: `Hi Marta,\n\nI'm still keen on the ferry re-planning work.${close}`,
      },
      { draft: followUp(`${open}This is my third email about the role.${close}`), flags: ['third email'] },
      { draft: followUp(`${open}I have other offers, so I need to know by Friday or I'll move on.${close}`), flags: ['other offers'] },
      { draft: followUp(`${open}I turned down another interview to attend yours.${close}`), flags: ['turned down another interview'] },
      { draft: followUp(`${open}Any news??${close}`), flags: ['??'], output: `Hi Marta,\n\nThank you for yesterday and the look at your ferry re-planning process. Any news?${close}` },
      { draft: followUp(`${open}Why haven't I heard back yet?${close}`), flags: ["Why haven't I heard back yet"] },
    ],
  });
});

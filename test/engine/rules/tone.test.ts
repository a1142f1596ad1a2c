import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index';
import { followUp, ruleTester } from '../ruleTester';

const detail = 'The ferry re-planning you described for the Bergen route stayed with me.';
const note = (middle: string, greeting = 'Hi Marta,', signoff = 'Best,\nJonas') => followUp(`${greeting}\n\n${middle} ${detail}\n\n${signoff}`);

describe('tone', () => {
  ruleTester('tone', {
    valid: [
      // Sincere notes that sit near a sarcasm cue: thanks beside a plain fact, a product name, a sincere "good to see".
      note('Thank you for calling me yesterday, and for taking the time to explain why rather than sending a standard letter.'),
      note("I appreciated that you didn't dress that up."),
      note('I added the particle shot from the configurator project, at about 1:40, showing the Houdini setup.'),
      note("Good to see how you rotate the apprentices through the solar installs, that's exactly the mix I'm after."),
      note('I would enjoy working with your team on the next phase of the study.'),
      // One "!" or one friendly phrase is warmth, not a problem.
      note('Thank you for yesterday!'),
      note('Thank you for yesterday :)', 'Dear Marta,', 'Kind regards,\nJonas'),
      note('Thank you for yesterday. I am excited! Truly!'),
      // Formal but normal letters.
      note('Thank you for the opportunity to interview on 4 March. I would welcome the opportunity to contribute.', 'Dear Dr. Okafor,', 'Yours faithfully,\nJonas Berg'),
      note('Thank you for the interview. I am honoured to have been considered, and I remain at your disposal.', 'Dear Ms. Jensen,', 'Yours sincerely,\nJonas Berg'),
      note('Kindly find my certificates attached. Thank you for your kind consideration.', 'Dear Rakesh Sir,', 'Thanks & regards,\nJonas'),
      // Acronyms, names, numerals and signs in capitals.
      note('Thank you for yesterday. Our HR and QA teams at Globex used a similar TMS, and I have an RN licence.'),
      note('I enjoyed the talk about SLAM drift, the CAN bus logs and the SQL Server move for the NHS trust.'),
      note('It was good to see Part II of the plan. The sign above the saw, "MEASURE TWICE, CUT ONCE", is one I live by.'),
      // Honest criticism said politely, concessions and sincere praise.
      note('The take-home task took longer than I expected, but it was a fair test of the role.'),
      note('I was disappointed by the outcome, but I appreciate your honesty and the feedback.'),
      note('I know you are busy, so I will keep this short. Your advice was exactly what I needed to hear.'),
      note('I waited a little in reception, but everyone was very friendly.'),
      note('I wanted to let you know that I have accepted another offer, so I would like to withdraw my application.'),
      note('Thank you for your prompt reply to my question about parking.'),
      // Non-native English that is not slang.
      note('I am very interesting in the role and I am believing my experience in Germany will help the team.'),
      // "Cheers" as a sign-off, "Thanks heaps" alone.
      note('Thanks heaps for your time this morning.', 'Hi Marta,', 'Cheers,\nJonas'),
    ],
    invalid: [
      {
        draft: note('Thank you for yesterday.', 'Hey Marta!'),
        flags: ['Hey Marta!'],
        messageIds: ['casualGreeting'],
        output: `Hi Marta,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas`,
      },
      {
        draft: note('thx for yesterday.'),
        flags: ['thx'],
        messageIds: ['casual'],
        output: `Hi Marta,\n\nthanks for yesterday. ${detail}\n\nBest,\nJonas`,
      },
      {
        // Two stray slang words in one sentence: each its own hint and fix.
        draft: note('Thank you for meeting me on Tuesday, thx, and thnx again.'),
        flags: ['thx', 'thnx'],
        messageIds: ['casual', 'casual'],
        output: `Hi Marta,\n\nThank you for meeting me on Tuesday, thanks, and thnx again. ${detail}\n\nBest,\nJonas`,
      },
      {
        // A sentence thick with slang: one hint from its first slang word to its last.
        draft: note('tbh the crew was lowkey chill af, gonna miss u guys.'),
        flags: ['tbh the crew was lowkey chill af, gonna miss u'],
        messageIds: ['casual'],
      },
      { draft: note("I'm gonna prepare for round two."), flags: ['gonna'], messageIds: ['casual'] },
      {
        draft: note('Thank you for yesterday!!'),
        flags: ['!!'],
        messageIds: ['overboard'],
        output: `Hi Marta,\n\nThank you for yesterday! ${detail}\n\nBest,\nJonas`,
      },
      {
        draft: note('Thank you for yesterday lol.'),
        flags: ['lol'],
        messageIds: ['casual'],
        output: `Hi Marta,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas`,
      },
      // Adjacent emoji are one hint; two of them are already too many.
      { draft: note('Thank you for yesterday 😎🔥'), flags: ['😎🔥'], messageIds: ['overboard'] },
      { draft: note('Knock knock, who is there? Your next coordinator.'), flags: ['Knock knock'], messageIds: ['overboard'] },
      {
        // A letter that piles them up: each sentence carrying them is flagged whole, with a calmer version as the fix.
        draft: note('Thank you so much!!! I had the best time!!! Fingers crossed 🤞🤞'),
        flags: ['Thank you so much!!!', 'I had the best time!!!', 'Fingers crossed 🤞🤞'],
        messageIds: ['overboard', 'overboard', 'overboard'],
        output: `Hi Marta,\n\nThank you so much! I had the best time!!! Fingers crossed 🤞🤞 ${detail}\n\nBest,\nJonas`,
      },
      { draft: note('Thank you for yesterday. I REALLY WANT THIS JOB.'), flags: ['REALLY WANT THIS JOB'], messageIds: ['shouting'] },
      {
        // An intensifier in capitals: the hint covers the claim it leans on, and the fix lowers only the capitals.
        draft: note('Thank you for yesterday. I am REALLY keen on the role.'),
        flags: ['I am REALLY keen'],
        messageIds: ['shouting'],
        output: `Hi Marta,\n\nThank you for yesterday. I am really keen on the role. ${detail}\n\nBest,\nJonas`,
      },
      { draft: note('It would be an HONOUR to join your team.'), flags: ['HONOUR'], messageIds: ['shouting'] },
      { draft: note('I humbly beseech you to accept my thanks.', 'Dear Marta,'), flags: ['I humbly beseech you to accept my thanks'], messageIds: ['obsequious'] },
      { draft: note('I shall remain forever beholden to your good self.', 'Dear Marta,'), flags: ['beholden to your good self'], messageIds: ['obsequious'] },
      { draft: note('Your panel was rude and clearly unprepared.'), flags: ['Your panel was rude and clearly unprepared.'], messageIds: ['hostile'] },
      { draft: note('Good luck finding anybody who will put up with your recruiters.'), flags: ['Good luck finding'], messageIds: ['hostile'] },
      { draft: note('I have lost all respect for your hiring team.'), flags: ['lost all respect'], messageIds: ['hostile'] },
      { draft: note('Thanks for the speedy reply, only five weeks later.'), flags: ['Thanks for the speedy reply, only five weeks later.'], messageIds: ['sarcastic'] },
      { draft: note('Take all the time you like, it is not like I have rent to pay.'), flags: ['not like I have rent'], messageIds: ['sarcastic'] },
      { draft: note('I had a lovely afternoon sitting alone in your lobby.'), flags: ['sitting alone'], messageIds: ['sarcastic'] },
    ],
  });

  it('reports hostile and sarcastic sentences as errors, the rest as warnings', () => {
    const hints = lint(note('Your feedback was nonsense. Oh great, yet another round. thx.')).hints.filter((h) => h.rule === 'tone');
    expect(hints.map((h) => [h.messageId, h.severity])).toEqual([
      ['hostile', 'error'],
      ['sarcastic', 'error'],
      ['casual', 'warning'],
    ]);
  });

  it('lets quoted words of theirs pass: their slogan is not the writer’s sarcasm or shouting', () => {
    const hints = lint(note('I liked the team motto, "ship it Friday", and the "WELCOME BACK" banner.')).hints.filter((h) => h.rule === 'tone');
    expect(hints).toEqual([]);
  });

  it('reads a fragment after an ellipsis with its sentence ("… three weeks later.")', () => {
    const body = `Hi Marta,\n\nThanks so much for the speedy reply… three weeks later. ${detail}\n\nBest,\nJonas`;
    const hints = lint(followUp(body)).hints.filter((h) => h.rule === 'tone');
    expect(hints.map((h) => [h.messageId, body.slice(h.start, h.end)])).toEqual([['sarcastic', 'Thanks so much for the speedy reply… three weeks later.']]);
  });

  it('stays silent on mail that is not a follow-up', () => {
    const draft = { ...note('hey, wanna grab coffee lol 😄😄'), subject: 'coffee?', interviewAt: undefined, to: ['ben.harris@gmail.com'] };
    expect(lint({ ...draft, body: 'hey Ben!!\n\nlong time no see lol. wanna grab coffee next week? 😄😄\n\nthx man,\nAlex' }).hints.filter((h) => h.rule === 'tone')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { followUp, ruleTester } from '../ruleTester';
import { findings } from '../../../src/engine/rules/pushy';

const open = 'Hi Marta,\n\nThank you for yesterday and the look at your ferry re-planning process. ';
const close = '\n\nBest,\nJonas';
const draft = (sentence: string) => followUp(`${open}${sentence}${close}`);

describe('pushy', () => {
  ruleTester('pushy', {
    valid: [
      // A second check-in, checking in again, is polite; only its timing can be wrong (the timing rule's concern).
      draft("I wanted to check in again on the role; I remain very interested."),
      draft("Once more, I'm checking on my application and hope the search is going well."),
      // A verb about something else that disappeared is not their silence.
      draft('The support tickets about missing data have almost disappeared since the new form.'),
      // Their own timeline quoted back.
      draft("You mentioned you'd decide by next week, and I look forward to hearing from you."),
      draft('You said the ward needs someone urgently, so I wanted to confirm I can start on the 1st.'),
      draft('I understand from Ola that offers usually go out within ten days.'),
      draft('You asked me to confirm my availability by Friday: I\'m free any afternoon.'),
      // "speed up" said of their work, not of the decision; a need whose date belongs to the writer's own promise.
      draft('I enjoyed learning how your adjusters use drone photos to speed up roof inspections.'),
      draft('I need a day off next week, so I will confirm my availability by Friday.'),
      // Their date quoted back as the reason for writing; the writer's own manager at their current job.
      draft('I thought I would hear back by Friday, so I wanted to check in on the timeline.'),
      draft("I'll mention the ferry work to my manager at our next one-on-one."),
      // The writer's own needs without a limit put on them, and an offer before a call.
      draft("I'll need the weekend to think it over, and a few days before I can start."),
      draft('If it helps, I can call you on Monday to go through the references.'),
      // The writer's own promises and availability.
      draft('I can start as soon as possible if that helps.'),
      draft("I'll send the carrier scorecards by Friday, as you asked."),
      draft('I will upload the signed forms before the end of the week.'),
      // Polite status questions.
      draft('Is there anything else I can send?'),
      draft('Could you let me know whether I should expect to hear by the end of the month?'),
      draft("I haven't heard back yet, so I wanted to check in on the timeline."),
      draft('Please let me know if it would help to speak with my current supervisor before you decide.'),
      // A polite mention of another offer.
      draft("I've received an offer from another firm, but your team is still my first choice."),
      draft('I have accepted another offer and wanted to let you know right away.'),
      // Look-alikes: quoted words, courtesy "again", neutral "as soon as", thanks for their speed.
      draft('Your customers told you "we need it ASAP", which explains the re-planning push.'),
      draft('Thank you again for showing me the depot, and thanks again for the coffee.'),
      draft('As soon as I saw the route map I wanted to work on it.'),
      draft('Thank you for your prompt reply to my question about parking.'),
      draft('I enjoyed the story about the silent disco at your staff party.'),
      draft("I'm still waiting for my transcript from the university, and I'll send it when it arrives."),
      draft('I left my previous role in March to care for my father.'),
      draft('As you suggested, I will call the office on Wednesday at 10 am.'),
      draft('If it is easier, I can drop my certificates off at your office on a day that suits you.'),
      draft('I wanted to enquire, without any wish to hurry the panel, whether there is a timeline.'),
      draft('I am sending the portfolio link again because the first one had a typo.'),
      draft('Could you share the timeline for the role before the next round?'),
    ],
    invalid: [
      // An announced call stays uninvited when an "I can" follows it in its own purpose clause.
      { draft: draft("I'll phone you tomorrow at 10:00 so we can talk it through and I can get a clearer idea of where I stand."), flags: ["I'll phone you tomorrow at 10:00"], messageIds: ['escalation'] },
      // A list of things needed by a date; a refusal to come "otherwise".
      { draft: draft('I need the full agenda, the names of the panel and the details of the exercise by tomorrow at noon.'), flags: ['I need the full agenda'], messageIds: ['deadline'] },
      { draft: draft('Otherwise I cannot prepare properly and will not be able to attend.'), flags: ['Otherwise I cannot prepare'], messageIds: ['ultimatum'] },
      // Complaints about the silence, counting unanswered mail, going over their head.
      { draft: draft('You have never given me the courtesy of a reply to any of my last three messages.'), flags: ['never given me the courtesy of a reply'] },
      { draft: draft("I will raise your team's lack of communication with your CEO, whom I know well."), flags: ['lack of communication'] },
      { draft: draft('So I take it there is no interest.'), flags: ['I take it there is no interest'], messageIds: ['silence'] },
      // A thing needed from them by a date is a deadline, however it is worded.
      { draft: draft("I'd like written feedback from each interviewer, and I'll need it by Friday so I can prepare."), flags: ["I'll need it by Friday"], messageIds: ['deadline'] },
      { draft: draft('I need the time confirmed by noon today, because I have to arrange cover.'), flags: ['I need the time confirmed by noon today'], messageIds: ['deadline'] },
      // impatience: urgency words (deletable), repeated question marks (collapsible), impatient questions
      {
        draft: draft('Please let me know ASAP.'),
        flags: [' ASAP'],
        messageIds: ['asap'],
        output: `${open}Please let me know.${close}`,
      },
      { draft: draft('Any news??'), flags: ['Any news??'], messageIds: ['questionMarks'], output: `${open}Any news?${close}` },
      // "ASAP" and "??" in one stretch: one hint, and its one fix removes both (the fix never leaves half the pressure).
      { draft: draft('Could you decide ASAP??'), flags: ['Could you decide ASAP??'], messageIds: ['demand'], output: `${open}Could you decide?${close}` },
      { draft: draft('How much longer is this going to take?'), flags: ['How much longer'], messageIds: ['impatience'] },
      { draft: draft("I'm losing patience with this process."), flags: ['losing patience'], messageIds: ['impatience'] },
      // demand
      { draft: draft('I need an answer from you on this.'), flags: ['I need an answer'], messageIds: ['demand'] },
      { draft: draft('Somebody in HR has to tell me what is happening.'), flags: ['has to tell me'], messageIds: ['demand'] },
      { draft: draft('Tell me straight whether I got the job.'), flags: ['Tell me straight whether I got'], messageIds: ['demand'] },
      // deadline
      { draft: draft('I need an answer from you by tomorrow at noon.'), flags: ['I need an answer from you by tomorrow at noon.'], messageIds: ['deadline'] },
      { draft: draft('No later than next Wednesday, please send me your decision.'), flags: ['No later than next Wednesday'], messageIds: ['deadline'] },
      { draft: draft('Please send me the offer, in writing, by Friday.'), flags: ['Please send me the offer'], messageIds: ['deadline'] },
      // ultimatum
      { draft: draft("I have other offers, so I need to know by Friday or I'll move on."), flags: ['other offers'], messageIds: ['ultimatum'] },
      { draft: draft('In the absence of a reply by Monday, I will withdraw my application.'), flags: ['In the absence of a reply'], messageIds: ['ultimatum'] },
      { draft: draft('Other schools are keen to have me, so make up your mind quickly.'), flags: ['Other schools'], messageIds: ['ultimatum'] },
      // guilt
      { draft: draft('I turned down another interview to attend yours.'), flags: ['turned down another interview'], messageIds: ['guilt'] },
      { draft: draft('I took a loan to pay for the flight to your assessment centre.'), flags: ['I took a loan'], messageIds: ['guilt'] },
      { draft: draft('I have given you so much of my time already.'), flags: ['given you so much of my time'], messageIds: ['guilt'] },
      // silence
      { draft: draft("Why haven't I heard back yet?"), flags: ["Why haven't I heard back yet"], messageIds: ['silence'] },
      { draft: draft('Your team has not replied to me at all.'), flags: ['Your team has not replied'], messageIds: ['silence'] },
      { draft: draft('No feedback, no update, nothing.'), flags: ['No feedback, no update'], messageIds: ['silence'] },
      // escalation
      { draft: draft("I've copied your line manager on this email."), flags: ["I've copied your line manager"], messageIds: ['escalation'] },
      { draft: draft("I'll swing by the depot on Monday to get an answer."), flags: ["I'll swing by the depot"], messageIds: ['escalation'] },
      { draft: draft('I found your personal number and will call you tonight.'), flags: ['your personal number'], messageIds: ['escalation'] },
      // chase
      {
        draft: followUp(`Hi Marta,\n\nPer my last email, the ferry re-planning work is what I want to do.${close}`, { now: '2026-02-20T08:00:00Z' }),
        flags: ['Per my last email'],
        messageIds: ['chase'],
        output: `Hi Marta,\n\nThe ferry re-planning work is what I want to do.${close}`,
      },
      { draft: draft('This is my third email about the role.'), flags: ['third email'], messageIds: ['chase'] },
      { draft: draft("Once more, I'm following up on my application."), flags: ['Once more'], messageIds: ['chase'] },
      { draft: draft('I really need this job, more than you know.'), flags: ['I really need this job'], messageIds: ['guilt'] },
      { draft: draft("You promised an answer by Monday, and it's already Thursday."), flags: ["it's already Thursday"], messageIds: ['silence'] },
      { draft: draft("I'm checking whether you got my previous email."), flags: ['whether you got my previous email'], messageIds: ['chase'] },
      // one hint per stretch: the strongest family names it; separate sentences get their own
      {
        draft: draft('Per my last email, I am following up again. Please reply ASAP.'),
        flags: ['Per my last email', 'Please reply ASAP.'],
        messageIds: ['chase', 'asap'],
      },
      { draft: draft("I need your decision by Friday, or I'll accept the other offer."), flags: ['I need your decision by Friday'], messageIds: ['ultimatum'] },
    ],
  });

  it('reads a page without full stops in bounded windows and still finds the pressure in it', () => {
    const words = Array.from({ length: 6000 }, (_, i) => ['ferry', 'route', 'planning', 'and', 'the', 'team', 'I', 'again', 'your', 'office'][i % 10]).join(' ');
    const text = `${words} please let me know ASAP ${words}`;
    const found = findings(text);
    expect(found.some((f) => f.family === 'impatience' && text.slice(f.start, f.end).toLowerCase().includes('asap'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index';
import { followUp, ruleTester } from '../ruleTester';

const detail = 'The ferry re-planning you described for the Bergen route stayed with me.';
const letter = (middle: string, greeting = 'Dear Marta,', signature = 'Best,\nJonas') => `${greeting}\n\nThank you for yesterday. ${detail} ${middle}\n\n${signature}`;

describe('generic', () => {
  ruleTester('generic', {
    valid: [
      followUp(letter("I'd love to join Fjord Freight.")),
      // The writer's current employer, a client, a company compared with: named in passing.
      followUp(letter('In my current role at Globex Shipping I built carrier scorecards.')),
      followUp(letter('Our client, Acme Logistics, had the same problem.')),
      followUp(letter('During my residency at Aga Khan University Hospital I ran the night audits.')),
      // Free mail gives no company to compare with; an agency's candidates join its clients.
      followUp(letter("I'd love to join Globex Shipping."), { to: ['marta.jensen@gmail.com'] }),
      followUp(letter("I'd love to join Globex Shipping."), { to: ['Marta Jensen <marta.jensen@nordicrecruitment.no>'] }),
      followUp(letter("I'd love to join Globex Shipping."), { to: ['Marta Jensen <marta.jensen@hays.com>'] }),
      followUp(letter("Thank you for putting me forward; I'd love to join Globex Shipping.")),
      followUp(letter("I'd love to join St Mary's Hospital."), { to: ['Marta Jensen <marta.jensen@nhs.net>'] }),
      // Their side calls itself so in the recipient's display name: the domain is not the only name of the company.
      followUp(letter("I'd love to join Meta."), { to: ['"Marta Jensen (Meta)" <marta@fb.com>'] }),
      // A place, a team, a site: not a company to join.
      followUp(letter("I'm excited about the Operations Manager role at the Allentown distribution centre.")),
      followUp(letter('I really enjoyed meeting the Platform Engineering team in Berlin.')),
      followUp(letter('Thanks again for the interview with Priya this morning.')),
      // Brackets, braces and angles that are not slots.
      followUp(letter('We used a Result<Job, Error> type for the same thing [1].')),
      followUp(letter('The sign said "Your the best team [sic]", which made me smile.')),
      followUp(letter('The ticket [PLAT-2291] was a great case to dig into.')),
      followUp(letter('My portfolio is at <https://jonasberg.no/work> and my referee is Tom Baker <tom.baker@northwind.no>.')),
      followUp(letter('The endpoint /orders/{orderId}/refunds is in the sample, and the config reads ${DB_HOST}.')),
      followUp(letter('Thank you again <3 and see the case study [here](https://jonasberg.no/ferry).')),
      followUp(letter('I have attached my CV (see attached) and two samples (PDF, 3 MB).')),
      followUp(letter('My referee, Sam Okafor (he/him), is expecting your call.')),
      followUp(letter('I taught Year 6 for four years (mostly maths and science), and Band 5 (Level 2) after that.')),
      followUp(letter('I led the rollout at Acme (my current employer), and your idea (the one about tides) stuck with me.')),
      followUp(letter('We post on Twitter (X) every week, the (new) office looks great, and the Senior Analyst role (contract) suits me.')),
      followUp(letter("I'd love to (eventually) lead a depot, and I hope the (much deserved) holiday goes well.")),
      followUp(letter('Here is the study (a project that won an award), and thanks to (the colleague who showed me around).')),
      // Masks' look-alikes.
      followUp(letter('The XXL and 3XL sizes sold out, the X-ray rota was tight and the pipeline is 10x faster.')),
      followUp(`Dear Marta,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas\n________________________________\nFrom: Marta Jensen`),
      // Greetings to real people or to a shared inbox.
      followUp(letter('', 'Dear Hiring Manager,'), { to: ['careers@fjordfreight.no'] }),
      followUp(letter('', 'Dear Hiring Manager,'), { to: ['Talent Team <talent@fjordfreight.no>'] }),
      followUp(letter('', 'Hi team,')),
      followUp(letter('', 'Dear Members of the Search Committee,')),
      followUp(letter('', 'Respected Sir,')),
      followUp(letter('Good morning sir, and thank you sir for your time.', 'Dear Mr. Jensen,')),
      followUp(letter('', 'Dear Ms. Manager-Smith,')),
      // A subject's mail tag is not a slot.
      followUp(letter(''), { subject: 'Re: [EXTERNAL] Thank you – Logistics Coordinator interview' }),
      // A withdrawal names the company the writer is joining instead.
      followUp(`Dear Marta,\n\nThank you for the interviews. I have accepted an offer and will be joining Globex Shipping next month, so I would like to withdraw my application.\n\nBest,\nJonas`),
      // Template words in the quoted history are theirs.
      followUp(`Hi Marta,\n\nThank you for yesterday. ${detail}\n\nBest,\nJonas\n\nOn Mon, Feb 9, 2026 at 9:02 AM Marta Jensen <marta.jensen@fjordfreight.no> wrote:\n> Hi {{candidate_first_name}},\n> Confirming your interview.`),
    ],
    invalid: [
      {
        draft: followUp(letter('I would love to bring that to [Company Name] and to Fjord Freight.')),
        flags: ['[Company Name]'],
        messageIds: ['slotBracket'],
        output: letter('I would love to bring that to Fjord Freight and to Fjord Freight.'),
      },
      {
        draft: followUp(letter('I would love to grow at [Company Name]. [Company Name] is where I want to be.')),
        flags: ['[Company Name]'],
        messageIds: ['slotBracket'],
      },
      {
        draft: followUp(letter('[Add one sentence here about why you are excited about the team’s mission and how it connects to your own values or career goals.]')),
        flags: ['[Add one sentence here about why you are excited about the team’s mission and how it connects to your own values or career goals.]'],
        messageIds: ['instruction'],
      },
      {
        draft: followUp(letter('[Mention the project. Keep it to one sentence.]')),
        flags: ['[Mention the project. Keep it to one sentence.]'],
        messageIds: ['instruction'],
      },
      { draft: followUp(letter('', 'Hi {{first_name}},')), flags: ['{{first_name}}'], messageIds: ['slotBrace'], output: letter('', 'Hi Marta,') },
      { draft: followUp(letter('I would love to help {company} with it.')), flags: ['{company}'], messageIds: ['slotBrace'] },
      { draft: followUp(letter('Thank you for the interview for the <<Job Title>> role at <Company>.')), flags: ['<<Job Title>>', '<Company>'], messageIds: ['slotAngle', 'slotAngle'] },
      { draft: followUp(letter('I also enjoyed our conversation, especially (mention one thing you discussed).')), flags: ['(mention one thing you discussed)'], messageIds: ['instruction'] },
      {
        draft: followUp(letter('I would be very happy to join (company name).', 'Dear Marta,', 'Yours sincerely,\n(your name)')),
        flags: ['(company name)', '(your name)'],
        messageIds: ['slotParen', 'slotParen'],
      },
      { draft: followUp(letter('I hope the (event or launch they mentioned) goes well.')), flags: ['(event or launch they mentioned)'], messageIds: ['slotParen'] },
      {
        draft: followUp(letter('Thank you for the opportunity to interview for the Job Title position at Company Name.', 'Dear Marta,', 'Sincerely,\nYour Name')),
        flags: ['Job Title', 'Company Name', 'Your Name'],
        messageIds: ['slotBare', 'slotBare', 'slotBare'],
      },
      { draft: followUp(letter('', 'Dear Hiring Manager Name,')), flags: ['Hiring Manager Name'], messageIds: ['slotBare'] },
      { draft: followUp(letter('', 'Dear Mr. Surname,')), flags: ['Surname'], messageIds: ['slotBare'], output: letter('', 'Dear Mr. Jensen,') },
      { draft: followUp(letter("I'd bring my Skill 1 and Skill 2 experience to ABC Company.")), flags: ['Skill 1', 'Skill 2', 'ABC Company'], messageIds: ['slotBare', 'slotBare', 'slotBare'] },
      {
        draft: followUp(letter('Thank you for meeting with me on XX/XX/XXXX. The $XX,XXX budget and the ___ project were fascinating.')),
        flags: ['XX/XX/XXXX', '$XX,XXX', '___'],
        messageIds: ['slotMask', 'slotMask', 'slotMask'],
      },
      { draft: followUp(letter('I have X years of experience in freight.')), flags: ['X'], messageIds: ['slotMask'] },
      { draft: followUp(letter('I graduated in 20XX.')), flags: ['20XX'], messageIds: ['slotMask'] },
      { draft: followUp(letter('I was impressed by (something specific about the company, e.g. its training program).')), flags: ['(something specific about the company, e.g. its training program)'], messageIds: ['slotParen'] },
      { draft: followUp(letter("I'd love to hear more about (weakness) and (their current project).")), flags: ['(weakness)', '(their current project)'], messageIds: ['slotParen', 'slotParen'] },
      { draft: followUp(letter('', 'Dear (Mr./Ms.) Jensen,')), flags: ['(Mr./Ms.)'], messageIds: ['slotParen'] },
      { draft: followUp(letter('Please thank (name of person who referred you), and I loved (one thing that stood out).')), flags: ['(name of person who referred you)', '(one thing that stood out)'], messageIds: ['slotParen', 'slotParen'] },
      { draft: followUp(letter('Closing paragraph: reaffirm your interest and thank them again.')), flags: ['Closing paragraph: reaffirm your interest and thank them again.'], messageIds: ['instruction'] },
      { draft: followUp(letter('Please call me at (XXX) XXX-XXXX.')), flags: ['(XXX) XXX-XXXX'], messageIds: ['slotMask'] },
      {
        draft: followUp(letter('', 'To whom it may concern,')),
        flags: ['To whom it may concern'],
        messageIds: ['impersonalGreeting'],
        output: letter('', 'Dear Marta Jensen,'),
      },
      { draft: followUp(letter('', 'Dear Sir or Madam,')), flags: ['Dear Sir or Madam'], messageIds: ['impersonalGreeting'] },
      { draft: followUp(letter('', 'Respected Sir/Madam,')), flags: ['Respected Sir/Madam'], messageIds: ['impersonalGreeting'] },
      { draft: followUp(letter('', 'Dear Hiring Manager,')), flags: ['Dear Hiring Manager'], messageIds: ['roleGreeting'], output: letter('', 'Dear Marta,') },
      { draft: followUp(letter('', 'Hello, Recruiter!')), flags: ['Hello, Recruiter'], messageIds: ['roleGreeting'] },
      { draft: followUp(letter('', 'Hi Hiring Manager,')), flags: ['Hi Hiring Manager'], messageIds: ['roleGreeting'], output: letter('', 'Hi Marta,') },
      { draft: followUp(letter('', 'Dear HR,')), flags: ['Dear HR'], messageIds: ['roleGreeting'] },
      { draft: followUp(letter('', 'Dear Search Committee Chair,')), flags: ['Dear Search Committee Chair'], messageIds: ['roleGreeting'] },
      {
        draft: followUp(letter('', 'Dear Hiring Manager for the Logistics Coordinator position,')),
        flags: ['Dear Hiring Manager for the Logistics Coordinator position'],
        messageIds: ['roleGreeting'],
        output: letter('', 'Dear Marta,'),
      },
      { draft: followUp(letter('', 'Dear Fjord Freight Talent Acquisition Partner,')), flags: ['Dear Fjord Freight Talent Acquisition Partner'], messageIds: ['roleGreeting'] },
      // To careers@ the role greeting is fine, but "To whom it may concern" never is.
      { draft: followUp(letter('', 'To Whom It May Concern:'), { to: ['careers@fjordfreight.no'] }), flags: ['To Whom It May Concern'], messageIds: ['impersonalGreeting'] },
      { draft: followUp(letter("I'm excited to join Globex Shipping.")), flags: ['Globex Shipping'], messageIds: ['wrongCompany'] },
      { draft: followUp(letter("I'm confident I would be a great addition to Northwind Traders.")), flags: ['Northwind Traders'], messageIds: ['wrongCompany'] },
      { draft: followUp(letter('I would love the opportunity to join the kitchen at The Olive Grove.')), flags: ['The Olive Grove'], messageIds: ['wrongCompany'] },
      { draft: followUp(letter('I am confident I could help Fresh Basket Markets reach its next stage of growth.')), flags: ['Fresh Basket Markets'], messageIds: ['wrongCompany'] },
      {
        draft: followUp(`Dear Marta,\n\nThank you for yesterday at Fjord Freight. ${detail} I'm excited to join Globex.\n\nBest,\nJonas`),
        flags: ['Globex'],
        messageIds: ['wrongCompany'],
        output: `Dear Marta,\n\nThank you for yesterday at Fjord Freight. ${detail} I'm excited to join Fjord Freight.\n\nBest,\nJonas`,
      },
      { draft: followUp(letter(''), { subject: 'Thank you – [Job Title] interview' }), flags: [null], messageIds: ['subjectPlaceholder'] },
    ],
  });

  it('gives no hints on mail that is not a follow-up, placeholders and all', () => {
    const result = lint({
      body: 'Hi {{first_name}},\n\nOur spring newsletter is here: [Company Name] opens two new depots, and the ___ team is hiring.\n\nUnsubscribe at any time.\n\nThe Fjord Freight team',
      subject: 'Fjord Freight news – spring',
      to: ['subscribers@fjordfreight.no'],
      now: '2026-02-10T08:00:00Z',
    });
    expect(result.followUp).toBe(false);
    expect(result.hints.filter((h) => h.rule === 'generic')).toEqual([]);
  });

  it('names the recipient’s company as people write it in the wrong-company message', () => {
    const draft = followUp(letter("I'm excited to join Globex Shipping."), { to: ['Marta Jensen <marta.jensen@prairiemutual.com>'] });
    const hint = lint(draft).hints.find((h) => h.rule === 'generic');
    expect(hint?.message).toContain('Prairie Mutual');
  });
});

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index';
import { followUp, ruleTester, type InvalidCase } from '../ruleTester';

const open = 'Hi Marta,\n\nThank you for meeting with me yesterday. The ferry re-planning process you described was fascinating.';
const close = '\n\nBest,\nJonas';
const say = (sentence: string) => followUp(`${open} ${sentence}${close}`);

/** One sentence that must fire with this message id; `core` is the pay phrase the hint must cover. */
const fires = (messageId: string, sentence: string, core: string): InvalidCase => ({ draft: say(sentence), flags: [core], messageIds: [messageId] });

describe('money', () => {
  ruleTester('money', {
    valid: [
      // The company's business.
      followUp(`${open} The new routing saved your customers almost 12% on fuel costs last year.${close}`),
      followUp(`${open} Managing a $4M project budget across three ports sounds like a real challenge.${close}`),
      followUp(`${open} I'd love to work on the payroll product you build for hauliers.${close}`),
      followUp(`${open} I can see the benefits of your telehealth program for drivers.${close}`),
      // "moving" with an object is the verb, not a relocation; a denial is not an ask.
      followUp(`${open} My Apptainer experience may help with moving the pipeline between the two clusters.${close}`),
      followUp(`${open} My ticket is valid until 2030; I didn't want you to think I'd need time off to re-sit it.${close}`),
      followUp(`${open} I live ten minutes away, so I won't need relocation support.${close}`),
      // Logistics of the visit, the company's accounts, the writer's studies, the team's work.
      followUp(`${open} May I check whether visitor parking is available at the Jurong West factory?${close}`),
      followUp(`${open} I'm still keen on the renewal playbook for your healthcare accounts that we talked about.${close}`),
      followUp(`${open} Since we spoke I have completed the module on statutory sick pay and pensions auto-enrolment.${close}`),
      followUp(`${open} I'd love to learn how your team handles benefits deductions when an employee changes state.${close}`),
      followUp(`${open} Your pricing that saves customers money is a strong selling point.${close}`),
      say('Your salary benchmarking tool is something I have recommended to friends in HR.'),
      say('The leave-management feature in your HR suite was the part I found most intuitive.'),
      say('I hadn’t realised your firm audits the pension schemes of so many councils.'),
      say('I’m keen on helping members understand their health insurance options.'),
      say('What incentives are you using to win lapsed subscribers back?'),
      say('Is the new benefits portal launching this spring?'),
      say('It was interesting to hear how the new bonus structure motivated the sales team.'),
      say('The ₹1,200 crore depot package you are sequencing around the yard is a fascinating puzzle.'),
      // The job's duties and the writer's work.
      followUp(`${open} In my current role I help clients compare pension plans, so your advice tool interests me.${close}`),
      say('In this role I would be processing leave requests for the whole plant.'),
      say('The job includes calculating the commission owed to each agent at month end.'),
      say('In my current job I negotiate commission rates with suppliers.'),
      say('Would I be managing the benefits enrolment for the warehouse staff?'),
      // Achievements with figures.
      say('At my last company I cut cloud costs by $40k a year.'),
      say('I recovered 90k in overdue receivables within my first quarter.'),
      say('I’ve grown my own page to 12k followers by doing skincare breakdowns.'),
      say('I was given a bonus for the best safety record in 2023, which I am proud of.'),
      // Other people's leave, the writer's availability, other senses.
      say('I understand Priya is on vacation this week, so there is no rush.'),
      say('I hope your colleague’s parental leave is going well.'),
      say('I’ll be on annual leave next week, so Thursday would suit me best for a call.'),
      say('I came in on my day off to meet the team, which I was glad to do.'),
      say('I will keep my phone handy in case you need to reach me.'),
      say('I enjoyed the discussion on base isolators for the bridge deck.'),
      say('Your oak staircase commission sounds like a beautiful piece of work.'),
      say('With the benefit of hindsight, I would have explained the migration more clearly.'),
      followUp(`${open} Bonus points for the great coffee.${close}`),
      followUp(`${open} Seeing how many drivers skip the 401(k) step in your app explained a lot.${close}`),
      // Interview logistics are not perks.
      say('Will lunch be provided during the assessment day?'),
      say('Will my travel expenses for the interview be reimbursed?'),
      say('Do you have parking for visitors?'),
      say('If it would help, I can send over the code sample from my take-home task.'),
    ],
    invalid: [
      { draft: followUp(`${open}\n\nCould you tell me whether the role includes an annual bonus?${close}`), flags: ['annual bonus'], output: `${open}\n\nBest,\nJonas`, messageIds: ['bonus'] },
      { draft: followUp(`${open} What is the salary range for this position?${close}`), flags: ['salary range'], messageIds: ['salary'] },
      { draft: followUp(`${open} I would be grateful if you could advise whether the package includes housing allowance.${close}`), flags: ['housing allowance'] },
      { draft: followUp(`${open} I'm looking for 90k.${close}`), flags: ['90k'], output: `${open}${close}`, messageIds: ['figure'] },
      { draft: followUp(`${open} My salary expectation is $128,000.${close}`), flags: ['$128,000'], messageIds: ['figure'] },
      { draft: followUp(`${open} How many weeks of vacation would I get?${close}`), flags: ['weeks of vacation'], messageIds: ['leave'] },
      { draft: followUp(`${open} Does the offer cover relocation costs?${close}`), flags: ['relocation costs'], messageIds: ['perks'] },
      { draft: followUp(`${open} I'd also like to understand the parental leave policy.${close}`), flags: ['parental leave'], messageIds: ['leave'] },
      { draft: followUp(`${open} Are stock options part of the package?${close}`), flags: ['stock options'], messageIds: ['equity'] },
      { draft: followUp(`${open} Is there a signing bonus${close}`), flags: ['signing bonus'], messageIds: ['bonus'] },
      // salary
      fires('salary', 'Roughly what does a junior analyst earn at your firm?', 'earn'),
      fires('salary', 'Could you shed some light on how the role is compensated?', 'compensated'),
      fires('salary', 'can u pls tell the salary for this job', 'salary'),
      fires('salary', 'Is it a paid internship?', 'paid internship'),
      fires('salary', 'Kindly revert with the gross salary details.', 'gross salary'),
      // benefits
      fires('benefits', 'Would my family be covered under your medical scheme?', 'medical scheme'),
      fires('benefits', 'Do you contribute to KiwiSaver above the minimum?', 'KiwiSaver'),
      fires('benefits', 'I wanted to check what kind of insurance comes with the job.', 'insurance'),
      fires('benefits', 'Does the package include medical for my wife and kids?', 'medical'),
      // bonus
      fires('bonus', 'Do your engineers get any kind of performance bonus?', 'performance bonus'),
      fires('bonus', 'Does the company share profits with employees at year end?', 'share profits'),
      fires('bonus', 'Would I be eligible for commission from the first month?', 'commission'),
      // equity
      fires('equity', 'Does the role come with shares?', 'shares'),
      fires('equity', 'What percentage of the company would I own?', 'percentage of the company'),
      fires('equity', 'Is there an option pool for new hires?', 'option pool'),
      fires('equity', 'Since this is a founding role, I’m assuming equity is part of the deal.', 'equity'),
      // leave
      fires('leave', 'How much holiday do staff get per year?', 'holiday'),
      fires('leave', 'Would I be able to take two weeks in August for my brother’s wedding?', 'two weeks'),
      fires('leave', 'I’d need two weeks off in July for my sister’s wedding.', 'two weeks off'),
      // perks
      fires('perks', 'Would you cover my flights to Dubai?', 'flights'),
      fires('perks', 'Is travel to client sites reimbursed?', 'travel'),
      fires('perks', 'Would I get a fuel card for the territory?', 'fuel card'),
      fires('perks', 'Is there a shift differential for nights, and how is overtime paid?', 'shift differential'),
      fires('perks', 'How is overtime compensated on weekends?', 'overtime'),
      // figure
      fires('figure', 'Anything under 90k won’t really work for me.', '90k'),
      fires('figure', 'I charge $90 per hour for freelance projects of this size.', '$90 per hour'),
      fires('figure', 'My expected salary is RM 6,000.', 'RM 6,000'),
      fires('figure', 'I’m currently on ₦650,000 a month.', '₦650,000 a month'),
      fires('figure', 'I’d take 80 if the bonus is good.', '80'),
      // negotiate
      fires('negotiate', 'Can we talk numbers at some point this week?', 'talk numbers'),
      fires('negotiate', 'Is there any flexibility on the salary for this role?', 'salary'),
      fires('negotiate', 'I’d be grateful for a chance to discuss the banding before the next stage.', 'banding'),
      fires('negotiate', 'I’m hoping the package can be improved a little.', 'package'),
      fires('negotiate', 'Would HR be open to a counter-proposal on pay?', 'pay'),
    ],
  });

  it('names the longest pay phrase the writer used', () => {
    const [hint] = lint(say('Could you tell me the salary range for the role?')).hints.filter((h) => h.rule === 'money');
    expect(hint.message).toContain('“salary range”');
  });

  it('flags each sentence that raises pay, and each fix deletes its sentence without leaving a blank line', () => {
    let body = `${open}\n\nMay I ask if the 13th month pay is given in December? And is there a performance bonus for the HR staff?\n\nBest,\nJonas`;
    const money = () => lint(followUp(body)).hints.filter((h) => h.rule === 'money');
    expect(money().map((h) => body.slice(h.start, h.end).trim())).toEqual(['May I ask if the 13th month pay is given in December?', 'And is there a performance bonus for the HR staff?']);
    for (let n = 0; n < 2; n++) {
      const [h] = money();
      body = body.slice(0, h.start) + h.fixes![0].replacement + body.slice(h.end);
    }
    expect(body).toBe(`${open}\n\nBest,\nJonas`);
    expect(money()).toEqual([]);
  });

  it('quotes the writer’s own characters, and reads curly quotes and dashes as their ASCII twins', () => {
    const [leave] = lint(say('Is there any carer’s leave for staff with elderly parents?')).hints.filter((h) => h.rule === 'money');
    expect(leave.message).toContain('“carer’s leave”');
    const [bonus] = lint(say('Quick question—is there a signing bonus for this role?')).hints.filter((h) => h.rule === 'money');
    expect(bonus.messageId).toBe('bonus');
    const [figure] = lint(say('I’m looking at roughly €70–75k.')).hints.filter((h) => h.rule === 'money');
    expect(figure.message).toContain('70–75k');
  });

  it('reads a postscript under the signature', () => {
    const body = `${open}\n\nKind regards,\nJonas Berg\n\nP.S. I forgot to ask, could you tell me the salary band for the post?`;
    const hints = lint(followUp(body)).hints.filter((h) => h.rule === 'money');
    expect(hints.map((h) => h.messageId)).toEqual(['salary']);
    expect(body.slice(hints[0].start, hints[0].end)).toContain('salary band');
  });

  it('takes the question from the next sentence when it points back', () => {
    const body = `${open} Some ports offer a signing bonus to planners. Would that be something you could consider?${close}`;
    const [hint] = lint(followUp(body)).hints.filter((h) => h.rule === 'money');
    expect(body.slice(hint.start, hint.end)).toBe(' Some ports offer a signing bonus to planners. Would that be something you could consider?');
  });
});

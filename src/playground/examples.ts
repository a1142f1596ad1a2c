// The drafts the playground's example menu fills in. Times are relative to the moment an example is picked, so the
// good note stays within the 48-hour window and the late one stays late whatever day the playground is opened.

export interface Example {
  id: string;
  /** The menu's button text. */
  label: string;
  /** What the example shows, for the button's description. */
  shows: string;
  to: string;
  subject: string;
  /** Hours between the interview and the send time; null leaves the interview date empty. */
  interviewHoursAgo: number | null;
  body: string;
}

const PRIYA = 'Priya Raman <priya.raman@lumenhealth.com>';

export const EXAMPLES: readonly Example[] = [
  {
    id: 'good',
    label: 'Good note',
    shows: 'Timely, specific, grateful: nothing to fix.',
    to: PRIYA,
    subject: 'Thank you - Senior Data Analyst interview',
    interviewHoursAgo: 20,
    body: `Hi Priya,

Thank you for taking the time to meet with me yesterday. I especially enjoyed hearing how your team rebuilt the patient readmission dashboard in dbt, and your plan to move the weekly clinic reports off spreadsheets this spring.

Our conversation made me even more excited about the Senior Data Analyst role. I would be glad to share how I automated claims reconciliation at my current job if that would be useful.

Thank you again for your time and consideration.

Best regards,
Sam Okafor`,
  },
  {
    id: 'late',
    label: 'Late note',
    shows: 'A good note sent nine days after the interview.',
    to: PRIYA,
    subject: 'Thank you - Senior Data Analyst interview',
    interviewHoursAgo: 9 * 24 + 3,
    body: `Hi Priya,

Thank you for meeting with me. I enjoyed hearing how your team rebuilt the patient readmission dashboard in dbt, and your plan to move the weekly clinic reports off spreadsheets.

I'm excited about the Senior Data Analyst role and hope to hear from you.

Best regards,
Sam Okafor`,
  },
  {
    id: 'money',
    label: 'Money talk',
    shows: 'Asks about salary and vacation in the thank-you note.',
    to: PRIYA,
    subject: 'Thank you - Senior Data Analyst interview',
    interviewHoursAgo: 22,
    body: `Hi Priya,

Thank you for meeting with me yesterday. I enjoyed hearing how your team rebuilt the patient readmission dashboard in dbt.

Could you also tell me the salary range for this role and how many vacation days I would get?

I'm excited about the Senior Data Analyst role.

Best regards,
Sam Okafor`,
  },
  {
    id: 'pushy',
    label: 'Pushy check-in',
    shows: 'Counts unanswered emails and sets a deadline.',
    to: PRIYA,
    subject: 'Following up again',
    interviewHoursAgo: 6 * 24,
    body: `Hi Priya,

Per my last email, I'm following up again since I haven't heard back. This is my third email this week.

I need an answer by Friday, as I have other offers and will move on otherwise. Why haven't I heard anything??

Sam`,
  },
  {
    id: 'template',
    label: 'Unfilled template',
    shows: 'Placeholders and boilerplate left in a template.',
    to: PRIYA,
    subject: 'Thank you for the interview',
    interviewHoursAgo: 18,
    body: `Dear Hiring Manager,

Thank you for the opportunity to interview for the [Job Title] position at [Company Name]. I enjoyed our conversation and learning more about the company. I believe my skills and experience make me a strong fit for this role, and I am confident I could contribute to the team's continued success.

I look forward to hearing from you.

Sincerely,
[Your Name]`,
  },
  {
    id: 'not-follow-up',
    label: 'Not a follow-up',
    shows: 'Ordinary mail: the coach stays out of the way.',
    to: 'book-club@lists.example.org',
    subject: 'Book club moved to Thursday',
    interviewHoursAgo: null,
    body: `Hi all,

We're moving book club to Thursday at 7 because the library is closed on Wednesday. Bring your copy of the new Ishiguro.

Sam`,
  },
  {
    id: 'blank',
    label: 'Blank draft',
    shows: 'An empty body: try “Insert thank-you skeleton”.',
    to: PRIYA,
    subject: 'Thank you - Senior Data Analyst interview',
    interviewHoursAgo: 4,
    body: '',
  },
];

export const DEFAULT_EXAMPLE_ID = 'money';

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((example) => example.id === id);
}

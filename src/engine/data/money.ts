// The writer's own pay and perks: what they get, not what the company sells or what the job handles.
// Phrase lists, one entry a line (text/phrases.ts). rules/money.ts finds a pay phrase of one of the families below, then
// reads who the phrase belongs to: a question or request about it, the writer needing, expecting, getting or stating it,
// or an opening to negotiate it. Nouns after the phrase ("the salary benchmarking tool"), the company's customers
// ("your members' health insurance"), the job's duties ("I'd be processing leave requests") and past achievements
// ("I administered stock option grants") veto it.
import { phrases } from '../text/phrases';
import { fast, triggerWords } from '../text/money';

export type Family = 'salary' | 'benefits' | 'bonus' | 'equity' | 'leave' | 'perks' | 'negotiate';

// ---------------------------------------------------------------------------------------------------------------
// The pay phrases, by family. Each entry is the longest way a writer names the thing ("salary range", not "salary"):
// the message quotes the phrase as written. Ambiguous words ("package", "rate", "pay", "leave") are narrowed here to
// their pay senses; the frame test in the rule does the rest.

const SALARY = `
salary
salaries
(base|basic|starting|annual|monthly|gross|net|expected|current|fixed|minimum) salary
salary (range|ranges|band|bands|bracket|scale|grade|grades|level|structure|expectation|expectations|offered|package|figure|details|breakup|break-up|review|revision|increase|hike|increment|negotiation)
salaried
pay (range|ranges|band|bands|banding|bracket|scale|grade|grades|level|structure|rate|rates|package|expectations|side|review|rise|increase|hike|cut|scheme)
the pay
(my|your|their|our|its|any) pay
(about|on|for|of|in) pay
pay and (benefits|terms|conditions|perks)
(starting|base|basic|hourly|weekly|monthly|annual|gross|net|overtime|holiday|sick|premium|extra|better|higher|more|equal|fair|expected|likely|typical|usual|average|approximate|ballpark|indicative|going|actual|current|proposed|offered|entry-level|entry level|trainee|apprentice|graduate|probation|probationary|locum|agency|bank|shift|weekend|night|daily|total) pay
take-home (pay|salary|amount|wage)
take home (pay|salary|amount|wage)
what (i|i'd|i would|i'll|i will) (take home|bring home|earn|make|be paid|get paid|be earning|be making)
how much ... (getting|being|get|be)? (earn|earning|make|making|paid|pays|pay|compensated|remunerated)
how (well|much)? ... (paid|compensated|remunerated)
how (is|are|would|will|do|does) ... (pay|paying)
what (does|do|would|will|could|might|can) (a|an|the|your|someone|someone in|people in|staff in|one) ... (earn|make|take home|get paid|be paid|earn here|make here)
what my (current|present|existing)? (employer|company|job|role|firm|school|hospital) (pays|is paying|gives|offers|pays me)
banding
(the|which|what|my|a) (pay)? band (for|of|on) (the|this|that) (role|position|post|job|grade)
(kind|sort|amount|level) of (money|pay|salary|compensation|remuneration)
(paid|unpaid|salaried) (internship|placement|position|role|job|post|apprenticeship|traineeship|fellowship|residency|trial|trial shift|training)
(pay|pays|paying|paid) (well|badly|poorly|competitively|fairly|decently|above|below|at market|at the market|market rate|the going rate|extra|more|less|enough)
how much (do|does|did|would|will|could|can|might) ... ... (earn|make|take home|get paid|be paid|get|receive)
(salary|pay|wage|compensation) level
what (it|the role|the job|the position|this role|this position) (would|will)? (pay|pays|paying)
how much (the|this) (role|position|job|post|contract|internship|placement) (pays|would pay|will pay|is paying)
how much (does|would|will) (the|this|it) (role|position|job|post|contract)? pay
what (the|this) (role|position|job|post|contract|internship) (pays|would pay|will pay|is paying|pays out)
what (are|do|would|will) you (pay|paying|offer|offering)
(is|are|would|will) (the|this) (role|position|job|post|internship|placement|apprenticeship|contract) (be)? (paid|salaried|unpaid)
paid (by|per) the (hour|day|week|month)
(paid|pay) (weekly|fortnightly|monthly|biweekly|bi-weekly)
get paid
be paid
wage
wages
(starting|hourly|minimum|base|weekly|daily|monthly|apprentice|trainee) wage
(hourly|daily|day|weekly|monthly|contract|overtime|weekend|night|billing|freelance|consulting|going|agency|locum) rate
(hourly|daily|day|weekly|monthly|contract|overtime|weekend|night) rates
(my|your|the|a|any|this|that) (better|higher|lower|fair|fairer|competitive|market)? rate (for|on|of) (the|this|that|a|my)? (role|position|job|contract|post|shift|shifts|work|project|assignment|gig|engagement)
(a|my) (better|higher|fairer|fair) rate
rate (for|on) (the|this|that) (contract|role|position|job|post|assignment|engagement)
my (day|hourly|daily|usual|normal|current|going|contract|freelance)? rate
(my|the|your) hourly
ctc
cost to company
ctc (breakup|break-up|structure|details)
remuneration
remuneration (package|details|range|structure)
emoluments
stipend
(monthly|internship|intern|training|research|phd) stipend
earnings
(expected|potential|annual|monthly|total|on-target|on target) earnings
compensation
compensation (package|range|band|bands|structure|details|expectations|side|plan|philosophy|bands)
(total|base|cash|annual|target|expected|overall|starting) compensation
comp
total comp
comp (range|band|package|expectations)
pay package
package (for|of) (the|this) (role|position|job|post)
(the|a|your|my) (compensation|salary|remuneration|pay|overall|total|whole|full|financial) package
salary and benefits
compensation and benefits
(pay|salary|compensation|remuneration) and benefits package
superannuation
`;

const BENEFITS = `
benefits
(the|your|any|employee|staff|company|full|standard|core|extra|additional|other|wellness|health|medical|retirement|pension|fringe) benefits
(benefit|benefits) (package|packages|plan|plans|guide|guides|booklet|offering|offerings|summary|overview|information|details|on offer|scheme|schemes|entitlements|eligibility|options|programme|program|structure)
insurance
healthcare (package|plan|plans|cover|coverage|benefits|insurance|scheme)
(group|employee|staff|company|employer|family|private|individual|corporate|workplace) (insurance|cover|coverage|health plan|medical|healthcare)
health (insurance|benefits|coverage|cover|plan|plans|care plan)
(private|company|group|family) health (insurance|plan|cover|coverage)
medical (insurance|benefits|coverage|cover|plan|aid)
(private|company|group|family|standard) medical (insurance|plan|cover|coverage)
dental
dental (insurance|coverage|cover|plan|benefits)
vision (insurance|coverage|cover|plan|care)
dental and vision
vision and dental
optical (cover|insurance)?
life insurance
(life|disability|income protection|critical illness|travel) insurance
insurance (coverage|cover|benefits|plan)
coverage (for|of) (dependents|dependants|my family|family members|spouses|children|employees|staff)
(mental health|family|dependent|dependant) coverage
hmo
(health|medical|flexible|healthcare) (spending|savings|reimbursement) (account|accounts|arrangement)
(medical|health|dental|pension|insurance|retirement|healthcare|wellness|wellbeing|welfare|benefit|benefits|cash|optical|life|income protection) (scheme|schemes|plan|plans|programme|program|policy|policies|cover|coverage|fund|funds|allowance|subsidy)
kiwisaver
(deductible|deductibles|copay|copays|co-pay|co-pays|coinsurance|out-of-pocket maximum|out of pocket maximum|ppo|epo|hdhp)
(flexible|flex) (benefits|benefit|benefits scheme|benefits plan)
(cafeteria|section 125) plan
(total|employee|staff) rewards
(reward|rewards|remuneration|welfare) (package|packages|scheme|schemes|benefits)
health and welfare
(fertility|ivf|family-forming) (benefits|benefit|treatment|coverage|cover|support)
pf
esi
(besides|other than|apart from|as well as|except) me (also|too)? (be|is|are|get|gets)? (covered|insured|included)
(add|adding|include|including|cover|covering|enrol|enroll|enrolling) (my|our) (kids|children|family|wife|husband|partner|spouse|dependants|dependents|child|son|daughter|parents) (to|on|onto|in|under)? (the|your|a|my)? (plan|policy|cover|coverage|insurance|scheme|medical|health plan|health insurance)?
(domestic partner|partner|spouse|spousal|family|dependent|dependant|child|children's) (coverage|cover|benefits)
(be|being|get|stay|remain) (health-insured|insured)
esic
(income protection|critical illness|death in service|life assurance|life cover|group life) (insurance|cover|policy|benefit)?
(employee assistance|employee assistance programme|employee assistance program|eap)
(medical|health|insurance|hmo|healthcare) card
(mental health|wellness|wellbeing|well-being) (support|days|day|programme|program|benefits|benefit|allowance|budget|stipend|cover)
(eye tests|eye test|eye care|prescriptions|prescription costs|glasses|physio|physiotherapy) (cover|covered|paid|allowance|reimbursement)?
retirement (account|accounts|savings|savings account)
epf
cpf
mpf
nps
rrsp
tsp
esic
(pf|provident fund|epf|cpf|pension|superannuation|super|kiwisaver|mpf|nps|retirement) (contribution|contributions|deduction|deductions|match|matching)
hmo (card|coverage|plan)
hsa
fsa
cash plan
medicare top-up
top-up cover
ad&d
pension
pensions
pension (scheme|plan|contribution|contributions|match|matching|benefits)
(employer|company|workplace|defined-benefit|defined benefit|defined-contribution|final salary) pension
(teachers|nhs|local government|civil service) pension (scheme)?
pensionskasse
provident fund
gratuity
401(k)
401k
401\\(k\\)
401\\(k\\) (match|plan|matching)
401k (match|plan|matching)
403b
403\\(b\\)
retirement (plan|plans|benefits|match|matching|contributions|contribution|savings plan|scheme|fund)
employer (match|matching|contribution|contributions)
super contributions
(includes|include|plus) super
`;

const BONUS = `
bonus
bonuses
(signing|sign-on|sign on|joining|welcome|annual|year-end|year end|end-of-year|end of year|performance|retention|target|quarterly|christmas|holiday|diwali|festival|festive|referral|spot|variable|guaranteed|discretionary|cash|pro-rated|prorated|first-year|relocation) bonus
(signing|sign-on|joining|annual|performance|retention|quarterly) bonuses
bonus (structure|plan|scheme|target|targets|potential|eligibility|percentage|payout|payouts|pool|policy|multiplier|cap)
13th month pay
13th month
14th (month|salary)
(13th|14th) (month)? salary
commission
commissions
commission (structure|rate|rates|plan|scheme|split|splits|percentage|cap|payout|accelerator|model)
(base|salary) plus commission
commission-only
incentive
incentives
incentive (scheme|plan|plans|payout|payouts|structure|programme|program|bonus|pay)
(sales|performance|long-term|short-term|retention|cash) incentive
profit sharing
(share|shares|sharing) (the|its|their|any)? profits
profit-related pay
gain sharing
gainsharing
profit-sharing
profit share
profit-share
profit-share pool
on-target earnings
on target earnings
ote
variable pay
variable (component|portion|part)
accelerator (on|for) commission
`;

const EQUITY = `
equity
(the|any|my|some|more|meaningful) equity
equity (stake|grant|grants|package|component|compensation|refresh|refresher|offer|portion|percentage|share|plan|split|splits|pool|allocation|allocations|award|awards|structure|terms|upside|element|piece)
sweat equity
stock options
stock option
share options
share option
(stock|share) (option|options) (scheme|schemes|plan|plans|pool|programme|program)
(ownership|equity|employee) stake
(a|any|some) stake in (the|your)? (company|business|firm|practice)
(employee|staff) ownership
(stock|share|equity) option (grant|plan|pool)
option grant
option grants
options grant
(more|fewer|additional|extra) (stock)? options
(the|my) options (you|you'd|would|will|vest|vesting|accelerate|expire|be|lapse|carry)
options (or|and) (restricted stock|rsus|shares|equity)
rsu
rsus
restricted stock
restricted stock units
(performance|restricted) stock units
psus
stock (grant|grants|component|package|award|awards|plan|units)
(unvested|vested) (stock|shares|options|equity|rsus)
how much stock
(shares|stake) in the company
my shares
esop
espp
employee (stock|share) (purchase plan|ownership plan|plan|scheme)
share (scheme|plan|purchase plan)
ltip
phantom (stock|shares|equity)
vesting
vesting (schedule|period|cliff|terms)
(one-year|1-year|one year) cliff
cliff (on|for) the (vesting|stock|options|shares|equity|rsus)
409a
option pool
(my|the|an|your)? ownership (percentage|stake|share|slice)
equity (range|ranges|band|bands|level|levels|amount|number|numbers)
cap table
carried interest
(have|get|with|any|some|a share of the|share of|a slice of the) carry
profits interest
profit interest
(buy into|buy in|buy-in|buy-in to|buy in to) (the)? (partnership|company|business|practice|firm|equity)
buy-in (scheme|option|arrangement)
(founder|founders|founding) (shares|equity|stock)
(equity|stock|ownership|shares) side
(ownership|a stake|stake|equity) in the (company|business|firm|startup|practice)
(how much|what percentage|what percent|what share|what part|what portion|what slice) of the (company|business|firm|startup|equity)
(lti|lti plan|long-term incentive|long term incentive|long-term incentives|lti scheme)
stock-based (compensation|pay|awards)
stock (award|awards|purchase|purchases)
(strike|exercise) price
exercisable
(refresh|refresher|new-hire|new hire|sign-on|signing|initial|equity|stock|option|share|rsu) grant
(refresh|refresher|new-hire|new hire|sign-on|signing|initial|equity|stock|option|share|rsu) grants
dilution
(percentage|percent|share|slice|piece|part) of the (company|business|firm|startup)
(own|owning|hold|holding) (a|any|some)? (percentage|stake|share|part|slice|piece) (of|in)
exercise (window|price|period)
early exercise
double-trigger
double trigger
(single|double)-trigger acceleration
(vesting|equity) acceleration
buyout grant
partnership track
`;

const LEAVE = `
pto
paid time off
(the)? pto (policy|accrual|days|allowance)
time off
time-off
time-off policy
time off policy
(days|weeks|day|week|months) off
(vacation|holiday|leave|sick|personal|wellness|mental health|duvet) days
(days|weeks) of (paid)? (vacation|holiday|holidays|leave|annual leave|pto|time off)
vacation
vacations
(paid|annual|unused|extra|the) vacation
vacation (time|policy|allowance|entitlement|weeks|package)
holiday (allowance|entitlement|pay|days|policy)
paid (holiday|holidays|leave|vacation)
annual leave
(the|any|extra|additional|paid|unpaid|special|the annual) leave
(parental|maternity|paternity|shared parental|adoption|bereavement|compassionate|study|sick|casual|earned|home|long-service|long service|menstrual|family|carer's|carers|medical|exam|religious|emergency|pilgrimage|marriage|privilege) leave
(casual|earned|sick|privilege) leaves
leave (policy|policies|entitlement|entitlements|allowance|days|structure|rules)
(maternity|paternity|sick) pay
sick days
(sick|personal|float|floating) (time|days|day|holidays) (policy|allowance|off)?
sabbatical
sabbaticals
how (much|many days of|many weeks of|many days|many weeks) (holiday|holidays|vacation|leave|annual leave|time off|pto|paid leave)
(holiday|holidays) (a|per|each) (year|annum)
take (a|an|one|two|three|four|five|six|several|a few|a couple of|\d+) (day|days|week|weeks|month|months) (off|of leave|of holiday|unpaid|in (january|february|march|april|may|june|july|august|september|october|november|december|summer|the summer|winter|spring|autumn|the holidays)|over (christmas|easter|the holidays|summer|the summer|new year|eid|diwali)|at (christmas|easter|eid|diwali|new year)|around (christmas|easter|eid|diwali|new year))
(public|bank|national|school|religious) (holidays|holiday) off
take (my|our|the|a|all my|all of my)? (holiday|holidays|vacation|vacations|annual leave|leave|pto) (in|as|at|over|during|around|all at)
(weekends|fridays|mondays|the weekend) off
(birthday|the week|the day|christmas|eid|diwali) off
(carry|roll) over (unused)? (vacation|holiday|leave|pto|days)
(holiday|holidays|vacation|leave|pto|time off|annual leave) (accrue|accrues|accrual|accruals|accrued|carry over|carries over|carryover|roll over|rolls over|build up|builds up|is calculated|are calculated|entitlement|year)
(the|a|an|their|extra|two|three|four|five|several|few|some|every|each|one) (first|second|third|last|final|whole|entire|full|odd|occasional|following)? (week|weeks|day|days|month|fortnight|afternoon|afternoons|morning|mornings|friday|fridays|monday|mondays|weekend|weekends|birthday|anniversary) (between|before|after|around|of|in|at|over)? ... off
`;

const PERKS = `
relocation (package|costs|cost|assistance|allowance|expenses|support|reimbursement|bonus|stipend|budget|fees|help|package)
(moving|relocation) (costs|expenses|allowance|fees)
(company-provided|company provided|staff|free|subsidised|subsidized|temporary|on-site) (housing|accommodation)
housing (allowance|support|assistance|stipend)
accommodation (allowance|provided)
(car|transport|travel|commute|commuting|mileage|fuel|meal|food|lunch|phone|mobile|internet|broadband|clothing|uniform|tool|tools|remote-work|home office|home-office|wellness|gym|education|childcare|hardship|cost-of-living|cost of living|location|shift|night|uniform) allowance
(car|transport|travel|meal|phone) allowances
allowance (for|towards|toward) (the|my)? (daily|monthly)? (commute|travel|transport|meals|food|phone|internet|housing|rent|relocation|move|car|fuel|mileage|uniform|tools|childcare|school)
(any|other|extra|staff|employee|additional|special|job|health|wellness|wellbeing|lifestyle|travel|food|tech|office|team|financial|family) perks
company car
company (phone|laptop|vehicle|bus|van)
per diem
per-diem
(shift|night|weekend|evening|night-shift|weekend-shift) (differential|differentials|premium|premiums|allowance|uplift|enhancement)
overtime (rate|rates|pay|premium)
(paid|unpaid) overtime
overtime (hours)? (is|are|be|gets|get)? (paid|compensated|paid out)
time in lieu
time-and-a-half
time and a half
double time
call-out (payment|pay|fee|allowance)
callout (payment|pay)
(learning|training|conference|development|education|book|equipment|home office|wellness) (budget|stipend|allowance)
tuition (reimbursement|assistance|support)
reimbursement
reimbursed
reimburse (me|my)
(flights|flight tickets|air tickets|tickets) home
(annual|yearly) (flight|air) tickets
childcare (costs|vouchers|voucher|support)
gym membership
(free|staff|paid) parking
employee discount
staff discount
(the|my) (visa|licence|license|certification|exam|course|membership|professional) (fees|costs)
(school|education|tuition) fees
cycle-to-work (scheme)?
(support|help|assistance|package|allowance|budget|stipend) (for|with) (people|staff|those|anyone|someone|employees|hires|new hires|candidates|families|me)? (who are|who)? (relocating|relocate|moving|move|coming) (from|to|here|abroad|overseas|over)
* (allowance|allowances|subsidy|subsidies|voucher|vouchers|reimbursement|reimbursements)
(staff|employee|employees|team member|colleague|corporate|friends and family) (discount|discounts|rate|rates|pricing|prices|deal|deals|perks)
(interest-free|interest free|low-interest|low interest|employee|staff|salary|season ticket|travel) (loan|loans|advance|advances)
(fuel|meal|travel|gift|expense|expenses|company|corporate|petrol|transport|lunch) card
(bike|cycle|car|lease car|electric car|ev|salary sacrifice|tech|home tech) scheme
put me up
cycle to work scheme
season ticket loan
salary sacrifice
(wellness|wellbeing|fitness|health) (stipend|allowance|budget|reimbursement)
company-paid
employer-paid
company-sponsored
employer-sponsored
at the company's expense
`;

/** Words of a negotiation that name no pay on their own: "talk numbers", "a higher figure", "the budget for this role". */
const NEGOTIATE = `
talk (numbers|money|compensation|comp|salary|pay|remuneration)
(a|the) (higher|better|bigger|fairer|more competitive|improved|revised|stronger) (number|figure|offer|base|package|starting point|starting figure|starting offer|starting salary|starting rate|starting pay|band|grade|step|level on the scale)
(go|pay|offer|come in|stretch|move) (above|beyond|over|higher than|past) the (advertised|posted|listed|stated|quoted|published|top of the|upper end of the)? (range|band|salary|figure|rate|budget|scale|amount|offer)
(a|the) number that (works|would work|suits)
(a|the) (number|figure) (that)? (works|would work) for (both|us|me)
(the|any) money side
(the)? budget (for|on) (the|this|that) (role|position|post|hire|job|vacancy|opening)
`;

/** Ambiguous words that count only with a clear cue before or after them, never from a question alone. */
const WEAK_SALARY = `
(the|my|current|some|on|a higher|higher|a lower|lower|more|less|a better|better) base
(the|my|a|your|this|that|their|any) rate
(the|a|your|this|whole|full|overall|total|final) package
(a|the|my|any|annual|yearly) (pay)? raise
(annual|yearly|salary|pay) (increment|hike|appraisal)
`;

/** Words that are pay only inside a negotiation: "talk about money", "the budget can go higher". */
const NEGOTIATE_WEAK = `
money
(the|a|some) (number|figure|numbers)
(the|your|any) budget
(the|your|their) offer
terms
`;

const WEAK_EQUITY = `
(refreshers|refresher|refresh grants)
shares
options
stock
(a|any|some) grant
how many (shares|units|options)
`;

const WEAK_LEAVE = `
leave
(public|bank|paid|company|national|federal|floating)? holidays
`;

/** Benefit words that are also whole industries ("what drew you to healthcare?"): they need a cue. */
const CUE_BENEFITS = `
healthcare
health care
`;

const WEAK_BENEFITS = `
(my|family|full|the family|spouse|partner|dependant|dependent) (cover|coverage)
premiums
social security
(the|a|any|some)? (welfare|wellness|wellbeing) (benefits|offering|package)
medical
(free)? (eye tests|eye care|prescriptions|dental care|physio|health checks|health check|flu jabs|counselling|therapy)
`;

const WEAK_PERKS = `
perks
overtime
(any|an|the|a) allowance
(mobile|cell|work|company)? phone
(a|the|my|own|company|work)? (laptop|computer|car|vehicle|van|bike|scooter)
accommodation
housing
lodging
(staff|free|subsidised|subsidized)? (meals|lunch|lunches|breakfast|dinner|food|canteen|snacks)
parking
(staff|employee)? (discount|discounts)
(gym|club|professional|union)? membership
memberships
(flights|flight|air tickets|plane tickets|airfare)
uniform
uniforms
visa sponsorship
(childcare|nursery|creche)
`;

/** Things the writer might want paid for: they count only when someone is to pay, cover or reimburse them. */
const COSTS = `
(training|courses|course|certification|certifications|exams|exam|cpd|qualification|qualifications|licence|license|conference|conferences|tuition|studies|degree|mba|masters|master's)
(transport|travel|commute|commuting|shuttle|bus|taxi|taxis|mileage|fuel|petrol|gas|parking)
(relocation|move|moving|visa|visas|tools|equipment|kit|internet|broadband|phone bill|bills|rent|deposit|flights|tickets)
(education|schooling|school fees|school places|childcare)
`;

/** How much a phrase needs around it: "strong" fires in any question about it; "cue" needs a cue (asking, needing,
 * the company providing); "goods" (a phone, parking) needs the writer to get it or the company to provide it, not
 * a bare question (parking for the interview is logistics); "cost" needs someone to pay, cover or reimburse it;
 * "negotiate" ("money", "the budget") counts only in a negotiation. */
export type Level = 'strong' | 'cue' | 'goods' | 'cost' | 'negotiate';

/** A list of pay phrases: its family, how much it needs around it, its regex and its trigger words (null: always run). */
export interface TermList {
  family: Family;
  level: Level;
  pattern: RegExp;
  triggers: Set<string> | null;
}

const list = (family: Family, level: Level, entries: string): TermList => ({ family, level, pattern: fast(phrases(entries)), triggers: triggerWords(entries) });

export const TERMS: TermList[] = [
  list('salary', 'strong', SALARY),
  list('benefits', 'strong', BENEFITS),
  list('bonus', 'strong', BONUS),
  list('equity', 'strong', EQUITY),
  list('leave', 'strong', LEAVE),
  list('perks', 'strong', PERKS),
  list('negotiate', 'strong', NEGOTIATE),
  list('salary', 'cue', WEAK_SALARY),
  list('negotiate', 'negotiate', NEGOTIATE_WEAK),
  list('perks', 'goods', WEAK_PERKS),
  list('equity', 'goods', WEAK_EQUITY),
  list('benefits', 'goods', WEAK_BENEFITS),
  list('benefits', 'cue', CUE_BENEFITS),
  list('leave', 'goods', WEAK_LEAVE),
  list('perks', 'cost', COSTS),
];

// ---------------------------------------------------------------------------------------------------------------
// Cues: what governs a pay phrase. The rule takes the nearest cue before the phrase in its clause.

/** Macros for the cue lists: contractions both ways, optional adverbs, who provides. */
export const CUE_MACROS: Record<string, string> = {
  im: String.raw`i['’]m|i\s+am|im`,
  id: String.raw`i['’]d|i\s+would|id`,
  ill: String.raw`i['’]ll|i\s+will`,
  ive: String.raw`i['’]ve|i\s+have`,
  adv: String.raw`also|just|really|still|only|actually|quickly|briefly|simply|genuinely|honestly|probably|definitely|certainly|personally|ideally|realistically|equally|further|additionally|kindly|please|now|then|at least|first|ever|even|maybe|perhaps|possibly|happily|gladly|sincerely|truly|particularly|especially|very|so|a bit|a little`,
  you: String.raw`you|u|ya|you\s+guys|your\s+team|your\s+company|hr|the\s+hr\s+team|someone|somebody|anyone|anybody`,
  provider: String.raw`you|u|you\s+guys|your\s+team|your\s+company|your\s+firm|your\s+organi[sz]ation|the\s+(?:company|startup|scale-up|scaleup|partnership|firm|organi[sz]ation|employer|school|hospital|practice|business|team|role|job|position|post|bank|agency|clinic|trust|council|university|academy|restaurant|hotel|store|group|studio|lab|office|site|board|district|ministry|department|contract|offer|package)|this\s+(?:role|position|job|post|contract|offer|package)|they|it|we`,
  receiver: String.raw`i|we|new\s+[\p{L}-]+s|(?:junior|senior|entry-level|first-year|full-time|part-time|permanent|remote|contract|salaried|hourly|experienced)\s+[\p{L}-]+|staff|employees|new\s+(?:hires|starters|joiners|staff|employees|recruits)|team\s+members|people|everyone|engineers|nurses|teachers|drivers|interns|trainees|apprentices|contractors|consultants|managers|associates|analysts|developers|chefs|cooks|technicians|workers|agents|officers|doctors|employees\s+here|people\s+here|people\s+in\s+(?:this|the)\s+role|someone\s+in\s+(?:this|the)\s+role|the\s+(?:team|staff|role|position|successful\s+candidate)`,
};

/** The writer asks about it: "could you tell me", "I'd like to know", "I was wondering", "may I ask". */
const ASK = `
(can|could|would|will) ({you}) ({adv})? (tell|let|share|confirm|clarify|explain|say|advise|give|send|outline|describe|walk|provide|indicate|detail|update|check|find out|shed|throw|fill|brief|enlighten|forward|specify|elaborate|spell out|point me|put me|get back|revert|email|mail)
(can|could|would|will) ({you}) ({adv})? (be able to|be willing to|possibly|mind) (tell|let|share|confirm|clarify|explain|say|advise|give|send|outline|describe|walk|provide|indicate|detail|update|check|find out|shed|telling|letting|sharing|confirming|clarifying|explaining|sending|giving|outlining)
would ({you}) (mind|be so kind as to) (telling|letting|sharing|confirming|clarifying|explaining|sending|giving|outlining|saying)
(if|whether) ({you}) (could|would|can|might|will) ({adv})? (tell|let|share|confirm|clarify|explain|advise|say|send|outline|describe|provide|indicate|detail|update|check|find out|specify|elaborate|let me know|inform)
(please|kindly|pls|plz|pl) ({adv})? (share|send|tell|let|confirm|advise|clarify|explain|provide|inform|intimate|specify|mention|elaborate|revert|update|give|outline|detail|indicate|say|forward|check|find out|fill|furnish|communicate|disclose)
revert (with|on|about|back|regarding)
(let me know|tell me|inform me|share with me|send me|send over|fill me in|walk me through|brief me|enlighten me|update me|advise me|get back to me|shed some light|shed light|throw some light|give me an idea|give me a sense|give me a feel|point me to|put me in touch)
(may|might|can|could) (i|we) ({adv})? (know|ask|request|enquire|inquire|check|confirm|clarify|learn|get|have|see|find out|understand|be told)
({id}|i|i'd|{im}) ({adv})? (like|love|want|wish|be keen|be eager|be interested|be glad|be happy|be grateful|appreciate it if you could) to (know|ask|understand|learn|hear|find out|clarify|confirm|check|enquire|inquire|get a sense|get an idea|get a feel|get a picture|see|discuss|raise|bring up|get clarity|have clarity|have a sense|better understand|understand better|hear more|know more|learn more|touch on|touch base on|ask about|cover|explore|get details|get more details|have more details|have some details|get some information|get information|have information|receive|be told|be clear|be sure|double-check|double check|verify|make sure)
(i|{ive}|i had|i just|i|we) ({adv})? (wanted|want|meant|forgot|forgotten|neglected|omitted|didn't get|did not get|never got|never had the chance|didn't have the chance|did not have the chance|didn't have a chance|had hoped|hoped|would like|need|needed|have|had|must|should|ought) to (ask|check|enquire|inquire|find out|clarify|confirm|raise|mention|know|understand|learn|hear|query|double-check|double check|verify|see|flag|note|point out|bring up)
({im}|i|i was|we're|we are|i've been|i have been) ({adv})? (wondering|curious|unsure|not sure|not clear|unclear|uncertain|confused|interested to know|interested in knowing|interested in learning|keen to know|keen to understand|keen to learn|keen to hear|eager to know|eager to learn|hoping to learn|hoping to understand|hoping to find out|hoping to hear|hoping to know|trying to understand|trying to figure out|trying to work out|trying to get a sense|looking to understand|looking to find out|still unclear|still unsure|still not sure|not quite sure|not entirely sure|a bit unsure|a bit unclear)
(i|we) (wonder|wondered|ask|asked|query|enquire|inquire)
(just|only|also)? (wanted|want|meant|hoped|needed) to (ask|check|flag|raise|mention|confirm|clarify|enquire|inquire|find out|know|understand|note|bring up)
(hoping|wondering|curious|keen to know|keen to understand) ({adv})? (you|to|if|whether|what|how|about)
(so)? ({id}|i|i thought {id}|i figured {id}) ({adv})? (ask|check|enquire|inquire)
({adv}|out of|just|also|i'm|im)? (curious|curiosity)
i (never|didn't|did not|forgot to|don't think i|haven't|have not|couldn't|could not|wasn't able to) ({adv})? (asked|ask|get to ask|enquired|inquired|raised|brought up|find out|get)
(it would|it'd|that would|that'd|it will|it might|it may) ({adv})? (help|be helpful|be useful|be great|be good|be nice|be ideal|be handy|make things easier) (me|for me|us|for us)? to (know|understand|hear|get|learn|have|see)
({id}|{ill}|i) ({adv})? (be grateful|be thankful|appreciate|welcome|value|love|like) (for|if|it if)? (you could|you would|you can)? (to know|to learn|to hear|to understand|to see|knowing|learning|hearing|some|any|more|a|an|the|details|information|clarity|an idea|a sense|a breakdown|an overview|a note|a quick note|a line|a heads-up|an update|confirmation|clarification|insight|your thoughts)
(any|some|more|further|additional|a few|the|specific|rough|basic|general) (info|information|details|detail|clarity|idea|indication|sense|guidance|light|insight|insights|specifics|particulars|figures|numbers|data|facts|word|news|thoughts|pointers) (on|about|regarding|around|of|as to|concerning|re|with respect to|related to|relating to)
(a|any|some|more|rough|ballpark|quick|brief|clearer|better|general) (idea|sense|indication|breakdown|overview|picture|estimate|understanding|outline|summary|feel) (of|on|about|regarding|for|as to)
(one|a|another|quick|small|final|last|little|brief|further|second|separate|related|practical) ({adv}|more|quick|small|last|final|practical|side)? (question|thing|query|point|request|clarification|matter|item|detail) (about|on|regarding|concerning|is|was|re|around|i had|i have|i forgot|i meant|to ask)?
(quick|random|small|one|side) (q|qn|question)
question (about|on|regarding|concerning|re|around)
(i|we|to|and|also|just|me|i'd|i'll|{id}|{ill}|i'm|{im}|quickly|briefly|may i|can i|could i|might i) ({adv})? (ask|asking|enquire|inquire|enquiring|inquiring|asked|query|querying|check|checking|confirm|confirming|clarify|clarifying|find out) (you)? ({adv})? (about|regarding|re|concerning|on the subject of|on the topic of)
(i|we|to|and|also|just|me|i'd|i'll|{id}|{ill}|i'm|{im}|quickly|briefly|may i|can i|could i|might i|you) ({adv})? (ask|asking|enquire|inquire|enquiring|inquiring|asked|query|querying|check|checking|confirm|confirming|clarify|clarifying|wondering|find out) ({adv})? (whether|if|what|how|which|when|roughly how|exactly how|approximately how)
(curious|tell me|let me know) ({adv})? (whether|if|what|how|which|when|roughly how|exactly how|approximately how)
(details|information|info|clarity|confirmation|specifics|breakdown|figures|numbers|particulars|documentation|paperwork|summary|outline|copy) (on|about|regarding|of|for|around|re|concerning)
(send|share|forward|provide|email|mail|give|show) (me|us) (the|a|any|some|more|your|details|information|info)?
`;

/** The writer gets, needs, expects or states it: "my salary", "I'd need", "I'm looking for", "would I get". */
const OWN = `
my
({id}|{ill}|i|{im}|we|we'd|i do|i can|i could) ({adv})? (need|want|require|expect|prefer|demand|insist on|would need|would want|would expect|would require|would prefer|be needing|be wanting|be requiring|be expecting|be looking for|be hoping for|be seeking|be after|be targeting|be aiming for|be asking for|be counting on|be looking at|need to see|need to have|need to get|need to receive|need to earn|need to make|need to keep|want to see|want to have|want to get|want to earn|want to make|like to see|like to have|like to get|like to receive|like to earn|like to make|like to be|like to keep|like to ask for|love to see|love to have|love to get|hope for|hope to get|hope to see|hope to receive|hope to earn|hope to keep|need some help with|need help with|need support with|need assistance with|need a|need an|need the|would need a)
({im}|i) ({adv})? (looking for|hoping for|seeking|after|targeting|aiming for|asking for|expecting|requesting|needing|counting on|holding out for|looking at|thinking of|thinking about|used to|accustomed to|comfortable with|happy with|fine with|okay with|ok with|content with)
({id}|i) ({adv})? (be)? (looking|hoping|aiming|asking|angling|pushing) for
(i|we) (was|were) ({adv})? (hoping|looking|aiming|expecting|told|promised|quoted|offered) (for|to get|to see|to receive)?
({id}|{ill}|i|i could|i can|i might|i may|we|we'd) ({adv})? (earn|make|lose|forfeit|give up|sacrifice|leave behind|walk away from|accrue|be paid|get paid|take home|bring home|draw|charge|bill|accept|take|settle for|come down to|go down to|go as low as|consider|be giving up|be leaving|be losing|be forfeiting|be walking away from|be leaving behind|be taking|be taking home|be on|be earning|be making|be getting|be receiving|be covered|be insured|be reimbursed|be compensated|be owed|need to take|have to take|have to use|have to pay|be able to take|be allowed to take|be able to keep|be able to carry|be able to roll|carry over|roll over|cash out)
i ({adv}|currently|presently|now|already|usually|normally|typically|at present|at the moment|right now)? (earn|make|get|receive|draw|charge|bill|take home|am on|'m on|am paid|'m paid|am earning|'m earning|am making|'m making|am drawing|'m drawing|am getting|'m getting|have|hold|enjoy|pull in|gross|net|clear)
({im}|i) ({adv}|currently|presently|now|already|at present|at the moment|right now)? (on|at|paid|earning|making|drawing|getting|receiving|charging|billing|grossing|clearing|netting|entitled to|eligible for|used to getting|used to receiving)
(offered|offers|offer|give|gives|giving|pay|pays|paying|send|owe|owes|award|grant|guarantee|promise|reimburse|compensate) (me|us)
(happy|willing|prepared|ready|able|glad|open|keen) to (accept|take|come down|go down|work for|start on|start at|go with|trade|consider|settle|forgo|give up|drop|lower|reduce|take a cut|move on|meet you)
(open|flexible) (on|about|regarding|with|around)
({id} be|{im}|i would be|{ill} be|i am) ({adv})? (open to|fine with|ok with|okay with|happy with|willing to accept|prepared to accept|content with|comfortable with|after|targeting|aiming for)
(it|that|this) (would|will|could|might) ({adv}|really|greatly|genuinely)? (help|make a difference|matter) (me|us)? ({adv}|a lot|greatly|enormously|hugely|so much)? (if|to know|to have|to get)
({id} be|{im}|i would be|{ill} be|i'd feel|i would feel) ({adv}|more|most|quite|very|perfectly)? (comfortable|happy|content|fine|okay|ok|satisfied|settled) (at|with|on|around|near)
(i|we) ({adv})? (hope|hoped|am hoping|'m hoping|are hoping|'re hoping|was hoping|were hoping|trust|would hope|'d hope|expect|expected)
({im}|i) hoping
(hopefully|ideally|preferably|realistically|at minimum|at a minimum)
({im}|{id} be|i was|i) ({adv})? (assuming|guessing|expecting|presuming|counting on|banking on|relying on)
i (assume|presume|take it|guess|imagine|suppose)
i ({adv})? (want|need|wanted|needed) to (make sure|be sure|ensure|check|confirm|know|understand|be clear)
({im}|{id} be|i was|i) ({adv})? (keen to understand|keen to know|keen to see|not sure|unsure|unclear|not clear|uncertain) (about|on|what|whether|if|how)?
(what|how much) ({adv})? ({id}|i|{ill}|we) (be)? (take home|earn|make|get|be paid|be getting|be earning|be making)
`;

/** The writer (or staff like them) would receive it: "would I get", "do staff get", "am I eligible for". */
const RECEIVE = `
(would|will|could|can|do|does|should|shall|might|did) ({receiver}) ({adv}|also|still|usually|typically|normally|then|automatically)? (get|receive|be|have|keep|qualify|earn|make|accrue|carry|take|lose|be eligible|be entitled|be able to take|be able to keep|be offered|be given|be provided with|be paid|get paid|be covered|be reimbursed|have access to|benefit from|enjoy|be enrolled|be enrolled in|join|participate in|be part of|start with|start on|begin with|build up|be issued|be allocated|be assigned)
(am|would|will|are|is) ({receiver}) ({adv})? (be)? (eligible|entitled|covered|insured|reimbursed|compensated|given|provided with|offered|issued|allocated)
(what|how much|how many|which|what kind of|what sort of) ({adv})? (would|will|could|might|do|does|can) ({receiver}) (get|receive|earn|make|be paid|be offered|be given|take home|have|be entitled to|be eligible for|be issued|be allocated)
({id}|{ill}|i would|i will|we'd|we would|i could|i can|i might|i may|i) ({adv}|also|then|still|automatically)? (get|receive|be given|be provided with|be issued|be allocated|be offered|be granted|be entitled to|be eligible for|qualify for|have access to|be enrolled in|be covered by|be covered under)
`;

/** The writer's pay in an earlier job: it makes an amount theirs ("I was paid ₦450,000"), not a phrase a request
 * ("I was given a bonus for the best safety record" is an achievement). */
const OWN_PAST = `
(i|we) (was|were|have been|'ve been|had been|{ive} been) ({adv}|previously|formerly|recently|last)? (paid|earning|making|getting|on|drawing|offered|given|charging|billing|receiving|promised|quoted|awarded|granted)
(gave|awarded|granted|paid|offered|promised|sent|owed|guaranteed|reimbursed) (me|us)
(i|we) ({adv}|previously|formerly|recently|last year|then)? (got|received|earned|made|took home|drew|charged|billed)
(my|the) (last|previous|former|old|current|present) (job|role|employer|company|position|contract|post) (paid|pays|gave|gives|offered|offers)
`;

/** The company provides it: "does the company provide", "would the role include", "do staff get". */
const PROVIDE = `
({provider}) ({adv}|usually|typically|normally|generally|currently|ever|always)? (provide|provides|providing|offer|offers|offering|give|gives|supply|supplies|include|includes|come with|comes with|organise|organize|organises|organizes|arrange|arranges|allow|allows|grant|grants|award|awards|guarantee|guarantees)
`;

/** Someone pays for it: "would you cover", "pay for my", "reimburse", "help with the cost of". */
const PAY_FOR = `
({provider}) ({adv}|usually|typically|normally|generally|currently|ever|always)? (cover|covers|pay for|pays for|pay|pays|reimburse|reimburses|fund|funds|sponsor|sponsors|subsidise|subsidize|subsidises|subsidizes|contribute to|contributes to|contribute towards|contributes towards|match|matches|help with|helps with|assist with|assists with|put towards|chip in|chip in for|top up|tops up|pick up|picks up)
(cover|covering|covered|pay for|paying for|paid for|reimburse|reimbursing|reimbursement of|reimbursement for|foot the bill for|meet|meeting|contribute to|contribution to|contribution towards|help with|help towards|assistance with|support with|support for|allowance for|budget for|stipend for|subsidy for|grant for) (the)? (cost|costs|price|expense|expenses|fees|fee|bill|bills|charges) (of|for)?
(cover|covering|pay for|paying for|reimburse|reimbursing|fund|funding|sponsor|sponsoring|subsidise|subsidize|subsidising|subsidizing) (my|our|the|a|any|some|part of)
(help|support|assistance|contribution|allowance) (with|towards|toward|for) (my|our|the)? (move|moving|relocation|relocating|housing|accommodation|visa|travel|commute|commuting|childcare|schooling|school|tuition|studies|training|courses|certification|exams|flights|rent|deposit)
`;

/** The writer opens a negotiation: "discuss the package", "flexibility on salary", "bump up the base". */
const NEGOTIATE_CUES = `
(a|another|some|further|quick|brief|short|separate|follow-up|proper|frank|open|honest) (conversation|discussion|chat|call|word|talk|meeting) (about|around|on|regarding|of|over|re)
(discuss|discussing|talk about|talking about|talk through|talking through|talk over|chat about|chatting about|chat through|go over|going over|revisit|revisiting|reconsider|reconsidering|negotiate|negotiating|negotiation on|negotiation of|negotiation around|negotiation about|renegotiate|renegotiating|agree on|agree|agreeing|agreement on|agreement about|come to an agreement on|reach an agreement on|align on|aligned on|alignment on|on the same page about|on the same page regarding|on the same page on|on the same page with|settle|settling|finalise|finalize|finalising|finalizing|pin down|iron out|sort out|work out|hammer out|look again at|take another look at|have another look at|review)
(flexibility|flexible|leeway|room|scope|wiggle room|movement|headroom|latitude|any give|some give) (there is|is there|there might be|you have|do you have|at all|left|available|possible)? (on|in|with|around|regarding|for|about|over|to increase|to improve|to raise|to adjust|to move|to go up|to revise|to revisit|to negotiate|to discuss)
(increase|increasing|increased|improve|improving|raise|raising|adjust|adjusting|bump up|bump|boost|boosting|top up|match|matching|beat|beating|better|stretch|revise|revising|enhance|enhancing|sweeten|sweetening|lift|lifting|upping|improvement in|increase in|increase to|uplift in|uplift to|bump in|bump to|move on|movement on|push|push on|go higher on|go up on|do better on|do more on|meet me on|meet me halfway on|reconsider) (the|my|your|that|this|a|an|their|its)?
(higher|better|bigger|larger|improved|revised|stronger|more competitive|competitive|fairer|increased|more generous|enhanced|sweeter|more attractive|richer)
(a|my)? (counter-proposal|counterproposal|counter proposal|counter-offer|counteroffer|counter offer) (on|for|regarding|about|to)?
(schedule|set up|arrange|book|have|find|make|get|grab|hop on|jump on) (a|some|the)? ({adv}|quick|short|brief)? (time|call|chat|moment|conversation|meeting|minute|minutes|slot|word) (to|about|on|regarding) (discuss|talk|go over|talk about|talk through|cover|chat about|the|my|your)?
`;

/** The job's duties, the writer's work and achievements: the phrase is what they work on, not what they get. */
const DUTY_ANY = `
(module on|modules on|course on|courses on|training on|qualification in|qualification on|certificate on|exam on|unit on|class on|workshop on|seminar on|webinar on|processing|processed|administering|administered|administration of|handling|handled|preparing|prepared|calculating|calculated|running|ran|tracking|tracked|auditing|audited|issuing|issued|answering|answered|designing|designed|building|built|coordinating|coordinated|reconciling|reconciled|monitoring|monitored|modelling|modeling|modelled|modeled|valuing|valued|analysing|analyzing|analysed|analyzed|implementing|implemented|migrating|migrated|setting up|maintaining|maintained|configuring|configured|overseeing|oversaw|overseen|supervising|supervised|cutting|reducing|reduced|lowering|lowered|selling|sold|pricing|priced|benchmarking|benchmarked|enrolling|renewing|renewed|chasing|chased|recovered|collecting|collected|automating|automated|approving|approved|checking|checked|reviewing|reviewed|managing|managed|owning|owned|leading|supporting|supported|helping|helped|assisting|assisted|advising|advised|educating|educated|launching|launched|shipping|shipped|rebuilding|rebuilt|redesigning|redesigned|streamlining|streamlined|overhauling|overhauled|optimising|optimizing|optimised|optimized|simplifying|simplified|digitising|digitizing|digitised|digitized|allocating|allocated|budgeting|budgeted|forecasting|forecasted|estimating|estimated|costing|costed|drafting|drafted|writing|wrote|fielding|fielded|reporting on|reported on|working on|worked on|working with|worked with|dealt with|dealing with|looking after|looked after|taking care of|took care of|negotiating rates|negotiated rates|in charge of|responsible for|accountable for|point of contact for|tasked with|involved in|experience with|experience in|experience of|experienced in|experience administering|experience running|experience managing|familiar with|certified in|certification in|certificate in|knowledge of|background in|expertise in|exposure to|specialising in|specializing in|specialised in|specialized in|trained in|studied|study of|taught|teaching|coaching|volunteered|volunteering|applying for|enrolment in|enrollment in|consulting on|consulted on|advised on|advising on|focus on|focused on|focusing on|built up|rolled out|rolling out|introduced|introducing|standardised|standardized|standardising|standardizing|centralised|centralized|centralising|centralizing|outsourced|outsourcing|computing|computed|disbursing|disbursed|paying out|paid out|logging|logged|recording|recorded|filing|filed|entering|entered|updating|updated|inputting|keying|verifying|verified|validating|validated|approving|signing off|signed off|structuring|structured|designing|set|setting|deliver|delivering|delivered|reviewing|presented|presenting|explaining to|communicating|communicated)
`;

/** The writer's habit at work ("I negotiate commission rates with suppliers") is a duty, not a negotiation. */
const DUTY_HABIT = `
(i|we) ({adv}|currently|regularly|often|usually|routinely|also|already|daily)? (negotiate|negotiated|manage|handle|process|run|administer|calculate|prepare|review|approve|track|audit|issue|design|build|sell|price|advise on|look after|oversee|supervise|coordinate|reconcile|monitor|report on)
`;

/** Duty verbs in their base form count only with the writer as the worker: "I'd process", "to manage", "I can build". */
const DUTY_BASE = `
({id}|{ill}|i|i can|i could|i'd be able to|i'd love to|i would love to|i'd like to|i would like to|{im} keen to|{im} excited to|{im} eager to|i'd be glad to|i'd be happy to|i hope to|i want to|i'd enjoy the chance to|love to|like to|keen to|excited to|eager to|glad to|happy to|proud to|ready to|able to help|help to|helps to|helped to) ({adv})? (process|administer|handle|prepare|calculate|run|track|audit|issue|answer|design|build|coordinate|reconcile|monitor|model|value|analyse|analyze|implement|migrate|set up|maintain|configure|oversee|supervise|cut|reduce|lower|sell|price|benchmark|enrol|enroll|renew|chase|recover|collect|automate|approve|check|review|manage|own|lead|support|help|assist|advise|explain|teach|train|launch|ship|rebuild|redesign|streamline|overhaul|optimise|optimize|simplify|digitise|digitize|allocate|budget|forecast|estimate|cost|draft|write|report on|work on|work with|deal with|look after|take care of|take on|take over|contribute to|bring|grow|improve|fix|modernise|modernize|clean up|sort out|tidy up|audit|verify|validate|book|log|record|file|update|input|compute|disburse|pay out|post|structure|plan|organise|organize|deliver|present|communicate|volunteer|apply for)
`;

/** After the phrase: the writer wants it changed, or says it is part of what they get. */
const AFTER_NEGOTIATE = `
(could|can|would|might|will)? (be)? ({adv})? (increased|improved|adjusted|raised|revised|revisited|reconsidered|negotiated|renegotiated|matched|stretched|bumped up|bumped|topped up|sweetened|enhanced|boosted|lifted|upped|reviewed upwards|looked at again)
(is|are|would be|be|might be)? ({adv})? (negotiable|flexible|open to discussion|up for discussion|open for discussion|open to negotiation|up for negotiation|fixed or|fixed, or|set in stone|final)
(is|are|would be|be)? (the|a)? (maximum|max|ceiling|cap|upper limit|top of the range|top of the band|hard limit|final figure)
(can|could|might|would)? (go|come|move|be pushed|be moved) (up|higher)
(can|could|might|would)? stretch
(would|could|might|will|can)? (reflect|recognise|recognize|account for|take into account|match|mirror) (my|the|our) (experience|skills|seniority|qualifications|level|background|expertise|market value|worth|certifications|track record)
(that|which|that would|which would)? (works|work) for (both|us|me)
`;

const AFTER_OWN = `
({provider}) ({adv})? (would|will|could|might|does|do|usually|typically|normally)? (carry|carries|include|includes|come with|comes with|offer|offers|give|gives|provide|provides|grant|grants|award|awards)
(do|does|would|will|could|can|did) ({provider}) ({adv}|usually|typically|normally|generally|currently)? (provide|offer|give|cover|include|contribute|pay|provide for|offer to|give to|grant|award)
(do|does|would|will|could|can) ({receiver}) ({adv}|usually|typically|normally|generally|currently)? (get|receive|be given|be granted|be offered|earn|accrue|have|qualify for)
(in|as part of|within|on top of) the (package|offer|deal|compensation)
(is|are|would be|will be|was) ({adv})? (part of|included in|in|covered by|built into) the (deal|package|offer|compensation|contract|role)
(is|are|would be|will be) ({adv}|very|quite|pretty|fairly|rather|extremely|hugely|incredibly|particularly)? (important|key|essential|crucial|vital|a priority|a big factor|a deciding factor|a factor|non-negotiable|a dealbreaker|a deal-breaker|a must|decisive|significant|a concern|a big deal|critical) (to|for) (me|us|my family|my decision)
(matters|matter) ({adv}|a lot|a great deal|most|quite a bit)? to (me|us)
(would|will|could|might|do|does) (i|we) (get|receive|have|be|earn|make|keep|qualify)
(work|works|worked|would work|doesn't work|does not work|won't work|wouldn't work|will work|really work) ({adv})? for (me|us|my family)
(acceptable|enough|fine|okay|ok|sufficient|realistic|workable|doable|affordable) (for|to) (me|us|my family)
(comes|come|would come|will come|came|goes|go) with (the|this|a) ... (job|role|position|post|offer|contract|package)
(so|and)? (i|i thought {id}|i figured {id}|{id}|i would|i wanted to|i'd like to|i want to|i just wanted to) ({adv})? (ask|check|enquire|inquire|clarify|confirm|raise it|flag it|mention it|bring it up)
if (i|you) (may|might|don't mind|do not mind) (ask|me asking|my asking)
(i|we) ({adv})? (mentioned|gave|quoted|stated|shared|named|proposed|suggested|asked for|requested|have in mind|had in mind|get now|currently get|currently earn|earn now|make now|am on now|discussed|talked about|put on the form|put down|wrote down|listed)
(that|which)? ({provider}) (would|will|could|might|can)? (offer|give|pay|provide|cover) (me|us)
`;

export const CUES = {
  ask: fast(phrases(ASK, CUE_MACROS)),
  own: fast(phrases(OWN, CUE_MACROS)),
  ownPast: fast(phrases(OWN_PAST, CUE_MACROS)),
  receive: fast(phrases(RECEIVE, CUE_MACROS)),
  provide: fast(phrases(PROVIDE, CUE_MACROS)),
  payFor: fast(phrases(PAY_FOR, CUE_MACROS)),
  negotiate: fast(phrases(NEGOTIATE_CUES, CUE_MACROS)),
  duty: fast(new RegExp(`${phrases(DUTY_HABIT, CUE_MACROS).source}|${phrases(DUTY_ANY, CUE_MACROS).source}|${phrases(DUTY_BASE, CUE_MACROS).source}`, 'giu')),
};
/** After a perk: it would be paid for, or provided. */
const AFTER_PAID = `
(is|are|be|would be|will be|get|gets|being|also)? ({adv})? (reimbursed|paid for|paid|covered|compensated|subsidised|subsidized|funded|expensed|claimable|refunded|paid back|taken care of|on the company|at the company's expense)
`;
const AFTER_PROVIDED = `
(is|are|be|would be|will be|get|gets|being)? ({adv})? (provided|included|free|supplied|offered|available|part of the package|given|granted|awarded|issued|allocated|matched)
(would|will|does|do)? ({adv})? (start|starts|begin|begins|kick in|kicks in|take effect|takes effect|activate|activates|apply|applies) (from|on|after|during|at|for|straight away|immediately|right away|once|when)
`;

export const AFTER = {
  negotiate: fast(phrases(AFTER_NEGOTIATE, CUE_MACROS)),
  own: fast(phrases(AFTER_OWN, CUE_MACROS)),
  paid: fast(phrases(AFTER_PAID, CUE_MACROS)),
  provided: fast(phrases(AFTER_PROVIDED, CUE_MACROS)),
};

// ---------------------------------------------------------------------------------------------------------------
// Vetoes: the phrase is the company's business, a team, a process, someone else's leave, or another sense of the word.

/** Nouns right after a pay phrase that make it a product, a team or a process: "the salary benchmarking tool". */
const PRODUCT_NOUNS = `
software
accounts
account
clients
sector
sectors
industry
vertical
verticals
deductions
deduction
processing
queries
cases
caseload
compliance
legislation
law
regulations
module
course
tool
tools
tooling
platform
platforms
product
products
app
apps
application
engine
engines
module
modules
feature
features
functionality
system
systems
solution
solutions
service
services
portal
portals
dashboard
dashboards
calculator
calculators
integration
integrations
api
marketplace
startup
startups
vendor
vendors
provider
providers
company
companies
firm
firms
practice
agency
agencies
consultancy
consulting
consultant
consultants
broker
brokers
brokerage
carrier
carriers
administrator
administrators
administration
admin
team
teams
department
departments
committee
committees
analyst
analysts
specialist
specialists
coordinator
coordinators
officer
officers
function
survey
surveys
data
dataset
datasets
report
reports
reporting
paperwork
letters
statements
calculations
calculation
accruals
accrual rules
audit
audits
auditing
liabilities
logistics
enrolment
enrollment
renewal
renewals
cut-off
cutoff
season
webinar
webinars
workshop
workshops
coaching
claims
claim
rollover
rollovers
valuation
valuations
research
benchmarking
benchmarks
transparency
law
laws
legislation
reform
reforms
regulation
regulations
compliance
market
markets
industry
sector
fund
funds
management
processing
workflow
workflows
requests
request
balances
calendar
rota
tracker
tracking
records
forms
page
pages
screen
website
clinic
clinics
chain
rental
rentals
subsidy
subsidies
campaign
campaigns
model
models
modelling
rules
review
reviews
consultation
rollout
roll-out
effects
effect
engine
pipeline
project
projects
problem
problems
challenge
challenges
question
questions
queries
cycle
run
runs
cover plan
coverage plan
plan comparison
comparison
options for
education
expert
experts
advisers
advisors
adviser
advisor
lawyer
lawyers
attorney
attorneys
actuaries
actuary
scheme for (clients|customers|passengers|members|users|patients)
`;

/** Whose it is when not the writer's: a business party near the phrase ("your members' health insurance"). */
const PARTIES = `
customers
customer
clients
client
members
member
patients
patient
users
user
shoppers
subscribers
passengers
policyholders
borrowers
tenants
residents
citizens
farmers
sellers
creators
artisans
suppliers
vendors
donors
investors
learners
students
student
pupils
families
drivers
gig workers
job seekers
jobseekers
employers
diplomats
dealers
visitors
attendees
delegates
distributors
franchisees
resellers
landlords
homeowners
owners
policy holders
account holders
cardholders

agents
reps
brokers
buyers
guests
travellers
travelers
merchants
retailers
partners
participants
beneficiaries
pensioners
retirees
seniors
veterans
communities
businesses
smes
msmes
schools
hospitals
councils
governments
nonprofits
charities
`;

/** Other senses of pay words, vetoing any pay phrase they overlap. */
const OTHER_SENSES = `
benefit of
benefits of
benefit from
benefits from
benefits (to|for) (the|your|our|their)? (business|company|customers|clients|patients|users|members|community|environment|team)
(the|a) benefit (to|for)
(to|for) the benefit
added benefit
(an|the) added bonus
as a bonus
(a|an) (nice|real|great|big|huge|welcome|extra|unexpected) bonus
bonus (points|point|round|rounds|feature|features|track|level|levels|content|question|questions|material|episode|stage|tip|tips|game|offer for customers)
(diversity|diversity,|health|racial|gender|social|educational|digital|brand|pay|economic|housing|climate|income) equity
equity (and|&) inclusion
equity, (diversity|inclusion)
equity in
equity (research|analyst|analysts|markets|market|fund|funds|capital|investor|investors|investment|investments|valuation|valuations|financing|firm|firms|partners|deal|deals|round|raise|crowdfunding|release|loan|loans|waterfall)
(private|home|brand|negative|shareholder|shareholders|public) equity
stock (levels|level|take|photo|photos|footage|market|markets|room|control|check|checks|count|counts|management|reconciliation|answer|answers|phrase|phrases|exchange|price|prices|ticker|rotation|list|lists|images|image|library|ordering|losses|write-offs|movements|availability)
(in|out of|low on|new) stock
market (share|shares)
share price
compensation (scheme|schemes|claim|claims|payment|payments|fund) (for|to) (delayed|cancelled|passengers|customers|victims|travellers|travelers|injured|affected)
(workers|workers'|worker's|victim|victims) compensation
compensation for (delays|delayed|damage|injury|loss|victims|passengers)
pay (close|careful|special|more|extra|little)? (attention|heed)
pay (a|an) (visit|call|compliment|tribute)
pay (tribute|respects|homage|dividends|it forward|off|back)
pays off
it pays to
pay (contractors|suppliers|vendors|invoices|bills|taxes|rent|fees|creators|artisans|farmers|workers|staff|employees|sellers|drivers|agents|on time|upfront|per seat|per user|per month for|by card|online)
relocation of (the|your|our|their|its|a) (warehouse|office|offices|team|plant|company|factory|headquarters|hq|operations|store|lab|depot|site|business|department|school|clinic|hospital)
perks of
(tax|sales|customer|loyalty|purchase) incentive
(tax|sales|customer|loyalty|purchase) incentives
value for money
(save|saves|saved|saving|cost|costs|costing|raise|raised|raising|make|makes|made|making|lose|loses|lost|losing) (them|customers|clients|you|people|users|the company|the business|the client|a lot of|lots of|more)? money
money (laundering|transfer|transfers|management|market|markets)
time and money
(her|his|their|its) (vacation|holiday|holidays|leave|annual leave|parental leave|maternity leave|paternity leave|sabbatical|time off|pto|sick leave|salary|pay|pension|bonus|compensation)
your (vacation|holiday|holidays|break|time off|trip|sabbatical)
(employees'|staff's|workers'|colleagues'|colleague's|team's) (questions|queries|leave|pension|benefits)
(heart|success|exchange|interest|conversion|churn|error|growth|response|retention|click-through|hit|failure|mortality|birth|tax|occupancy|utilisation|utilization|vacancy|crime|completion|approval|pass|dropout) rates?
(welcome|onboarding|care|gift|starter|information|info|website|software|service|support|wellness|holiday|travel|fixed-price|subscription|treatment) package
(welcome|onboarding|care|gift|starter|information|info|website|software|service|support|wellness|holiday|travel|fixed-price|subscription|treatment) packages
minimum wage (effects|policy|laws|law|research|debate|increase|increases|rise|rises)
living wage (campaign|employer|foundation|accreditation)
(fair|equal) pay (campaign|campaigns|act|legislation|for (care|women|workers|nurses|teachers))
wage (theft|growth|gap|gaps|inflation|subsidy|subsidies|data|bill|policy|policies|floors|councils)
pay (gap|gaps|transparency|equity|equality|audit|audits|data|reporting|parity) (report|reporting|reports|work|project|law|laws|legislation|analysis|review)?
pension (reform|reforms|fund|funds|liabilities|administrator|administrators|administration|trustees|regulator|policy)
earned wages
off to a
off the ground
(took|had|used|spent|booked|taken|using|spending) (a|an|the|my|two|three|four|five|half|some|several|extra|unpaid|annual|paid)? (day|days|week|weeks|morning|afternoon|time|leave|holiday|vacation|pto|annual leave) (off)?
(make|makes|made|making|earn|earns|earned|earning|bring in|brings in|brought in|generate|generates|generated) (in|from) (revenue|sales|profit|profits|fees|interest|ads|advertising|subscriptions|commissions)
how much (revenue|money|profit|profits|income) (does|did|do|will|would|is|are)
`;

/** The interview's own logistics: lunch on the assessment day, travel to the interview. */
export const LOGISTICS = /\b(?:interviews?|assessment(?:\s+(?:day|centre|center))?|(?:trial|open|induction)\s+day|site\s+visit|(?:second|next|final|first)\s+(?:round|stage|interview)|panel|presentation|test\s+day|technical\s+test|on\s+the\s+day|that\s+day|(?:coding|written|take-home|skills|aptitude|practical|trade|psychometric)\s+(?:test|exercise|task|assessment|challenge)|the\s+visit|my\s+visit|candidates?)\b/i;

/** Someone being away: "Priya is on vacation", "back from parental leave". Status, not a benefit. */
const STATUS = `
(is|are|was|were|be|been|being|'s|'re|'m|am|will be|'ll be|i'll be|i will be|i'm|i am) (currently|still|away|out|off|now|already)? (on|off on|away on) (a|an|the|her|his|their|my|your)? (vacation|holiday|holidays|leave|annual leave|parental leave|maternity leave|paternity leave|sick leave|sabbatical|pto|medical leave|study leave|break)
(back|return|returns|returned|returning|coming back) from (a|an|the|her|his|their|my|your)? (vacation|holiday|holidays|leave|annual leave|parental leave|maternity leave|paternity leave|sick leave|sabbatical|break)
(while|whilst|when) (i|you|she|he|they|we) (was|were|am|are|'m|'re|is|'s)? (away|off)? on (vacation|holiday|leave|annual leave|sabbatical)
(enjoy|enjoyed|enjoying|enjoys) (the|your|her|his|their|a)? (well-deserved|well deserved|restful|relaxing)? (vacation|holiday|holidays|time off|break|leave|sabbatical)
(office|offices|team|school|plant|site|company|business|we|everyone) (is|are|will be|'ll be)? (closed|shut|off|away|out) (for|over) (the)? (holidays|holiday|vacation|christmas|summer)
`;

export const PRODUCT_AFTER = fast(new RegExp(String.raw`^\s*(?:-(?!wise\b|related\b|wide\b)\s*[\p{L}]|(?:(?!(?:does|do|did|is|are|was|were|the|a|an|for|of|in|to|would|will|and|or|with|at|on|from|by|that|this|my|your|their|our|i|we|you|they|be|been|get|gets|include|includes|come|comes|like|look|looks|work|works|start|starts|kick|vest|vests|apply|applies|cover|covers|stay|stays|pay|pays|per|as|if|when|after|before|so|because)\b)[\p{L}'’-]+\s+){0,2}(?:${phrases(PRODUCT_NOUNS).source})(?![\p{L}]))`, 'iu'));
export const PARTY = fast(phrases(PARTIES));
export const OTHER = fast(phrases(OTHER_SENSES));
export const STATUS_PHRASES = fast(phrases(STATUS));

// ---------------------------------------------------------------------------------------------------------------
// Figures: an amount that may be the writer's own pay.

const CURRENCY_WORDS = `
usd
us$
aud
a$
cad
c$
nzd
sgd
hkd
aed
sar
qar
kwd
omr
bhd
chf
eur
gbp
inr
rs
rs.
pkr
lkr
npr
bdt
brl
mxn
rmb
cny
jpy
krw
ngn
kes
ghs
zar
php
myr
idr
thb
vnd
egp
try
pln
sek
nok
dkk
czk
huf
dollars
bucks
pounds
quid
euros
rupees
naira
pesos
dirhams
riyals
rand
shillings
cedis
yuan
francs
ringgit
rm
baht
lakh
lakhs
lac
lacs
crore
crores
`;

const SYMBOL_AFTER = String.raw`\s?[$£€₹₦¥]`;
const NUM = String.raw`\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
const SCALE = String.raw`\s?(?:k|K|m|mn|million|thousand|grand|lakhs?|lacs?|lpa|LPA|crores?|cr)(?![\p{L}])`;
const SYMBOL = String.raw`(?:[$£€₹₦¥₱₩₺₽]|R(?=\d)|(?:${phrases(CURRENCY_WORDS).source})\s?)`;
const RANGE_TAIL = String.raw`(?:\s?(?:-|–|—|to|and)\s?${SYMBOL}?(?:${NUM})(?:${SCALE})?)?`;
/** Time units that make an amount a rate of pay: "70 an hour", "£550 a day", "18 LPA". */
export const PER = String.raw`(?:\s?(?:\/|per\s|an?\s|each\s)\s?(?:hour|hr|h|day|week|wk|month|mo|year|yr|annum|shift)\b|\s(?:p\.?a\.?|pa|per annum|annually|monthly|yearly|weekly|daily|hourly|a year|a month|a day|an hour|per hour|per day|per month|per year|gross|net|fixed|base|total comp|total|ctc|CTC|lpa|LPA)(?![\p{L}])(?!\s+(?:staff|workers|employees|people|users|customers|visitors|shifts|hours|contractors|nurses|drivers|crew|members|patients|students|orders|calls|tickets|sessions|meetings|basis|jobs|roles|positions|site|sites|rate|rates)\b))`;

/** "$128,000", "€60k", "AED 28,000", "72,000 CHF", "18 LPA", "9.2 lakhs", "60 thousand", "six figures", "$65/hr". */
export const FIGURE = fast(new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])${SYMBOL}(?:${NUM})(?:${SCALE})?${RANGE_TAIL}(?:${PER})?`,
    String.raw`(?<![\p{L}\p{N}$£€₹])(?:${NUM})(?:${SCALE})?${RANGE_TAIL}\s?(?:${phrases(CURRENCY_WORDS).source})(?:${PER})?`,
    String.raw`(?<![\p{L}\p{N}$£€₹.,])(?:(?:${NUM})\s?(?:-|–|—|to)\s?)?(?:${NUM})${SCALE}${RANGE_TAIL}(?:${PER})?`,
    String.raw`(?<![\p{L}\p{N}$£€₹.,])(?:${NUM})${PER}`,
    String.raw`(?<![\p{L}\p{N}$£€₹.,])(?:${NUM})(?:${SCALE})?${SYMBOL_AFTER}(?:${PER})?`,
    String.raw`\b(?:(?:low|mid|high|solid|comfortable)[- ])?(?:five|six|seven)[- ]figures?\b`,
    String.raw`(?<![\p{L}\p{N}$£€₹.,])(?:the\s+)?\d{2,3}k?\s+(?:mark|region|ballpark)\b`,
  ].join('|'),
  'giu',
));

/** A bare number right after a pay word: "the base would be around 115", "my floor is 150", "CTC of 14". */
export const BARE_AFTER_PAY = /^\s*(?:(?:is|was|of|at|be|would be|will be|around|about|roughly|approximately|close to|near|nearer|in the|somewhere|something like|between|from|like|\(|:)\s*){0,4}(\d{2,3}(?:[.,]\d+)?(?:\s?(?:-|–|to|and)\s?\d{2,3}(?:[.,]\d+)?)?)(?![\d%])/iu;

/** Words around an amount that make it business, not pay: "a $4M budget", "saved $40k", "in sales". */
const FIGURE_BUSINESS = `
budget
budgets
revenue
revenues
sales
turnover
profit
profits
margin
margins
worth
valued
valuation
cost
costs
spend
spent
spending
saved
saving
savings
save
raised
raise
raising
funding
funded
round
series
fundraising
donations
grant
grants
price
priced
prices
pricing
fee
fees
fine
fines
loan
loans
deal
deals
tender
project
projects
portfolio
p&l
claims
receivables
invoices
taxes
tax
accounts
business
orders
transactions
payments
spend
capex
opex
overruns
under budget
over budget
fit-out
programme
program
campaign
quota
pipeline
bookings
arr
mrr
gmv
aum
assets
properties
deposit
bill
bills
cash
petty cash
cut
cutting
reduced
reduce
reducing
grew
grow
growing
increased
recovered
generated
brought in
closed
sold
managed
managing
processed
processing
handled
handling
delivered
approved
supervised
collected
administered
oversaw
trimmed
lowered
grown
followers
subscribers
views
downloads
users
members
audience
steps
miles
people
staff
employees
students
patients
customers
clients
visitors
households
units
homes
sq
square
tonnes
tons
km
kg
acres
hectares
litres
liters
turns over
turned over
turn over
generates
spends
bills
`;
export const FIGURE_CONTEXT_BUSINESS = fast(phrases(FIGURE_BUSINESS));

/** Words near an amount that make it the writer's pay even without a cue. */
const FIGURE_PAY = `
salary
pay
paid
wage
wages
rate
base
package
ctc
comp
compensation
remuneration
stipend
earn
earning
earnings
income
gross
net
floor
bottom line
expectation
expectations
expected
number
ask
offer
offered
bonus
equity
raise
hike
increment
take-home
take home
per annum
lpa
`;
export const FIGURE_CONTEXT_PAY = fast(phrases(FIGURE_PAY));

/** Words that start a question: the first one at the start of a clause opens the question's scope. */
export const QUESTION_ONSET = /(?:^|[,;:—–(]\s*|\s-\s+|\b(?:and|but|so|or|also|plus|then|btw|ps|p\.s\.)\s+)(?:(?:and|but|so|also|just|quickly|btw|then|now|finally|lastly|oh)\s+)?(?:is|are|was|were|do|does|did|will|would|could|can|may|might|shall|should|have|has|what|what's|whats|how|how's|which|when|where|who|whom|whose|why|any chance|is there|are there)\b/giu;

/** Cues that make an amount a demand: "anything under 90k", "at least £42,000", "go below 60 thousand". */
const FIGURE_CUES = `
(anything|nothing|something|a figure|an offer|a number) (under|below|less than|short of|lower than|above|over|north of|around|near|close to|in the region of|in the range of)
(at least|a minimum of|minimum of|no less than|not less than|north of|upwards of|not below|no lower than)
(go|come|drop|settle) (below|under|down to|lower than|for)
(come|go) down to
(the)? (lowest|least|minimum|bare minimum|floor) (i|we) (could|can|would|will|might)? (go|accept|take|do|consider|settle for|work for) (is|would be|will be)?
(closer|close) to
(somewhere|something) (between|around|in the region of|in the range of)
`;
export const FIGURE_CUE = fast(phrases(FIGURE_CUES));

/** Negotiation phrases that are the act itself ("talk numbers", "a higher figure"): no other cue needed. */
export const SELF_GOVERNING = /^(?:talk\s|(?:a|the)\s+(?:higher|better|bigger|fairer|more competitive|improved|revised|stronger)\s|(?:a|the)\s+(?:number|figure)\s+(?:that\s+)?(?:works|would work|suits)|(?:the|any)\s+money side)/i;

/** A short question that points back to the sentence before: "Would that be possible?" */
export const REFERRING_QUESTION = /^(?:would|could|is|does|do|can|will|might)\b[^.!]*\b(?:that|this|it|something similar|the same)\b[^.!]*\?$/i;

/** People who own their own leave and pay ("my colleague's parental leave"), not the company. */
export const PEOPLE = /^(?:colleague|colleagues|manager|boss|wife|husband|partner|friend|friends|mother|father|mum|mom|dad|sister|brother|son|daughter|predecessor|cousin|team-mate|teammate|neighbour|neighbor|doctor|nurse|teacher|mentor|recruiter|interviewer|ceo|founder|director|coworker|co-worker|coworkers|co-workers|employee|employees|staff|workers|he|she|they|someone|everyone|anyone|people)$/i;

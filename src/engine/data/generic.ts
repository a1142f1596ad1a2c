// What a template leaves behind, as data: the words a template's slots are made of, the instructions it gives its user,
// impersonal salutations, and the phrases around a company the writer wants to join. One entry a line; the logic that
// reads them is in text/genericSlots.ts, text/genericCompany.ts and rules/generic.ts.
import { entries, phrases } from '../text/phrases';

const wordSet = (list: string): ReadonlySet<string> => new Set(entries(list).map((w) => w.toLowerCase()));

/**
 * Nouns that name a field of a form rather than a thing: "[Company Name]", "(phone number)", "Job Title". A slot whose
 * words end in one of these asks for a value.
 */
export const FIELD_WORDS = wordSet(`
name
names
surname
initials
title
number
address
e-mail
email
url
link
date
signature
handle
firstname
lastname
fullname
yourname
companyname
jobtitle
zip
postcode
state
province
info
information
`);

/** Kinds of thing a template asks its user to name: "(company)", "<department>", "[initiative]", "Previous Company". */
export const CATEGORY_WORDS = wordSet(`
company
companies
organisation
organization
org
employer
firm
business
institution
agency
school
university
college
hospital
brand
client
position
role
job
post
vacancy
opening
department
dept
team
division
field
industry
sector
area
specialty
speciality
discipline
skill
skills
strength
strengths
quality
qualities
achievement
achievements
accomplishment
accomplishments
project
projects
product
service
feature
program
programme
initiative
goal
goals
value
values
mission
challenge
problem
issue
topic
subject
point
detail
details
example
examples
process
tool
tools
technology
software
platform
event
launch
interviewer
interviewers
recruiter
manager
referrer
reference
contact
person
colleague
member
members
panel
candidate
receptionist
city
location
region
market
country
office
site
day
month
year
time
amount
figure
percentage
metric
degree
course
certification
qualification
hobby
reason
question
document
attachment
portfolio
website
profile
result
news
phone
mobile
fax
sentence
paragraph
compliment
something
thing
plan
plans
experience
expertise
background
interest
interests
passion
responsibility
responsibilities
duty
duties
task
tasks
requirement
requirements
need
needs
opportunity
aspect
conversation
discussion
comment
remark
story
anecdote
insight
idea
ideas
fact
trend
approach
method
system
solution
strategy
certificate
licence
license
award
level
type
kind
language
framework
customer
partner
vendor
competitor
coworker
co-worker
supervisor
director
founder
owner
head
town
neighbourhood
neighborhood
state
occasion
moment
observation
initiatives
activity
activities
hobbies
contribution
impact
benefit
lesson
takeaway
week
description
summary
overview
paragraph
sentences
line
lines
recipient
sender
applicant
employee
student
store
restaurant
shop
practice
supervisor
representative
coordinator
lead
corporation
corp
inc
ltd
llc
enterprises
industries
group
talking
qualifications
degree
major
minor
study
studies
expertise
`);

/**
 * What a template asks about its user after "your": "(your field)", "(your strengths)". After "your", anything else
 * is the reader's own ("(your idea)", "(your team)"), which a writer clarifies in passing.
 */
export const CANDIDATE_ATTRIBUTES = wordSet(`
field
skill
skills
strength
strengths
experience
expertise
background
degree
qualification
qualifications
certification
certifications
accomplishment
accomplishments
achievement
achievements
specialty
speciality
industry
area
discipline
major
hobby
hobbies
interest
interests
university
school
college
city
location
employer
portfolio
linkedin
website
profile
signature
contact
title
role
position
passion
value
values
goal
goals
reason
example
`);

/** Words that may stand beside the field words of a slot without making it a real value. */
export const SLOT_MODIFIERS = wordSet(`
your
their
his
her
his/her
the
a
an
this
that
of
for
or
and
to
in
at
with
from
about
company's
interviewer's
interviewers'
recruiter's
manager's
person's
hiring
first
last
full
given
family
middle
second
third
other
previous
prior
former
past
current
specific
specifically
particular
new
recent
relevant
key
main
insert
here
optional
job
mobile
contact
personal
preferred
target
desired
discussed
mentioned
interview
linkedin
github
mr
mrs
ms
miss
mx
dr
prof
important
interesting
unique
notable
upcoming
favorite
favourite
big
biggest
top
most
one
two
three
any
some
certain
additional
similar
related
own
exact
correct
appropriate
actual
real
official
short
brief
quick
general
professional
technical
transferable
team
area
work
learned
learnt
noticed
enjoyed
liked
recommended
described
e.g
i.e
etc
or
s
something
one
start
end
requested
applied
closing
opening
study
week
dates
times
few
couple
x
y
z
applying
targeted
chosen
acme
hr
ceo
vp
it
team/department
`);

/**
 * Words that open a field name and make the whole of it a description: "Your Name", "Insert Job Title Here",
 * "Previous Company", "Specific Topic Discussed".
 */
export const DESCRIBERS = wordSet(`
your
their
insert
enter
specific
previous
prior
former
current
other
`);

/** What a template numbers: "Skill 1 and Skill 2", "(interviewer 2)"; never "Year 6", "Band 5" or "Tier 2", which are real. */
export const NUMBERED_SLOTS = wordSet(`
skill
strength
achievement
accomplishment
example
reason
quality
point
goal
value
project
interviewer
question
topic
detail
responsibility
reference
referee
`);

/** Heads a template leaves vague for its user to make concrete: "(one thing that stood out)". */
export const VAGUE_HEADS = wordSet(`
something
anything
thing
moment
detail
example
point
aspect
topic
fact
story
anecdote
quality
reason
highlight
insight
skill
strength
achievement
accomplishment
`);

/** The job itself, which a template names with "the": "(the position you applied for)". */
export const JOB_SLOTS = wordSet(`
position
role
job
company
organisation
organization
title
team
department
post
vacancy
opening
`);

/** The interviewer's own things after "their": "(their company)", "(their current project)". */
export const THEIR_WORK = wordSet(`
project
projects
product
challenge
challenges
goal
goals
mission
values
plans
`);

/** After a field name, words that show the form itself is meant: "the Company Name field", "the Date column". */
export const FORM_WORDS = wordSet(`
field
fields
box
boxes
column
columns
label
labels
section
tab
tag
tags
variable
variables
placeholder
placeholders
entry
entries
line
`);

/** Capitalized words that open a sentence or a greeting, never part of a field's name ("Dear Name" is "Name"). */
export const NOT_IN_A_FIELD_NAME = wordSet(`
dear
hi
hello
hey
to
thank
thanks
you
regards
best
kind
warm
sincerely
yours
cheers
mr
mrs
ms
mx
miss
dr
prof
the
a
an
my
our
i
we
it
this
that
and
or
of
for
with
at
on
in
from
by
please
hope
good
morning
afternoon
evening
again
also
so
but
if
as
once
many
`);

/**
 * Verbs that open an instruction to the template's user: "[Add one sentence here about ...]", "(mention one thing you
 * discussed)". Never "see", "e.g." or "PDF": those annotate the writer's own text.
 */
export const INSTRUCTION_VERBS = wordSet(`
insert
add
enter
mention
describe
include
write
state
explain
reference
list
give
say
reiterate
restate
highlight
share
summarise
summarize
remind
personalise
personalize
customise
customize
tailor
fill
replace
change
thank
close
end
finish
conclude
express
briefly
optional
note
tip
example
paragraph
sentence
closing
opening
discuss
talk
point
emphasize
emphasise
recall
refer
cite
speak
touch
elaborate
reaffirm
show
demonstrate
provide
offer
specify
outline
use
put
type
pick
choose
select
connect
relate
tie
name
expand
recap
follow
ask
answer
address
acknowledge
clarify
convey
indicate
identify
attach
paste
sign
introduce
compliment
congratulate
praise
reflect
showcase
suggest
tell
repeat
bring
reinforce
remember
do
don't
delete
remove
`);

/**
 * What a template says the user saw or heard: "(topic they recommended)", "[question they asked]", "<<something you
 * noticed>>". Matched at the end of a slot, after a noun.
 */
export const HEARD_IN_INTERVIEW = phrases(`
(that|which)? (you|they|he|she|we|i|the interviewer|the hiring manager|your interviewer) (mentioned|discussed|described|recommended|noticed|observed|talked about|spoke about|showed|showed you|asked|asked about|said|shared|brought up|covered|learned|learnt|enjoyed|liked|told you|told you about|are proud of|want to mention|want to highlight) ((during|in|at|from|on) (the|your|our) (interview|call|meeting|conversation|visit|chat|tour|panel))?
(during|in|from|at) (the|your|our) (interview|call|meeting|conversation|visit|chat|tour)
`);

/** Bracketed text that is not a slot: editorial marks, citations, mail tags, what mail programs write into a body. */
export const NOT_A_SLOT = phrases(`
sic
sic!
external
ext
ext.
external sender
external email
external e-mail
caution
warning
spam
suspected spam
secure
encrypt
encrypted
confidential
quoted text hidden
message clipped
image
image removed
attachment
attached
attachments
cid
mailto
at
dot
redacted
laughs
laughter
inaudible
emphasis added
emphasis mine
translated
translation
edit
update
updated
`);

/** HTML tags pasted into a plain-text body: <br>, <b>, </p>. */
export const HTML_TAGS = wordSet(`
a
b
i
u
p
s
br
hr
em
strong
span
div
li
ul
ol
table
tr
td
th
img
html
body
head
title
sup
sub
blockquote
pre
code
center
font
small
big
`);

/** Single letters a template uses as a mask only before a unit: "X years", "$X million", "X%". */
export const MASK_UNITS = wordSet(`
years
year
yrs
months
month
weeks
days
hours
hrs
minutes
people
persons
employees
staff
members
clients
customers
users
students
patients
projects
stores
sites
branches
times
percent
per
k
m
million
billion
thousand
hundred
`);

/** "To whom it may concern" and its relatives: a greeting for nobody, whoever the mail goes to. */
export const TO_WHOM = phrases(`
(to|for) (whom|who|whomever|whoever|whomsoever) (it|this) (may|might)? (concern|concerns)
dear (concerned|concern|concerned person|sir/madam concerned)
`);

/** Words that open a greeting; the addressee follows. */
export const SALUTATION = phrases(`
dear
(hello|hi|hey) (dear)?
greetings
good (morning|afternoon|evening|day)
respected
to
(for|to) the attention of
(attention|attention:|attn|attn:)
`);

/** Courtesy adjectives inside a greeting: "Dear Esteemed Hiring Manager". */
export const GREETING_ADJECTIVES = wordSet(`
esteemed
respected
dear
honourable
honorable
valued
distinguished
`);

/** "Sir", "Madam": with "Dear" alone, or paired, a salutation for an unnamed reader. */
export const SIR_MADAM = wordSet(`
sir
sirs
madam
madams
madame
madames
ma'am
mam
`);

/** Honorifics without a name: "Dear Mr./Ms.," greets nobody. */
export const HONORIFICS = wordSet(`
mr
mrs
ms
miss
mx
dr
`);

/** Roles that stand in for a person's name: "Dear Hiring Manager", "Hi Recruiter". */
export const ROLE_WORDS = wordSet(`
manager
managers
mgr
manger
recruiter
recruiters
interviewer
interviewers
employer
employers
recipient
colleague
colleagues
`);

/** What makes a group a role: "Hiring Team", "Selection Committee", "HR Department", "People Team". */
export const ROLE_QUALIFIERS = wordSet(`
hiring
recruiting
recruitment
hr
human
resources
talent
acquisition
people
selection
search
interview
interviewing
employment
personnel
staffing
prospective
potential
future
`);

/** Titles that greet a real person unless a role qualifies them: "Dear Partner" is fine, "Dear Talent Partner" is not. */
export const ROLE_TITLES = wordSet(`
officer
officers
coordinator
partner
specialist
representative
professional
professionals
authority
official
supervisor
director
lead
member
chair
chairperson
head
`);

/**
 * Groups greet the real people in them, whatever qualifies them: "Hi team", "Dear Members of the Search Committee",
 * "Dear HR Department". They are read over, and make no greeting impersonal.
 */
export const GROUP_WORDS = wordSet(`
team
teams
committee
panel
department
dept
board
group
staff
members
office
`);

/** Small words inside an addressee: "Members of the Hiring Committee", "Recruiter/Hiring Manager". */
export const ADDRESSEE_GLUE = wordSet(`
of
at
the
and
or
&
s
`);

/**
 * Phrases right before a company the writer hopes to join ("join X", "a great addition to X", "the position at X").
 * A name after one of these that is not the recipient's company is a reused template.
 */
export const JOIN_ANCHOR = phrases(`
join
joining
(join|joining) (the|your) * (at|with)
(join|joining) (the|your) * * (at|with)
(join|joining) us at
(be|being|become|becoming) (a)? part of
part of the team at
(addition|asset|contribution|contributions) to
to (work|be working|be) (at|for)
(would|could|can|will|'d|i'd|love to|like to|hope to|want to|chance to|opportunity to) work (at|for)
working (at|for)
(a|my|the)? (career|future) (at|with)
(position|role|job|opening|vacancy|post|internship|apprenticeship|placement|opportunity|opportunities|offer of employment|traineeship|residency|fellowship) (at|with)
(contribute|contributing) to
(grow|growing) with
(start|starting) my career (at|with)
`);

/**
 * A withdrawal, or the writer taking another job: the company named is the one they are going to, not a reused
 * template. Anywhere in the letter.
 */
export const WITHDRAWAL = phrases(`
(withdraw|withdrawing) (my|from)
(withdraw|withdrawing) ... (application|candidacy|candidature)
(accepted|accepting|accept) (an|another|a|the) ... (offer|position|role|job)
(will be|i'll be|am|i'm|'m) (joining|starting at|starting with|moving to)
(decided|chosen|chose|decide) to (join|accept|stay|remain|go with|pursue)
(stay|remain|staying|remaining) (at|with) my (current)?
`);

/** Phrases right before a company that make it a weaker sign: "interview at X" names people as often as firms. */
export const WEAK_JOIN_ANCHOR = phrases(`
(interview|interviewed|interviewing|interviews) (at|with)
(opportunity|chance) to interview (at|with)
`);

/**
 * The writer's own past or current employer, a client, or a company compared with: named in passing, never a wrong
 * company. Matched in the words before the name.
 */
export const OWN_EMPLOYER = phrases(`
(my|our) (work|time|years|experience|internship|placement|role|job|position|stint|tenure|residency|fellowship|training|degree|studies|phd|master's|apprenticeship|secondment|rotation|clerkship|volunteering) (with|at|for|in)
(my|our) (current|previous|prior|former|last|old|first|present|existing|past|earlier)
(currently|presently|previously|formerly|recently|now) (at|with|working|employed|based)
(i|we) (work|worked|am working|was working|have worked|had worked|have been working|interned|served|led|managed|built|spent|joined|started|trained|volunteered|studied|ran|launched|designed|developed|delivered|did|completed|finished|undertook|taught|graduated|qualified|consulted|freelanced) ... (at|for|with|from)
(i|we) (was|were|am|are|have been|had been) (at|with)
at my (current|previous|last|former|present) *
(when|while) i was (at|with)
while (at|working at|with)
during my (time|years|internship|placement) (at|with)
where i (work|worked|am|was)
(clients|client|customers|customer|partners|partner|accounts|account|brands|brand) (like|such as|including|of)
for (a|our|my|one) (client|customer)
(client|clients|customer|customers|partner|partners)
(years|months) (at|with)
(experience|background) (at|with|in)
(compared|similar) to
unlike
(competitor|competitors) (like|such as)?
(used|using|use)
(accepted|accept|accepting) (an|the|a)? (offer|position|role) (from|with|at)
(decided|chosen|chose|decide) to (join|accept|stay|remain|go with)
(i'll|i will|i am|i'm|i've|i have) (be)? (joining|starting|moving to|staying|staying at|staying with)
(stay|remain) (at|with)
(offer|offers) (from|with)
`);

/** Nouns after a name that make it a team, place or product of the company, not the company: "the Growth team". */
export const GROUP_NOUNS = wordSet(`
team
teams
group
squad
org
division
unit
department
dept
office
branch
site
store
campus
clinic
ward
lab
library
plant
warehouse
centre
center
project
programme
program
platform
product
account
initiative
conference
summit
network
society
association
club
community
committee
course
project
portfolio
route
street
road
avenue
building
station
airport
`);

/** Last words of a company's name: "Northwind Traders", "Corvid Analytics", "Fresh Basket Markets". */
export const COMPANY_SUFFIXES = wordSet(`
inc
llc
ltd
limited
plc
corp
corporation
co
gmbh
ag
group
holdings
partners
labs
systems
solutions
technologies
analytics
bank
capital
finance
financial
foods
energy
health
healthcare
medical
shipping
logistics
traders
trading
studio
studios
media
agency
consulting
institute
foundation
trust
hospital
clinic
university
college
school
academy
industries
manufacturing
motors
airline
airlines
insurance
associates
ventures
networks
software
digital
grocers
markets
retail
brands
pharma
biotech
bio
therapeutics
`);

/** Last words of a place's name: "Station Road", "Central Plaza". */
export const PLACE_SUFFIXES = wordSet(`
street
st
road
rd
avenue
ave
lane
drive
boulevard
blvd
square
park
plaza
mall
centre
center
building
tower
way
place
station
airport
campus
estate
`);

/** What the writer helps a company do: "help Fresh Basket Markets reach its next stage". */
export const HELP_VERBS = wordSet(`
reach
achieve
grow
succeed
build
deliver
become
expand
meet
hit
scale
improve
modernise
modernize
transform
launch
win
lead
keep
stay
continue
realise
realize
fulfil
fulfill
advance
`);

/** Nouns after "the <Name>" that still mean the company as a whole: "join the Sparkline Studio family". */
export const COMPANY_IDIOMS = wordSet(`
family
crew
ohana
`);

/** Capitalized words that never name a company to join. */
export const NOT_COMPANY = wordSet(`
MBA
MPH
MSc
MS
PhD
BSc
BA
MA
MD
JD
CPA
RN
LLB
LLM
MEng
BEng
MFA
MPA
MPP
EdD
PGCE
NVQ
I
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
January
February
March
April
May
June
July
August
September
October
November
December
Zoom
Teams
Google Meet
Meet
Skype
Webex
LinkedIn
Thank
Thanks
Best
Dear
Hi
Hello
Please
The
This
That
Our
Your
My
We
You
It
A
An
And
Mr
Mrs
Ms
Dr
Prof
Christmas
Easter
Diwali
Eid
`);

/** Parts of a recruiting agency's domain ("nordicrecruitment", "apexstaffing"): the company to join is their client. */
export const AGENCY_DOMAIN_PARTS = wordSet(`
recruit
staffing
talent
personnel
headhunt
resourcing
placements
hiring
careers
jobs
search
`);

/** A display name that is a shared inbox, not a person: "Research Team", "Acme Careers", "HR Desk". */
export const GROUP_MAILBOX_WORDS = wordSet(`
team
department
dept
careers
jobs
recruiting
recruitment
hiring
hr
talent
office
desk
support
admissions
info
people
`);

/** Well-known recruiting and staffing firms, by their domain's name. */
export const AGENCIES = wordSet(`
hays
roberthalf
randstad
adecco
manpower
manpowergroup
michaelpage
pagegroup
pagepersonnel
kornferry
heidrick
spencerstuart
russellreynolds
egonzehnder
kellyservices
allegisgroup
teksystems
aerotek
insightglobal
reed
harveynash
hudson
modis
akkodis
experis
spherion
kforce
robertwalters
hays-careers
`);

/** Mail domains shared by many employers (a health service, a government): they name no one company. */
export const SHARED_DOMAINS = wordSet(`
nhs
hscni
gov
mil
k12
`);

/** The letter says it goes to a recruiter about their client: the company named is the client. */
export const TO_AN_AGENCY = phrases(`
your client
your clients
your client's
(put|putting) me forward
(submit|submitting|present|presenting) me to (the|your)? (client|hiring manager|company)
(put|putting) my name forward
(for|with) (the|their) hiring manager at
`);

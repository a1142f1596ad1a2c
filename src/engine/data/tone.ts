// Tone: the register of the note, by family. Lists are data, one entry a line, compiled by text/phrases.ts (operators:
// (a|b) alternatives, (a|b)? optional, {macro}, * any word, ... up to three words). Each list names a class of words
// or constructions (what a sentence DOES: greets like a text message, grovels, insults, mocks), never sentences.

// ── Macros shared by the lists ───────────────────────────────────────────────────────────────────────────────────
export const TONE_MACROS: Record<string, string> = {
  be: String.raw`is|was|were|are|am|be|been|being|['’]s|['’]re|['’]m`,
  // The interview side: the reader, their firm and the people and parts of their process.
  you: String.raw`you|your|yours|yourself|yourselves|you['’](?:re|ve|d|ll)`,
  num: String.raw`\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|a dozen|several|a few`,
  nth: String.raw`second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)`,
  weekday: String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday`,
  // A handful of intensifiers that sit between a verb and its word ("was just rude", "is so pathetic").
  digits: String.raw`\d+`,
  // Many: two or more digits, or words for a crowd ("one of 300", "one of hundreds").
  many: String.raw`\d{2,}|hundreds|thousands|dozens|a hundred|a thousand`,
  very: String.raw`just|so|very|really|truly|utterly|totally|completely|absolutely|extremely|incredibly|frankly|quite|simply|downright|plain|plainly|deeply`,
};

// ── Casual: greetings, chat abbreviations, clipped words and slang ──────────────────────────────────────────────────

/** Greetings of a text message, at the start of the letter or of any sentence ("Hey there,", "Yo Priya"). */
export const CASUAL_OPENERS = `
hey
heya
heyy
hey there
hey hey
hey guys
hey all
hey y'all
hey everyone
hiya
hii
hiii
howdy
yo
sup
wassup
whassup
wazzup
what's up
what's good
what's crackin
ayy
ayyy
oi
g'day
g'day mate
ello
hey you
me again
ok so
okay so
so basically
`;

/**
 * Chat abbreviations, clipped words and slang, one word a line: "word → what to write instead" ("word →" alone means
 * delete it; a word without an arrow has no safe replacement).
 */
export const SLANG_WORDS = `
lol →
lols →
lmao →
lmfao →
rofl →
roflmao →
omg →
omfg →
omgg →
ikr →
jk →
jkjk →
xoxo →
xo
smh →
fml
wtf
wth
thx → thanks
thnx → thanks
thanx → thanks
thks → thanks
tks → thanks
tysm → thank you so much
tyvm → thank you very much
ty → thank you
tq → thank you
tqvm → thank you very much
u → you
ur → your
urs → yours
yall → you all
y'all → you all
ya → you
yah → yes
yea → yes
yeah → yes
yep → yes
yup → yes
yeh → yes
nope → no
nah → no
naw → no
gonna → going to
wanna → want to
gotta → have to
hafta → have to
kinda → kind of
sorta → sort of
dunno → don't know
lemme → let me
gimme → give me
outta → out of
gotcha → understood
whatcha
coulda → could have
shoulda → should have
woulda → would have
cuz → because
coz → because
cos → because
bc → because
tho → though
altho → although
thru → through
nite → night
tonite → tonight
btw → by the way
tbh
tbf
imo → I think
imho → I think
idk → I don't know
idc
ngl
fr
frfr
rn → now
af
atm → at the moment
brb
gtg
g2g
ttyl
ttys
hmu
lmk → let me know
wyd
hbu
wbu
irl
nvm
np
cya
l8r → later
b4 → before
gr8 → great
2day → today
2moro → tomorrow
2morrow → tomorrow
2nite → tonight
wat → what
wut → what
wud → would
cud → could
shud → should
luv → love
pls → please
plz → please
plss → please
ppl → people
msg → message
msgs → messages
abt → about
bday → birthday
convo → conversation
convos → conversations
sesh → session
deets → details
refs → references
info's
obvi → obviously
defo → definitely
probs → probably
whatevs
cray
legit
dude
dudes
bro
bros
bruh
brah
fam
homie
homies
bestie
lowkey
highkey
deadass
gucci
bussin
slaps
slay
slayed
lit
dope
stoked → excited
pumped → excited
psyched → excited
hyped → excited
amped → excited
awesomesauce
noob
newb
ain't → isn't
anywho → anyway
anyways → anyway
k
kk
okie
okey
bye
byee
byeee
aight → all right
ight
a'ight
whoa
woah
ugh
meh
welp
yikes
phew
dang
darn
geez
jeez
jeeze
oops
oopsie
tmrw → tomorrow
tmr → tomorrow
ystrdy → yesterday
txt → text
pic
pics
vid
vids
deffo → definitely
def
sorry not sorry
innit
chuffed → delighted
gutted → disappointed
knackered → tired
cuppa
imma
finna
tryna
boutta
gotcha
soz → sorry
sozz → sorry
sry → sorry
anyhoo → anyway
`;

/** Slang that is also an acronym or initials in capitals (RN = registered nurse, BC, AF, U as a grade): lowercase only. */
export const LOWERCASE_ONLY = `
rn
af
bc
ty
tq
u
ur
ya
fr
lit
fam
bro
dope
legit
imo
jk
xo
np
atm
cos
k
kk
wat
irl
cud
slaps
refs
bye
yah
def
pic
vid
dang
darn
`;

/**
 * Textspeak: lowercase words written without vowels ("ystrdy", "lrn", "yrs") are slang unless they are one of these
 * ordinary vowelless words, units or code words.
 */
export const VOWELLESS_WORDS = `
rhythm
rhythms
gym
gyms
myth
myths
sync
syncs
hymn
lynx
crypt
cyst
glyph
nymph
psych
synth
tryst
why
my
by
fly
dry
cry
try
shy
sky
spy
sly
pry
wry
ply
fry
thy
hmm
hmmm
shh
brr
tsk
nth
pfft
mph
kph
kmh
km
cm
mm
kg
mg
ml
hrs
hr
pdf
www
http
https
html
css
xml
sql
php
npm
ltd
mrs
jr
sr
pm
vs
st
nd
rd
th
bsc
msc
mph
rpm
cnc
dvd
cctv
gps
ppt
xlsx
svg
png
crm
hvac
nhs
dbt
pwd
cmd
ssh
tcp
grpc
sftp
jpg
gif
tsv
sdk
ssd
hdd
cpu
gpu
lcd
mcq
bbq
nyc
`;

/** Casual phrases and constructions of chat register. */
export const CASUAL_PHRASES = `
no cap
hit me up
holla
my bad
for real tho
for real though
catch ya
catch you later
catch ya later
see ya
see ya later
later gator
peace out
ya know
you know what i mean
super duper
hella
mad respect
vibe check
good vibes
the vibes
chill vibes
such a vibe
what a vibe
(so|super|pretty|totally|really|very|lowkey|real) chill
chill (af|vibes)
(was|is|seemed|seem|seems|felt|so) chill
(so|pretty|super|hella|totally|lowkey|real|proper) sick
(it|that|this|which)('s| is| was) (so |pretty |super |really |actually )?sick
(place|office|lab|setup|set-up|tour|demo|stuff|kit|gear|tech|view|studio|workshop)( is| was| looks| looked| seemed) (so |pretty |super |really )?sick
(was|is|were|be) (straight )?fire
(kinda|kind of|pretty|totally|bit) nuts
(going|went) nuts
(was|be|had|have|having) a blast
(was|is) a (total )?beast
(was|is) (so )?lit
(i'm|i am|we're|im) (totally |so |100% |definitely |def |fully )?down (to|for) (start|join|chat|help|work|come|meet|do|grab|talk|hop|it|that|anything|whatever|coffee|a chat|a call)
totally down
so down
(so|ok|okay|oh) yeah
yeah so
so yeah
cool cool
ok cool
okay cool
cool beans
sweet as
keen as
no biggie
no prob
no probs
all good in the hood
all's gucci
ur the best
you rock
you guys rock
thanks a bunch
thanks a ton
thanks heaps (legend|mate|champ|buddy|pal|bro|man)
ta very much
thanks mate
ta mate
cheers mate
hey mate
(thanks|thx|ty|cheers) (man|dude|bro|buddy|pal|mate|guys|legend|champ|boss man)
the gang
(a|one|just a) sec
(a|one) min
it's me again
how's it going
how you doing
how ya doing
how's things
how are ya
what's next lol
dying to (hear|know|start|join|get)
the job thing
the whole thing lol
or whatever
and stuff
n stuff
and all that jazz
and whatnot
this gig
the gig
that gig
a gig
new gig
dream gig
total noob
a yarn
good yarn
for the yarn
this arvo
the arvo
this avo
s'arvo
arvo
brekkie
legend
(wicked|mega|way|hella|super|so|pretty|real) cool
cool stuff
you guys
(hang|hanging) out
catch you (on|later|soon|around)
(on|from) the flip side
ping me
text me
holler
hmu
(i'm|im) good with
all good
easy peasy
no problemo
you bet
sure thing
for sure
(what a|such a) legend
(you're|you are|youre) a legend
super keen
cheers (heaps|mate|big ears|legend)
mad props
props to
`;

// ── Overboard: humour, emoji and exclamation overload ───────────────────────────────────────────────────────────────

/** Laughter written out: haha, hehe, lol, lmao and their stretched forms. */
export const LAUGHTER = /(?<![\p{L}\p{N}])(?:a?(?:ha){2,}h?|ahah(?:ah)*|(?:he){2,}|(?:hi){3,}|l+o+l+(?:o*l+)*|lmf?a+o+|rofl(?:mao)?|xd+)(?![\p{L}\p{N}])/giu;

/** Jokes told in the note, and the hedges that announce them. */
export const JOKES = `
knock knock
who's there
why did the * cross the road
walks into a bar
just kidding
only kidding
just joking
(i'm|im) kidding
kidding aside
jokes aside
joking aside
all jokes aside
(no )?pun intended
see what i did there
\\(unless\\?\\)
unless?
i'm not saying i'm
ten out of ten
10/10
11/10
a solid 10
`;

/** Gushing: hyperbole and celebration that a professional note leaves out ("over the moon", "woohoo"). */
export const GUSHING = `
over the moon
on cloud nine
bouncing off the walls
could scream
can't stop smiling
cannot stop smiling
beyond excited
beyond thrilled
beyond ecstatic
so so excited
so so happy
best day ever
best interview ever
best day of my life
most amazing interview
woohoo
woo hoo
woop woop
whoop whoop
yippee
yippie
hooray
hurray
yay
yayy
let's gooo
eek
squee
high fives
high five
fist bump
virtual hug
big hugs
hugs
sending hugs
sending (good|positive) vibes
good vibes only
`;

/** Words that gush; three in one sentence ("amazing, wonderful, fantastic") is a pile-up. */
export const GUSH_WORDS = `
amazing
awesome
wonderful
fantastic
fabulous
incredible
phenomenal
spectacular
magnificent
marvellous
marvelous
stellar
terrific
superb
epic
brilliant
outstanding
extraordinary
unbelievable
mind-blowing
mindblowing
breathtaking
stunning
sensational
`;

// ── Shouting: capitals ──────────────────────────────────────────────────────────────────────────────────────────────

/** One word in capitals is shouting when it is a word of emphasis; these always are. */
export const EMPHASIS = `
REALLY
VERY
SO
NOT
NEVER
ALWAYS
LOVE
LOVED
PLEASE
NEED
MUST
ANY
ALL
HUGE
SUPER
TOTALLY
ABSOLUTELY
DEFINITELY
EXTREMELY
INCREDIBLY
HIGHLY
EXCITED
THRILLED
THANK
THANKS
AMAZING
AWESOME
BEST
GREAT
NOW
URGENT
IMPORTANT
EVERY
ONLY
EVER
SURE
CAN'T
WON'T
DON'T
CANNOT
TRULY
DREAM
PERFECT
WANT
HOPE
YES
MUCH
MORE
MOST
FINALLY
STILL
AGAIN
WAIT
IMMEDIATELY
TODAY
TOMORROW
WILL
DID
HAVE
AM
HONOUR
HONOR
PLEASURE
PRIVILEGE
PASSION
DREAMS
`;

/** Intensifiers in capitals that lean on the next word ("REALLY disappointed"): the hint covers both. */
export const CAPS_INTENSIFIERS = `
REALLY
VERY
SO
EXTREMELY
INCREDIBLY
TOTALLY
ABSOLUTELY
DEFINITELY
HIGHLY
TRULY
SUPER
SINCERELY
DEEPLY
COMPLETELY
FULLY
ALWAYS
NEVER
NOT
`;

/** Capitals that are not shouting: acronyms, including those that are also words (IT, REST, NICE, WHO, STEM). */
export const ACRONYMS = `
I
A
OK
HR
CEO
CTO
CFO
COO
CMO
CIO
CNO
VP
SVP
EVP
UX
UI
API
APIS
SQL
AWS
GCP
IT
QA
PM
AM
MBA
NHS
NYC
USA
US
UK
EU
UN
UAE
ETA
FYI
HIPAA
GDPR
ERP
CRM
KPI
ROI
OKR
OKRS
KPIS
B2B
B2C
SEO
PPC
CPA
RN
ICU
NICU
PICU
ER
EMT
CNA
LPN
BSN
MD
DO
PT
OT
TA
ELL
ESL
STEM
AP
IB
GCSE
PHD
CV
TMS
WMS
ATS
ML
AI
NLP
ETL
CI
CD
SRE
PR
LLC
LTD
INC
PLC
GMBH
NGO
NASA
FDA
EPA
IRS
DMV
CPR
ASAP
PS
PPS
RE
FW
FWD
CC
BCC
PDF
CSV
JSON
HTML
CSS
SAP
SAAS
IOS
MRI
EHR
EMR
OR
ED
OSHA
FMCG
CPG
P&L
HVAC
CNC
CAD
BIM
LEED
PMP
CFA
ACCA
CIPD
SHRM
REST
NICE
WHO
SMART
LEAN
CARE
SAFE
AGILE
SOX
GAP
AIM
BASIC
COBOL
GMP
GLP
SOP
SOPS
DBS
CPD
RCN
BLS
ACLS
PALS
NEBOSH
IEEE
RIBA
ETH
TEFL
CELTA
DELTA
COVID
NATO
UNICEF
UNESCO
ACT
SAT
GRE
GMAT
IELTS
TOEFL
NOVA
MAR
BCMA
EPIC
CMM
PPAP
GST
HGV
CDL
NVQ
SOC
DHL
UPS
IKEA
LEGO
SUV
EV
EVS
IOT
AR
VR
HQ
MSC
BSC
BA
BS
MA
MS
MRS
MR
DR
PROF
ST
AVE
RD
NB
ID
TV
PC
SUP
ESG
DEI
PTA
SEN
SENCO
HGV
LGV
OFSTED
CQC
PE
RE
DT
ICT
A&E
GP
GPS
CCTV
PPE
SIA
DIY
FAQ
RFP
RFI
RFIS
SLA
SLAS
NDA
POS
SKU
SKUS
EOD
COB
OOO
WFH
PTO
CAPEX
OPEX
EBITDA
IPO
M&A
LBO
DCF
FX
AML
KYC
SOC2
ISO
PCI
`;

// ── Obsequious: grovelling, archaic, stiffly over-formal ────────────────────────────────────────────────────────────

/** Wording that is grovelling or archaic on its own. */
export const OBSEQUIOUS_STRONG = `
humbly
most humbly
humblest
(my|this|our|the) humble (self|servant|applicant|application|candidature|candidacy|candidate|request|submission|petition|plea|letter|note|résumé|resume|cv|memory|abode|person|thanks|gratitude|prayer|prayers|attempt|efforts|skills|experience|profile|mail|email|self)
humble submission
unworthy
unworthiness
this lowly
lowly (applicant|candidate|servant|self|person)
(i am|i'm|i remain) but a
a mere (applicant|candidate|mortal|novice|servant|moth|beginner)
mere mortal
most fortunate of mortals
beseech
beseeching
besought
entreat
entreaty
entreating
implore
supplicate
supplication
vouchsafe
deign
deigns
deigned
condescend to
kindly condescend
thee
thou
thy
thine
hast
hath
dost
doth
shalt
prostrate
kneel
kneeling
i bow (before|to|down)
bow before
bow down before
at your feet
with folded hands
folded hands
kiss your
(i|we) pray (that|for|to|you)
pray (accept|permit|allow|forgive|excuse|grant|consider|pardon)
i shall (ever|always|forever) pray
ever pray
may it please
if it please (you|your)
be graced
graced to
(grant|granting|granted) me (an|the) (audience|honour|honor|privilege|favour|favor)
(grant|granted|granting) (me )?an audience
the favour of (a|your) (reply|response|answer)
the favor of (a|your) (reply|response|answer)
(i|we) beg (to|your|leave|you|of you|most)
beg (your )?(indulgence|forgiveness|pardon|leave)
i beg to remain
i have the (honour|honor) (to|of)
(i|and) remain (dear )?(sir|madam|ma'am|yours)
do the needful
kindly (bless|grant|oblige|consider my humble|accept my humble|condescend)
bless me with
(your )?kind blessings
seek your blessings
(shower|showers|showered|showering) (his|her|your|god's|their) blessings
the almighty
god almighty
(your|my|the) (most )?(humble|obedient|faithful|devoted|loyal|dutiful)( and (humble|obedient|faithful|devoted|loyal|dutiful))? servant
ever your servant
your servant
yours (most )?(obediently|humbly|devotedly|dutifully)
most obediently
most obedient
at your command
your wish (is|shall be) my command
your (good|kind|honourable|honorable|esteemed|respected|gracious|noble|revered|worthy) self
your esteemed self
esteemed self
your good offices
your (honour|honor|worship|lordship|ladyship|excellency|grace)
(most|highly) (esteemed|revered|respected|honourable|honorable|venerable|noble|exalted|illustrious|reverend|gracious) (sir|madam|ma'am|professor|dr|doctor|mr|mrs|ms|panel|committee|board|members|colleagues)
(most )?esteemed (sir|madam|ma'am)
most (esteemed|revered|venerable|exalted|illustrious)
venerable
honoured (sir|madam|ma'am)
honored (sir|madam|ma'am)
eminent personage
personage
august (panel|body|institution|company|firm|presence|committee|board|organisation|organization)
magnanimity
magnanimous
munificence
eternally (indebted|obliged|beholden|thankful)
forever (indebted|obliged|beholden)
infinitely (obliged|indebted|grateful|thankful)
everlastingly
(forever|eternally|always|ever) in your debt
forever be in your debt
beholden
obliged beyond (measure|words)
beyond (all )?measure
(highly|deeply|most) obliged (if|by|to your|for)
shall be (highly |ever |most |much )?obliged
(eternal|everlasting|undying|boundless|infinite|immeasurable|unending) (gratitude|devotion|thanks|respect|loyalty|obligation)
eternal devotion
the assurance of my (highest|most|distinguished|deepest)
highest consideration
(deepest|profound|utmost|highest) (reverence|veneration|humility|obeisance)
with (the )?(deepest|profound|utmost|greatest) (reverence|respect and humility|humility)
reverence
obeisance
(i|we) tender (my|our) (most |sincere |heartfelt |humble )?(thanks|gratitude|respects|apologies|application)
kind perusal
your perusal
(for|upon) (your )?(kind )?perusal
fervent prayer
(it is|it's) my fervent
(i|we) dare not (hope|presume|ask|dream)
one so (unworthy|humble|lowly)
(lay|laid|place|placed) (my|this) (humble )?(application|candidature|request|petition) (at|before) your
(my|our) many shortcomings
overlook my (many )?(shortcomings|failings|inadequacies)
kindly do the needful
your (most )?obedient
heretofore
hereinafter
herewith
aforementioned
hitherto
whereupon
forthwith
perchance
wherefore
i write to convey
exposition upon
discourse upon
your wish shall be
(i am|i'm) not worthy
not worthy of
throw myself (upon|on|at) your
(at|upon|on) your mercy
your mercy
exalted
(may|let) (god|the almighty|allah|the lord) (shower|showers|bless|grant|reward|keep|give|guide)
choicest blessings
(a|the) debt (i|which i) (shall|will|can|could) never (be able to )?repay
never be able to repay
(which|that) i can never repay
(greatest|highest|supreme) honour of my
(greatest|highest|supreme) honor of my
my humble (life|existence)
take the liberty
pardon my (presumption|impertinence|boldness|audacity|intrusion)
forgive my (presumption|impertinence|boldness|audacity|intrusion)
if i may be so bold
presumption
(this|a|the) poor (applicant|soul|candidate|servant|self)
(your|my|humble|obedient|faithful|devoted|loyal|dutiful|grateful|ever) ... servant
(bow|bowing|bowed) (my head|down|low|before|to you)
unto
(until|till|to) my (last|dying) breath
unwavering (loyalty|devotion)
serve (you|your) ... (faithfully|loyally|devotedly|with my life|with utmost)
(utmost|total|complete|unquestioning) (loyalty|obedience|devotion) (to|towards) (you|your)
benign (consideration|attention|self|approval|decision)
your benign
on bended knee
(i|we) plead
pray tell
prithee
forsooth
verily
betwixt
mine own
(hither|thither|yonder|whence|wherein|whereof)
(sire|my lord|my lady|m'lady|milady|good sir|kind sir)
right honourable
(your|humble|loyal|devoted|obedient|faithful|dutiful) (and (loyal|devoted|humble|obedient|faithful|grateful) )?(subject|vassal|slave)
sing your praises
obsequious
sycophantic
servile
fawning
(may|let) (the heavens|heaven|providence|the gods|the lord|allah) (bless|smile|shine|shower|favour|favor|grant|reward|keep|guide|protect)
(eternally|forever|ever|always|humbly) (in|at) your service
(gracious|kind|esteemed|humble|benevolent) disposal
place myself (entirely |wholly |completely )?at your
well-wisher
well wisher
goodself
salutations
humble petitioner
petitioner
pray for your
(bow|bowing|bowed) in (deep |deepest |humble )?(respect|gratitude|reverence|humility)
(may|let) (almighty god|almighty|god almighty) (bless|shower|grant|reward|keep|guide|protect)
august office
`;

/** Wording that is stiff but sometimes ordinary: two in one sentence (or with a strong one) make it grovelling. */
export const OBSEQUIOUS_WEAK = `
esteemed
respected (sir|madam|ma'am|mr|mrs|ms|dr|professor)
with due respect
most respectfully
respectfully (seek|request|submit|beg|bring)
kindly
kind (consideration|attention|information|favour|favor|notice|self|reply|response|approval|cooperation)
gracious
graciously
(truly |so |most )?blessed (to|with|by)
blessings
in the presence of
(distinguished|learned|illustrious|honourable|honorable) (and (distinguished|learned|illustrious|honourable|honorable) )?(panel|committee|board|company|firm|institution|organisation|organization|members|personalities|persons)
illustrious
benevolence
benevolent
eternally grateful
forever grateful
ever grateful
in your debt
most (profound|heartfelt|humble|respectful|sincere and humble) (thanks|gratitude|respects|regards|appreciation)
(profound|heartfelt) gratitude
look (favourably|favorably|kindly) (upon|on)
upon my
(the|an) honour (of|to)
bestow
bestowed
bestowing
(i|we) remain (in|ever|forever|always)
ever at your service
at your service
beacon of (light|hope|excellence|inspiration)
(shining|guiding) (star|light|example)
(such|so) (a|an)? (eminent|distinguished|learned|illustrious)
candidature
good self
your (honourable|honorable) (company|firm|organisation|organization|institution|office)
(esteemed|reputed|prestigious) (organisation|organization|company|firm|institution|establishment|concern)
(favourable|favorable) consideration
act of kindness
(grateful|thankful|obliged|indebted) (to|unto) (you|your) (for|forever|always|eternally)
words cannot express
my gratitude knows no bounds
from the bottom of my heart
(i|we) request you to
your gracious
(poor|humble|modest|meagre|meager) (self|skills|abilities|efforts)
your (kindness|benevolence|generosity) (which|that)
forever at your
most obliged
noble (enterprise|institution|organisation|organization|company|firm|profession|cause|self)
`;

// ── Hostile: bitter, accusing, rude ─────────────────────────────────────────────────────────────────────────────────

/** Contempt words that insult whatever they describe: hostile unless negated, hedged or said of oneself. */
export const CONTEMPT_WORDS = `
disgraceful
disgusting
appalling
atrocious
abysmal
pathetic
shameful
despicable
deplorable
contemptible
contemptuous
incompetent
incompetence
inept
clueless
idiotic
idiots
idiot
moronic
morons
stupid
brainless
rude
rudely
rudeness
disrespectful
disrespected
unprofessional
condescending
patronising
patronizing
arrogant
arrogance
belittling
belittled
demeaning
insolent
obnoxious
shoddy
amateurish
amateur hour
shambolic
dishonest
deceitful
two-faced
rigged
bogus
laughable
ludicrous
bullshit
crap
crappy
garbage
inexcusable
unforgivable
insulting
insulted
horrendous
outrageous
scandalous
contempt
disdain
spineless
cowardly
petty
so-called
amateurs
a bunch of amateurs
clown
clowns
jokers
cowboys
morons
fools
incompetents
liars
crooks
bullies
bully
mediocre
second-rate
third-rate
no clue
not a clue
clueless
(has|have|had) no idea what (it's|they're|you're|he's|she's|it is|they are|you are) doing
you people
you lot
the likes of you
shit
shitty
damn
damned
bloody awful
wtf
pissed
hypocrites
hypocritical
lied
lying to
liar
liars
deceived
deceitful
misled me
tricked me
cheated me
rudest
sloppiest
laziest
dumbest
stupidest
sexist
racist
ageist
homophobic
transphobic
misogynistic
bigoted
discriminatory
offensive
jerk
jerks
buffoon
buffoons
imbecile
imbeciles
halfwit
loser
losers
snob
snobs
snobbish
smug
pompous
sleazy
slimy
creepy
degrading
humiliating
`;

/** Critical words that are hostile only when said of them (their process, panel, email …), not hedged or negated. */
export const CRITICAL_WORDS = `
terrible
terribly
awful
awfully
horrible
horribly
dreadful
dreadfully
lousy
worst
ridiculous
absurd
nonsense
nonsensical
rubbish
pointless
useless
worthless
hopeless
chaotic
disorganised
disorganized
unacceptable
lazy
sloppy
careless
dismissive
ignorant
fake
phony
phoney
shady
irrelevant
broken
embarrassing
embarrassed
ashamed
dumb
toxic
cold and dismissive
badly (written|run|organised|organized|managed|designed|handled|prepared|planned|conducted)
poorly (written|run|organised|organized|managed|designed|handled|prepared|planned|conducted)
full of (mistakes|errors|typos)
a waste
a mess
a joke
unprepared
unorganised
unorganized
hostile
rudely
shabbily
incompetently
sucks
sucked
exploitative
unethical
`;

/** The interview side's people and things: a critical word fastened on one is said of them ("terrible communication"). */
export const THEIR_NOUNS = `
company
company's
firm
organisation
organization
agency
employer
management
manager
managers
boss
recruiter
recruiters
recruiting
recruitment
hr
human resources
hiring
panel
panellists
panelists
interviewer
interviewers
interview
interviews
process
assessment
test
exercise
task
assignment
questions
feedback
email
e-mail
letter
rejection
decision
culture
brand
staff
whoever
nobody
no one
attitude
behaviour
behavior
treatment
communication
portal
system
department
director
leadership
receptionist
experience
place
reputation
`;

/** The interview side, pronouns and nouns: who or what a critical word must be said of to be hostile. */
export const THEIR_SIDE = `
{you}
they
their
them
${THEIR_NOUNS}`;

/** Pronouns and possessives of the writer: a critical word after them is said of oneself. */
export const SELF_WORDS = `
i
my
myself
mine
`;

/** The writer's anger or contempt, said outright. */
export const HOSTILE_ANGER = `
(i'm|i am|i was|i feel|i felt|i'm just|i remain) ({very} )?({very} )?(appalled|disgusted|outraged|furious|livid|fed up|sick and tired|sick of|insulted|offended|horrified|infuriated|incensed|enraged|angry|annoyed|irritated|pissed off|pissed|disgusted|fuming|seething|revolted|sickened)
(i have|i've got|i've) (zero|no|lost all|lost any|lost|little) respect
(zero|no) respect (left )?for
i don't appreciate (being|your|the way|how)
i do not appreciate (being|your|the way|how)
(i'm|i am) done with (you|your|this)
(i've|i have) had enough of
how dare (you|they|your)
(glad|happy|relieved|thankful) i (found out|saw|learned|discovered|know) (now )?(what|how) (you|your|this|the company)
(glad|happy|relieved) i found out
what you're (really )?like
(told|tells|showed|shows) me (all|everything) i (need|needed) to know
i (really )?(don't|do not|can't|cannot) see the point (of|in) (thanking|replying|writing|being polite|saying thank)
(don't|do not) see why i should (thank|bother)
thanks for nothing
thank you for nothing
(i'm|i am|i was|i feel) beyond (angry|furious|frustrated|disappointed|insulted|fed up|livid|annoyed)
beyond (rude|unprofessional|ridiculous|insulting|belief)
(i|i've|i have) (regret|regretted) (ever )?(applying|interviewing|bothering|wasting|coming|agreeing|taking)
i (deserve|deserved) better
(you|your company|your firm|you people) (owe|owes) me (a|an)? (apology|explanation|refund|answer)
i (demand|expect|want) (a|an)? (apology|explanation|refund)
keep your (job|offer|position|role|vacancy|company)
(didn't|did not|don't|do not) (even )?want (it|the job|your job|the role|the position|to work there) anyway
(wouldn't|would not|will never|won't) work (for|with|at) (you|your|that|this|such) ... (if|even if|in a million|for any)
wouldn't work there if
(you can|go) stick (it|your)
(enjoy|good luck with) your (mediocre|cheap|second-choice|inferior|new|cheaper) (hire|candidate|pick|choice)
(enjoy|have fun) (hiring|working with|training|managing) (whoever|someone else|the person you|the one you|your new|your cheaper|your second)
never again
(what|which) kind of (company|organisation|organization|business|place|manager|people|operation|interviewer|recruiter|firm|employer|outfit|team|person) (lets|let|treats|treat|does|would|runs|run|hires|hire|is this|are you|behaves|talks|speaks|allows)
who in (their|his|her|your) right mind
who (treats|talks to|speaks to) (people|candidates|anyone|someone) like
what (is|'s) wrong with (you|your|these|those|that)
(are|were) you (seriously|kidding|joking|for real)
(you've|you have|you) (got to|gotta) be (kidding|joking)
you must be (kidding|joking)
the (nerve|audacity|gall|cheek) (to|of)
(how|so) (dare|rude|arrogant)
(treated|spoke to|spoken to|talked to|addressed) (me )?(so |very |really |extremely |incredibly )?(badly|poorly|rudely|unfairly|disgracefully|appallingly|terribly|horribly|shabbily|dismissively|disrespectfully|like dirt|like garbage)
(stole|stealing|steal|exploited|pinched|nicked|ripped off) (my|our) (ideas|idea|work|case study|design|designs|plan|plans|proposal|code|presentation|strategy)
(used|took|use|take) (my|our) (ideas|idea|work|case study|design|designs|plan|plans|proposal|code|presentation|strategy) for free
free (consulting|consultancy|labour|labor)
(dumped|discarded|tossed|binned) me
(it's|it is|this is|that is|that's) (all |entirely |completely )?(your|the panel's|the recruiter's|hr's) fault
(expected|expect|had expected) (much |a lot |far |so much |way )?better (from|of)
(nobody|no one|anyone|anybody) (with|in) (any|half a|an ounce of|a shred of|their right) (sense|brain|mind|self-respect|decency|common sense)
wouldn't know (talent|quality|competence|a good|good|a great|excellence|professionalism) ... if it
if it (hit|bit|slapped|smacked) you
(wasted|wasting|waste) ({num}|weeks|months|days|hours|years) of my (life|time|career)
(make sure|ensure|see to it that) (everyone|everybody|people|the world|others|all my|my) ... (knows|hears|finds out|learns|is aware|know)
(hope|bet|trust) (you're|you are|you feel|they're|they are|everyone is) (happy|proud|pleased|satisfied) (with|of) (yourselves|yourself|themselves)
proud of (yourselves|yourself)
should (never|not) be allowed (near|to|anywhere near|in)
how (badly|poorly|terribly|appallingly|disgracefully|shabbily|rudely|horribly|awfully|incompetently|unprofessionally) (you|your|they|the panel|the recruiter|hr|the company|this was|it was|i was)
(you|they|your \w+) (handled|treated|ran|managed|organised|organized|conducted|dealt with) (this|me|it|the process|things|everything|my application|the interview|candidates) (so |very |really |extremely )?(badly|poorly|terribly|appallingly|disgracefully|shabbily|rudely|horribly|awfully|incompetently|unprofessionally)
(won't|will not|not going to|refuse to) waste (another|any more|more|a single|one more) (minute|second|hour|moment|day|breath|word|email) on
(spoken|talked|talking|speaking) down to
looked down on
(how|why) (you|your company|this company|you people|they) (stay|stays|are still|is still|remain|remains) in business
(needs|need|should) to learn (some |basic |some basic )?(manners|respect|courtesy|professionalism|how to)
(want|wants) nothing (more )?to do with (you|your|this|that|them)
(amazed|surprised|astonished|shocked|a mystery) (that )?(anyone|anybody|people) (works|would work|wants to work|stays|stay|work) (for|there|at)
`;

/** Accusations: what they did or are, put as fact ("you clearly just hired", "never really open"). */
export const HOSTILE_ACCUSATION = `
(didn't|did not|couldn't|could not|can't|cannot|don't|doesn't|won't) even (bother to read|read|look at|open|listen|glance at|spell|pronounce|prepare|check|know)
(wasn't|was not|weren't|isn't|never) (really |even |actually |truly )?(open|real|genuine)
(was|is) never (really |even |actually )?(open|real|genuine|available|a real)
(already |always )?had (someone|somebody|an internal candidate|a candidate|your candidate|a favourite|a favorite) (else )?(in mind|lined up|picked)
(someone|somebody) in mind (already|all along)
(just |simply )?going through the motions
box-ticking exercise
(don't|doesn't|didn't|do not|does not|did not|never) (really |even |actually )?(care|cared|give a damn|give a toss|respect|value|listen) (about|for|to)? (people|candidates|anyone|anybody|me|applicants|your (staff|people|candidates|employees|applicants)|their (staff|people|candidates|employees))
couldn't care less
could not care less
(don't|doesn't|didn't) (even )?know what (you're|you are|they're|they are|he's|she's|he was|she was|they were|you were) (looking for|doing|talking about)
(nobody|no one|none of (you|them)) ... (knew|know|understood|read|had a clue|had any idea|bothered to read|listened)
(knew|know|knows) (nothing|next to nothing) about
(hired|picked|chose|went with|choose|pick|hire) the (cheapest|first|least qualified)
the cheapest (candidate|option|applicant)
(treated|treat|treating|treats) (me |us |candidates |people |applicants |everyone )?(like|as) (a|an|some) (number|intern|child|kid|criminal|idiot|fool|nobody|suspect|robot|machine|schoolboy|schoolgirl|beggar|servant|inconvenience|nuisance|afterthought|burden|object|statistic|piece of meat|dog)
(treated|treat|treating|treats) (me |us |candidates |people |applicants |everyone )?with (contempt|disdain|disrespect|suspicion|hostility|arrogance|condescension)
(no|zero|little|not an ounce of|not a shred of) (respect|courtesy|manners|decency|professionalism|integrity|empathy) (at all )?(for|towards|toward|from|shown|in)
no way to (run|treat|manage|handle|conduct|interview|hire|recruit)
(did|do|does|done) a (terrible|poor|bad|awful|lousy|horrible|shocking|pathetic|dreadful) job
(were|was) (a |an )?(complete |total |utter |absolute )?(waste|joke|farce|circus|disaster|embarrassment|mess)
and you know it
(insult|insults|insulted|insulting) (my|our|people's|anyone's|everyone's|a candidate's) intelligence
(bad|poor|terrible|awful|horrible|dreadful|appalling|toxic) reputation
reputation (is|was) (well |richly )?deserved
well deserved it seems
toxic (culture|environment|workplace|management|place|team|company)
(play|playing|played|plays) games
(your|these|the company's|your company's) games
(mind|head) games
(wasted|wasting|waste) (my|our|everyone's|a candidate's|candidates') (time|day|afternoon|morning|evening|weekend|energy|effort|week)
waste of (my|our|everyone's|an?|the) (time|day|afternoon|morning|evening|weekend|energy|effort|week)
what a waste
(brushed|fobbed) off
`;

/** Contempt nouns in a predicate or with a demonstrative ("is a joke", "this farce", "not a circus"). */
export const HOSTILE_INSULTS = `
({be}|felt like|feels like|feel like|seemed like|seems like|looked like|looks like|what|such|nothing but) (a|an) (complete |total |absolute |utter |real |bloody |total and utter |a bit of a )?(joke|farce|circus|shambles|sham|charade|travesty|disgrace|embarrassment|mess|scam|clown show|pantomime|fiasco|train wreck|trainwreck|dumpster fire|laughing stock|insult|con|rip-off|racket|zoo)
({be}) (a |an )?(complete|total|absolute|utter) (disaster|nightmare|failure|waste)
(this|that|your|the whole|whole) (farce|circus|shambles|sham|charade|travesty|fiasco|clown show|pantomime|mess of a|dumpster fire|trainwreck|train wreck)
(of|from|in) this mess
not a (circus|zoo|joke|clown show|playground|kindergarten|daycare|free-for-all|sweatshop)
a joke of a
(a|an|the) (disgrace|embarrassment) (for|to) (your|the|their|its)
what a joke
what a farce
what a circus
what a mess
what a shambles
what a disgrace
`;

/** Threats, retaliation and parting shots. */
export const HOSTILE_THREATS = `
(leave|leaving|write|writing|post|posting|share|sharing|put|putting) (a|an|my)? (honest |detailed |public |truthful |scathing |full |1-star |one-star )?(review|reviews)
(review|reviews) ... (on )?(glassdoor|indeed|trustpilot|google)
(on|to) (glassdoor|trustpilot)
(won't|will not|will never|would never|never|not|can't|cannot) (be )?(ever )?(recommend|recommending) (you|your|this|the company|anyone|anybody|them)
(never|won't|will not|wouldn't|would not|not) (ever )?(apply|work|deal|interview|bother) (with|for|to|at)? (you|your company|your firm|you people|here|there)? again
ever apply again
don't expect (me|us) to
(you'll|you will|you're going to|you are going to|they'll|they will) regret
your loss
(big|huge|serious|massive|terrible|grave|costly|colossal) mistake
good luck (finding|getting|hiring|keeping|recruiting|attracting) (anyone|someone|somebody|people|staff|good people|a candidate|anybody|candidates|talent)
good luck with (whoever|that|those|the poor)
put up with (that|this|you|your|it|them)
(won't|will not|wouldn't|will never) be half as (good|qualified|capable|strong|experienced)
(better|more qualified|more experienced|stronger) than whoever (you|they)
shame on (you|your|them|the)
(should|ought to|must) be (ashamed|embarrassed)
(should|ought to) (fire|sack|retrain|discipline|get rid of|let go of) (whoever|the|your|that|him|her|them)
(should|ought to) be fired
(you|your company|they) (deserve|deserves) (what|the bad|every bad|the reviews|to fail|the reputation)
(i'll|i will|i'm going to|i am going to) (be telling|tell|warn) (everyone|everybody|people|my network|others|my friends|other candidates)
(report|reporting) (you|your company|this|your recruiter) to
(i won't|i will not|i'll never|i will never|i shan't) forget (this|it|how|what|the way)
(to|and|should) (avoid|stay away from|steer clear of) (your|you|this company|the company|that place|this place|working for you)
`;

/** Rude imperatives: telling them off. */
export const HOSTILE_IMPERATIVES = `
don't (you )?(bother|insult|patronise|patronize|lecture|dare|kid yourself|even try|pretend|waste my time)
do not (bother|insult|patronise|patronize|lecture|dare|pretend|waste my time)
don't bother (telling|replying|responding|writing|calling|apologising|apologizing|getting back)
next time (maybe |perhaps |try to |please |actually |you could |you might )?(read|look at|listen|prepare|show up|turn up|check|learn|do your homework|be on time|put down|put away|switch off|try|bother)
(maybe|perhaps|try) (actually )?(reading|read|look at|looking at|listening|listen) (to )?(the|my|a) (cv|resume|résumé|application|portfolio|questions|answers)
(learn|learned|learnt) (some )?(manners|respect|basic courtesy)
get your act together
get a grip
grow up
do better
(don't|do not|never) (ever )?(contact|email|e-mail|call|message|bother|write to|phone) me (again|ever again)
screw (you|this|that|your)
to hell with
go to hell
piss off
get lost
(get|hire|find) (someone|somebody|people) (competent|qualified|who knows|who can|with a clue|with manners)
`;

// ── Sarcastic: praise that means its opposite, mock patience, mocking hyperbole ─────────────────────────────────────

/** Ironic openers and exclamations ("Oh great,", "Ah yes,", "What a surprise,"). */
export const SARCASM_OPENERS = `
oh great
oh good
oh joy
oh wonderful
oh lovely
oh brilliant
oh fantastic
oh perfect
oh sure
oh yes
oh well done
oh don't worry
oh don't worry
ah yes
ah yes
ah the famous
ah the classic
ah the old
well well
well done on
yeah right
yeah sure
sure (i'd|i would|why not|because)
what a surprise
what a shock
what a shocker
big surprise
surprise surprise
(color|colour) me (shocked|surprised|amazed|impressed)
who knew
who would have thought
who'd have thought
how (refreshing|exciting|thrilling|professional|original|novel|efficient|quick|fast|prompt|convenient|reassuring)
nothing says
gosh
gee
golly
wow
wow
oh wow
bravo
congratulations on (the most|managing|taking|finally|setting|being the|achieving)
(great|good|nice|fine|excellent|brilliant|stellar|fantastic|amazing|terrific) (job|work|going|effort) (on|with|there|guys|everyone)
well done (on|for|with|guys|everyone|to)
(kudos|props|hats off|top marks|full marks|gold star|a gold star|a medal|ten points|10 points) (to|for|on)
way to go
nice one
lucky me
how lucky
aren't i lucky
just what i (needed|wanted|was hoping for)
exactly what i (needed|wanted|was hoping for)
(i )?love (being|getting|hearing|waiting|receiving) (told|ignored|rejected|strung|nothing|another|a form|an automated|ghosted)
what a (great|lovely|wonderful|fantastic|brilliant|fine|nice|perfect|classy|professional) way to (treat|start|end|welcome|run|show|reward|thank|say)
(classy|real classy|very classy|how classy)
love that for me
love how
loved how
(i|we) love how
gotta love
(you've|you have|you) (got to|gotta) love
glad to see
nice to know
good to know
(nice|great|lovely) to see
(great|fantastic|wonderful|perfect|brilliant|lovely|super|excellent|marvellous|splendid|terrific|awesome|cool)
(lovely|wonderful|great|nice|good|delightful|charming) to (be|see|hear|learn|find|know|get|receive|have)
what a (pleasant|lovely|nice|welcome) surprise
i see (the|your|that)
(hats off|a round of applause|nice touch|perfect timing|special thanks|credit where it's due|full credit|much appreciated)
(such a|what a) shame
funny how
funny that
interesting how
`;

/** Praise pushed past sincerity ("lightning-fast", "legendary", "a joy for everyone", "really felt personal"). */
export const SARCASM_PRAISE = `
legendary
lightning-fast
lightning fast
speedy
breakneck
stellar (communication|response|responsiveness|organisation|organization|service)
impeccable
flawless
riveting
thrilling
refreshing
delightful
unforgettable
world-class
genius
masterful
masterclass
impressive
brilliant (idea|move|plan|timing|decision|system|strategy|way)
(most|very|so|such a) thorough
thorough way
innovative
warm welcome
very welcoming
so welcoming
(a|such a) joy
a treat
treasure
cherish
kept (things|it|me) (interesting|exciting|fresh)
felt (so |really |very )?personal
(so|very|really|truly|most) personal
(how|so|very|too|really) exciting
(busy|important) schedule of
(really|truly|so) appreciated
appreciated (the|your) (wait|delay|silence|rescheduling|{digits})
ever so
flattered
honoured that
honored that
(i'm|i am) (so |truly |deeply )?(touched|moved) that
in very good hands
in good hands
(glad|nice|good|great|lovely) to see
my favourite part
my favorite part
the highlight of my
(what|such) a (treat|joy|delight|pleasure|privilege|honour|honor) (to|it was to)? (wait|be (ignored|rejected|ghosted)|receive|get)
must be (a genius|nice|lovely|great|fun|a joy|wonderful)
(an )?impressive (talent|ability|skill|knack)
talent for
(a|the|real) knack for
prompt
promptly
swift
swiftly
speediest
quickest
fastest
(so|very|most|super) efficient
rapid
(thrilled|delighted|overjoyed|ecstatic) (to|that|with)
(such|so) (impressive|great|excellent|stellar|wonderful|amazing|brilliant|fantastic|efficient) (communication|organisation|organization|efficiency|professionalism|courtesy|service|speed|responsiveness|timing)
(the|your) (most|least) (\w+ )?(way|process|rejection|reply)
(thanks|thank you) (ever so much|a million|a bunch)
(so|very|how|most|really|truly) (thoughtful|kind|considerate|generous|nice|good|sweet|decent|gracious) of (you|your|them|the)
i feel (so |very |truly |really |deeply )?(valued|special|appreciated|important|respected|cherished|welcome|seen|heard)
(can't|cannot) wait (for|to)
impressed (that|how|by how|you)
(remarkable|extraordinary|incredible|amazing|astonishing|astounding|breathtaking|stunning) (attention to detail|organisation|organization|communication|speed|efficiency|responsiveness|punctuality)
(attention to detail|responsiveness|punctuality|communication skills|organisational skills|organizational skills)
(very|truly|so|most|really) (illuminating|enlightening|informative|helpful|insightful|useful) (feedback|answer|reply|response|explanation)?
top-notch
first-class
five-star
a+
better late than never
`;

/** Their poor conduct as the sentence states it: waiting, delays, silence, form letters, being rejected, losing things. */
export const SARCASM_GRIEVANCE = `
# Waiting and slowness, with a duration or a repetition.
(weeks|months) later
(a|{num}) (weeks|months|month|week) later
(took|taking|takes|needed|need|needs) (only )?({num}|a few|several|over|almost|nearly) (weeks|months|month|week|rounds|attempts|tries|reminders)
(took|taking|takes|needed|need) (you|your team|them|hr|the panel|the team|the company) (only )?({num}|a few|several|over|almost|nearly|a whole|a full) (weeks|months|month|week|days)
in (under|less than) a (month|week|year)
{num}-minute (wait|delay)
{num}-hour (wait|delay)
{num}-day (wait|delay)
{num}-week (wait|delay)
{num}-month (wait|delay)
{num} (minutes|hours) (late|wait|waiting)
(a|the|long|endless|hour-long|hours-long|two-hour|interminable) wait
(kept|keep|keeping|left|leave|leaving) (me|candidates|people|us)? (waiting|hanging|in limbo|in the dark|guessing)
waited (for )?({num}|over|almost|nearly) (minutes|hours|days|weeks|months|month|week|hour)
wait (an|over an|almost an|nearly an|{digits}) (hour|hours)
waiting (for|since) ({num}|over|almost|nearly) (weeks|months|month|week)
for another ({num}|few|several) (weeks|months)
(more|endless|constant|repeated|further) delays
delay after delay
another delay
yet another
another (excuse|extension|personality test|questionnaire|form letter)
(fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth) (round|interview|stage)
round (five|six|seven|eight|nine|ten|{digits})
(four|five|six|seven|eight|nine|ten|eleven|twelve) (rounds|interviews|stages)
after (four|five|six|seven|eight|nine|ten) (interviews|rounds|assessments|stages)
still reviewing
still under review
(rescheduling|rescheduled|cancelling|cancelled|canceling|canceled|postponing|postponed|moving|moved) (me |it |the interview |the call )?({num} times|again|twice|three times|four times|five times|yet again|for the (second|third|fourth|fifth) time)
(cancel|cancelled|canceled|cancelling|rescheduled|moved) (it |the interview |the call |the meeting )?(an|one|two|{digits}) (hour|hours|minutes) before
(last-minute|last minute) (cancellation|cancellations|reschedule|rescheduling)
# Impersonal treatment.
no-reply
noreply
(automated|auto-generated|automatic|computer-generated) (email|e-mail|reply|response|rejection|message|letter|note)
auto-reply
autoreply
form letter
form email
form rejection
rejection template
template (email|rejection|reply|response)
generic (email|rejection|reply|response)
mass email
copy-paste
copy-pasted
copied and pasted
(two-line|one-line|two line|one line|three-line) (email|answer|reply|rejection|response|note|message)
rejected by (a|an) (form|automated|template|generic|bot|email|computer|algorithm|machine)
dear (candidate|applicant)
candidate (number|no.|#) {digits}
one of (the )?({many}) (applicants|candidates|people|others)
same pile as
bottom of (a|the) pile
(wrong|someone else's|another person's|a different) name
(remembered|got|spelled|spelt|pronounced) my name (right |correctly )?this time
(mispronounce|mispronounced|mispronouncing|misspell|misspelled|misspelt|misspelling|got wrong|getting wrong) (my name|my surname)
(my name|my surname) wrong
# Silence and neglect.
silence
ghosted
ghosting
not answering
(got|received|had|heard|getting|there's been|there has been|with) (no answer|no reply|no response)
never (answered|replied|responded|wrote back|called back|got back)
(hearing|heard|hear|got|received|getting) (nothing|zero|zilch)
(nobody|no one|not one person|not a single person) (knew|told|bothered|showed|turned up|answered|read|looked|noticed|replied|called|cared|came)
(hadn't|had not|didn't|did not|never|hasn't|haven't|has not|have not) (even )?(opened|read|looked at|glanced at|seen|bothered with) (it|my|the|a)
(losing|lost|lose|misplaced|misplacing) (my |the |all )?(documents|application|forms|paperwork|cv|email|emails|file|files|references|portfolio)
# Their bad habits named as skills.
(ignoring|ghosting|misplacing|losing|forgetting|delaying|cancelling|canceling|rescheduling|stalling|wasting|stringing|contradicting) (emails|candidates|people|applicants|me|my|things|everyone|documents|references|applications|along)
keeping (candidates|me|people|applicants|everyone) (waiting|guessing|in the dark|hanging)
(sitting|sat|waiting|waited|left) (alone|on my own|by myself)
(spent|wasted|gave up|sacrificed|lost) my (whole |entire )?(weekend|evening|saturday|sunday|day off|holiday|annual leave)
(cleared|rearranged|blocked out) my (whole|entire) (day|week|calendar|schedule|afternoon|morning)
finally (making|made|reaching|reached|getting back|got back|sending|sent|replying|replied|answering|answered|responding|responded|deciding|decided|remembering|remembered|noticing|noticed) (a|your|back|me|to me|my)?
# Quantities held up as generous.
all ({num}|seven|eight|nine|eleven|twelve|fifteen|twenty) (words|lines|minutes|seconds) of
a whole ({num}|two|three|five|ten) (minutes|seconds|words|lines)
a (full|mere|grand total of) ({num}) (minutes|seconds|words|lines)
(a|the) grand total of
# Other neglect.
nothing to do with
(saying|said|say) nothing
(at|by) {digits} (am|a.m.) on a (saturday|sunday)
{digits}am on a (saturday|sunday)
on a (saturday|sunday) (morning|afternoon|evening|night)
(is|being|are) optional
(the )?only (person|one) who (spoke|talked|said hello|smiled)
ten-step
twelve-step
endless
hoops
someone's (nephew|niece|cousin|friend|son|daughter|mate|buddy)
(doesn't|does not|don't|do not|didn't|did not) (seem to )?apply to
the (most|least) (disorganised|disorganized|chaotic|confusing|pointless|impersonal|awkward|unprofessional)
the (slowest|rudest)
forgot (who i was|my name|about me|me|our interview|the interview|i was coming|i existed)
(learn|learned|learnt|found out|hear|heard|read) about (the|my|your) (decision|rejection|outcome|result|hire) (from|via|on|through|in)
(eating|texting|scrolling|typing|yawning|on (his|her|their) (phone|laptop)|checking (his|her|their) (phone|email|emails|watch)) (the whole time|the entire time|throughout)
(unpaid|eight-hour|ten-hour|twelve-hour|week-long|weekend-long) (task|assignment|test|exercise|case study|project|trial)
(means|meant|mean) (absolutely )?nothing
absolutely nothing
(left|kept|put) me on hold
nobody on the other end
(copy-pasting|copy pasting|copying and pasting)
(in )?suspense
one-word (reply|answer|email|response)
(a|the|one) (single )?word (reply|answer|response)
(another|a second|a third|the same) (generic|automated|form) 
(you|your \w+) promised
my (annual leave|afternoon off|day off|holiday|weekend|evening|lunch break|savings|vacation|time off|unpaid leave)
({num}-hour|long|two-hour|three-hour|four-hour) (commute|drive|journey|trip|train ride|flight)
(six-stage|seven-stage|eight-stage|five-stage|ten-stage|six-step|seven-step|eight-step|endless) (process|interview|hiring)
(hoops|yawns|yawning|yawned)
(the|your) (own )?deadlines?
(the )?(wrong|another) candidate
the day after my (final )?interview
a mere
(asked|ask|answer|answered|answering|repeat|repeating|repeated) the same (question|questions|thing|answers)
nobody remembered
(find|found|finding) out (from|via|on|through) (a friend|linkedin|social media|twitter|facebook|someone else|the grapevine|a colleague|the website)
all (one|{num}) (sentence|sentences|line|lines|word|words) of it
managed to (spell|pronounce|get) my name
(told|tell|tells|telling|gave|give) me nothing
(third|fourth|fifth|second) (reschedule|rescheduling|cancellation|postponement|delay) (in|this)
bottom of (a|the) (drawer|stack|heap|bin|queue)
to be (ignored|ghosted|forgotten|overlooked|passed over|kept waiting|strung along|left hanging|messed around|fobbed off)
{num}-day (response|reply|turnaround)
(response|reply|turnaround) time of ({num}|several|a few)
`;

/** Mock patience and mock self-blame ("No rush, I'm only unemployed", "my fault for expecting an answer"). */
export const SARCASM_MOCK = `
no rush i'm only
no pressure (i'm|i am|it's)
no worries (i only|it's not like|it is not like)
(it's|it is) not like i (have|had|was|am|need|needed)
not like i (have|had) anything
(don't|do not) mind me
(i'll|i will) just (wait|sit|stay|keep waiting|hold my breath|twiddle my thumbs)
(sit|wait|waiting|stay) here (until|till|forever)
hold my breath
(twiddle|twiddling) my thumbs
who needs (weekends|sleep|a weekend|a life|evenings|holidays|free time|family time|days off)
(i'd|i would) hate to (interrupt|disturb|bother|distract|intrude on) your (busy|important|hectic|packed)
my (own )?fault for (expecting|thinking|hoping|assuming|believing|wanting)
silly me
how (foolish|naive|silly) of me
(i|we) (must have|must've) missed the memo
missed the memo
(i'm|i am) only (unemployed|waiting|a candidate|human|asking)
i only waited
by then you (might|may|will|could)
(might|may) (have )?decided by then
(apply|try) again in ({num}|a few|several) (years|decades)
(until|till|before) (retirement|i retire|i'm retired|i'm old|the next decade|the end of time|the heat death|hell freezes)
(sometime|some time|maybe|probably) (next|this) (year|decade|century|millennium)
(glacier|glaciers|snail|snails|tortoise|tortoises|sloth|sloths|carrier pigeon|carrier pigeons|pigeon post|smoke signals|dial-up|a fax machine|continental drift|paint drying)
(move|moves|moved|moving|are|is|would be|travel|travels|work|works) (faster|quicker) than (your|you)
slower than (a|an) (snail|glacier|tortoise|sloth)
powered by (a )?(hamster|hamsters|snail|snails|potato|carrier pigeon)
(recovered|recover|recovering) from the shock
(your|the) version of (feedback|communication|an update|a reply|an answer)
(means|mean) something different (in|at|to|for) (your|you)
(a|an)? actual (reply|response|answer|human|email|update)
(must be|must have been|it must be|it must have been) (hard|difficult|tough|exhausting|a struggle) to (type|send|write|reply|answer|say|click|find)
(how|so) long you (took|take|needed|are taking)
given how long
is it (too much|asking too much|so hard|that hard|really so hard) (to ask|to|for)
(is|was) (that|it) too much to ask
(must be|is|was|must have been) (so |very |really |terribly |awfully |incredibly )?(hard|difficult|tough|exhausting|taxing|demanding|a struggle) for (you|your|them|the team)
(sorry|apologies|forgive me|pardon me|my mistake|my bad|silly of me|foolish of me|naive of me) (for|to) (expecting|expect|thinking|think|assuming|assume|hoping|hope|believing|believe|bothering you with|wanting)
(must|it must) be nice to
by the time (you|your team|they|anyone) (decide|decides|reply|replies|respond|responds|get back|gets back|make up|makes up)
(i'll|i will) (probably |likely |surely )?(have )?(retired|be retired|be dead|be old|be grey|be gray|be a pensioner)
(bermuda triangle|a black hole|the void|outer space|a parallel universe|another dimension|the abyss|the ether|the twilight zone|narnia)
(have|has|did) (you|your team|they|everyone) (forgotten|forget) (that )?(i|me) (exist|existed)
forgotten i exist
(means|meant|translates to|translated to) (a|{num}|several|a few) (weeks|months|years)
the least i could expect
(thanks|thank you) (so much |ever so much |a lot |very much |a million )?for (ghosting|ignoring|wasting|keeping me waiting|leaving me hanging|the silence|nothing|losing|stringing me along|messing me around|the runaround|the radio silence|forgetting)
busy doing (very |terribly |really |such |so )?important
(very|terribly|oh so|so|such) important (things|people|matters|business)
too (exciting|interesting|important|thrilling|fascinating|riveting|much trouble) to (answer|reply|read|respond|open|acknowledge|bother)
(slogan|motto|tagline|mission statement|values|promise|promises|commitment) in action
beneath (you|your|the)
(was|were|is|are) more (interesting|important|pressing|urgent|fun) than (my|me|the candidate|what i|anything i)
what (a|an) (great|lovely|wonderful|fantastic|brilliant|fine|nice|perfect|classy|professional|efficient|charming|delightful) way to
lucky me
love that for me
(real|very|how|so) classy
thanks for nothing
feel free to take (another|a few more|as long|all the time|your time)
(don't|do not) (rush|hurry) on my account
(i'm|i am) not going anywhere
(i've|i have) got (nothing but|all the) time
all the time in the world
i (only|just) have (bills|rent|a mortgage|a family|kids) to
(nice|good|great|lovely|kind|sweet) (of you )?to finally
so now you (reply|answer|write|remember|decide|respond|get back)
look who('s| is) (finally )?(replying|writing|back|answering)
fancy hearing from you
long time no (hear|see|speak)
(masterpiece|masterclass|triumph|marvel|model|paragon|miracle|feat|work of art|textbook example) of (inefficiency|disorganisation|disorganization|chaos|confusion|bureaucracy|poor communication|miscommunication|silence|delay|procrastination)
silence is golden
(silence|ghosting|no reply|no answer|radio silence|an auto-reply|a form letter) (is|are) the new (rejection|no|answer|normal|policy|standard|courtesy)
(under|beneath|at the bottom of) (a|the) (very |really |huge |giant )?(heavy|tall|big|huge|giant|towering|massive) (stack|pile|mountain|heap) of
much more important (emails|mails|things|people|matters|candidates|messages)
no news is good news
(vanishing|disappearing) act
(pulled|pull|pulling|did|doing|done) (a|the|quite a) (houdini|magic trick|vanishing act|disappearing act)
(i'll|i will|i'm going to) (frame|print and frame) (it|your|this|that)
(sun burns out|heat death|hell freezes over|pigs fly|the cows come home|next ice age|my grandchildren|the end of days)
(i'm|i am) sure (there's|there is|there was) (a )?(very |perfectly |really )?good reason
(i'm|i am) sure (it|my application|my cv|my email|my résumé|my resume) (made|makes|was|is) (great|fascinating|riveting|excellent|lovely) (reading|bedtime reading|reading material|kindling)
(recycling bin|the bin|the shredder|kindling|bedtime reading)
(that|this) must be a (new )?record
a new record
anything but (fast|quick|quickly|swift|personal|professional|helpful|smooth|organised|organized|efficient|transparent|clear|simple|easy|friendly|welcoming|warm|speedy|prompt|on time|punctual|short|brief|fair|respectful)
(i'll|i will) just keep (refreshing|checking|waiting|hoping|staring)
wait by the phone
(sit|sitting|waiting) by the phone
(keep|keeping) (my|the) fingers crossed (for|until) (another|the next|a few more)
(so|really|very|just) glad (that )?i (cleared my|spent my|wasted|rearranged my|cancelled|canceled|turned down|bothered|gave up|drove|flew|took (a|the) day off)
(but )?who's counting
not that i'm counting
(which|that) is (so |very |rather |just )?(adorable|cute|sweet|precious|quaint)
how (adorable|cute|quaint|precious)
at this rate
in time for my (pension|retirement|fiftieth|sixtieth|grandchildren|funeral|next birthday)
(you )?shouldn't have (gone to|bothered|troubled)
(all|such) the trouble of (a|an|one|sending|writing|typing)
(i have|i've got|i've) nowhere else to be
nothing better to do
never (felt|been made to feel) so (valued|special|appreciated|important|respected|welcome|seen|heard) as
nothing (makes|made) ... feel (so )?(special|valued|welcome|appreciated|important|respected|wanted|seen) like
nothing (says|screams|shows) 
(sounds|seems|looks|is) (like )?(a )?(totally|perfectly|completely|entirely|very) (normal|reasonable|fair|standard|sensible) (request|ask|thing|expectation)
(totally|perfectly|completely) normal request
preferably (this|before the end of the|within this) (year|decade|century|lifetime|millennium)
(this|within this) (decade|century|lifetime|millennium)
just as (well organised|well organized|efficient|smooth|quick|speedy|helpful|professional|organised|organized|prompt|punctual|fast) as (the last|last time|before|ever)
(must|seems to|appears to|only seems to) only apply to
(take|taking) another ({num}|few|couple of) (weeks|months|years)
(gift|talent|knack|flair|genius) for (vanishing|disappearing|losing|ignoring|delaying|misplacing|forgetting|ghosting|stalling|going quiet|radio silence)
my collection of
(frame|framing|print and frame) (it|this|that|your)
another (week|day|month|email|round|delay|excuse|reminder) another
(in case|if) (anyone|anybody|you) (was|were|is|are) wondering
figment of (my|your|the)
(pure|a work of|complete|total) fiction
more like ({num}|a few|several) (weeks|months|years)
(a|the) joke after all
who needs * (when|if) (you|i|we) (can|could|have|get)
who needs (feedback|a reply|an answer|an update|manners|courtesy) when
(i must be|i'm|i am) the only (applicant|candidate|one|person) (who|that|left)
(too|far too|way too) (boring|dull|much effort|much trouble|much to ask|taxing|difficult|hard) (to|for)
(would have been|was|is|be) too much (effort|trouble|work|to ask)
(such|very|really) good use of my
excellent use of my
(consider me|colour me|color me) (impressed|amazed|shocked|stunned)
(got|get|gets|getting|was|went|been) lost in (your|the) (very |so |oh so |terribly )?(busy )?(inbox|spam folder|spam|pile|system|mailroom|mail)
(i'll|i will|i shall) (treasure|cherish|frame) (it|that)
(means|meant|mean) (in|at|to) your (office|company|world|team|firm|organisation|organization|department)
feel like (a|an) (week|month|year|eternity|lifetime|decade)
all the (attention|care|consideration|respect) it deserves
`;

/**
 * Positive evaluation of any kind: sincere in most sentences, ironic beside their misconduct ("I had a lovely time
 * sitting alone …", "What an honour to be turned down by an automated email").
 */
export const POSITIVE_WORDS = `
thanks
thank you
appreciate
appreciated
grateful
enjoy
enjoyed
love
loved
lovely
wonderful
excellent
great
brilliant
fantastic
amazing
superb
terrific
marvellous
marvelous
delightful
splendid
fabulous
admirable
impressive
impressed
remarkable
touched
touching
flattered
honoured
honored
honour
honor
privilege
pleasure
treat
joy
delighted
thrilled
glad
happy
nice
kind
generous
thoughtful
considerate
sweet
personal touch
congrats
congratulations
kudos
bravo
well done
good job
nice job
great job
page-turner
masterpiece
commitment
dedication
talent
gift
genius
efficient
efficiency
thorough
detailed
informative
illuminating
enlightening
refreshing
exciting
thrilling
riveting
unforgettable
memorable
warm
welcoming
gracious
(extremely|really|so|very|remarkably|incredibly) well
lucky
blessed
perfect
stellar
top-notch
outstanding
a+
amazed
astonished
stunned
inspiring
pleasant
(incredibly|extremely|hugely|massively|wildly|truly|genuinely) (helpful|useful|informative|valuable|generous|thoughtful|kind|personal|detailed|efficient|organised|organized)
proud
`;

/** Words of concession: a sincere note sets a fault against a kindness with them ("I waited, but everyone was kind"). */
export const CONCESSIVE = `
but
although
though
even though
even if
despite
in spite of
however
nevertheless
nonetheless
whereas
while
understandably
understand
`;

/** Their rejection formulas, quoted back at them ("not the right fit at this time"). */
export const QUOTED_FORMULAS = `
not the right fit
not a fit
not a good fit
not quite the right fit
not quite right
at this time
other candidates
we'll be in touch
we will be in touch
keep your cv on file
keep your details on file
move forward with
moving forward
unfortunately
we regret
`;

/** Ironic tags at the end of a sentence ("…, as usual.", "…, I'm sure."). */
export const SARCASM_TAGS = `
as usual
as always
as ever
i'm sure
no doubt
of course
naturally
obviously
clearly
really
i guess
i suppose
apparently
how nice
how lovely
how kind
go figure
who knew
how thoughtful
how considerate
how sweet
how generous
how professional
truly
`;

/** Insinuation openers: weak alone, they turn a grievance or praise into a jab ("I'm sure", "I suppose", "Clearly,"). */
export const SARCASM_HEDGES = `
i'm sure
i am sure
i suppose
i guess
i assume
i'll assume
i will assume
i'm guessing
i am guessing
i imagine
i gather
i take it
i must have
must be
must have been
clearly
obviously
apparently
presumably
perhaps
maybe
surely
of course
naturally
truly
really
`;

// What pressure on the reader looks like, as data: one phrase a line, compiled by phrases(). The lists name parts of
// what a sentence DOES — who asks whom for what, by when, at what cost, with what threat — and rules/pushy.ts combines
// them (a request verb in imperative position + a time limit = a deadline; the writer's costly deed + a purpose tied to
// them = guilt) and decides whose speech it is. Macros ({name}) are regex sources shared by several lists.
import { digitShape, macro, phraseIndex } from '../text/pushyPhrases';


// ---------------------------------------------------------------------------------------------------------------
// Shapes: numbers, days, dates, durations.

const NUMBER = macro(String.raw`
{digits}
one
two
three
four
five
six
seven
eight
nine
ten
twelve
fifteen
twenty
twenty-four
thirty
forty-eight
seventy-two
a few
few
a couple of
couple of
a couple
several
many
`, { digits: digitShape(String.raw`\d+`) });

/** "second" and above: "first" never counts a repeat. */
const REPEAT_ORDINAL = macro(String.raw`
second
third
fourth
fifth
sixth
seventh
eighth
ninth
tenth
umpteenth
{nth}
`, { nth: digitShape(String.raw`(?:[2-9]|\d\d)(?:nd|rd|th)`) });

const WEEKDAY = macro(`
monday
tuesday
wednesday
thursday
thurs
friday
saturday
sunday
`);

const MONTH = macro(`
january
february
march
april
may
june
july
august
september
sept
october
november
december
jan
feb
mar
apr
jun
jul
aug
sep
oct
nov
dec
`);

const DAY_OF_MONTH = digitShape(String.raw`(?:\d{1,2}(?:st|nd|rd|th)?)`);

/** A point in time that can close a deadline ("by Friday", "before 1 April", "until the 20th"). */
const WHEN = macro(String.raw`
{weekday}
(this|next|the coming|coming|the) {weekday}
(this|next|the) (week|weekend|month|evening|afternoon|morning)
(the )?(end|close) of (the|this|next)? (day|week|month|quarter|business|play|business day|working day)
eod
eow
cob
cop
tomorrow
(the )?day after tomorrow
today
tonight
noon
midday
midnight
then
that (date|day|time|point)
the {dom}
{dom} (of)? ({month}|this month|next month)
{month} {dom}
{clock}
`, { weekday: WEEKDAY, month: MONTH, dom: DAY_OF_MONTH, clock: digitShape(String.raw`\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)`) });

/** A stretch of time ("48 hours", "the next two business days", "a day or two"). */
const DURATION = macro(`
(the )?(next |coming )?{number} (working |business )?(hours|hrs|hour|hr|days|day|weeks|week)
(the|a|one) (day|week|fortnight)
(the next|a) day or two
`, { number: NUMBER });

/** What they would give the writer: an answer in any form. */
const ANSWER = macro(`
answer
answers
response
reply
decision
verdict
outcome
result
results
update
status update
confirmation
feedback
explanation
word
final word
yes or no
yes or a no
closure
call
call back
offer
offer letter
contract
clarity
commitment
news
`);

/** The outcome itself: what a demand asks to be handed over ("give me your decision"). */
const OUTCOME = macro(`
decision
answer
outcome
result
results
verdict
yes or no
yes or a no
final word
firm date
definite date
closure
clarity
`);

/** Verbs of answering: what they are told to do. */
const RESPOND = macro(`
let me know
tell me
inform me
update me
notify me
advise me
get back to me
get back
come back to me
revert
respond
reply
answer
write back
confirm
decide
make (a|your|the) (final )?decision
make up your mind
contact me
call me
give me
send me
`);

/** Words that make an answer a demand: "a straight answer", "a clear yes or no". */
const BLUNT = macro(`
clear
straight
definite
definitive
honest
direct
firm
final
proper
concrete
`);

// ---------------------------------------------------------------------------------------------------------------
// Whose speech: regions of a sentence that are not the writer's pressure.

/**
 * Their own words or plans, reported back: from here to where the writer takes the sentence back is their timeline,
 * not a demand ("You mentioned you'd decide by Friday", "I understand from Maria that offers go out within two weeks").
 * Named people ("Ms. Tan mentioned") are found case-sensitively in text/pushySpeech.ts.
 */
export const THEIR_WORDS = phraseIndex(`
(you|she|he|they) (mentioned|said|told me|told us|noted|explained|indicated|stated|shared|hoped|had hoped|were hoping|was hoping|expected|expect|planned|plan|aimed|aim|estimated|wrote|advised|informed me|confirmed|anticipated|predicted|thought)
(you|she|he|they) (are|were) (planning|hoping|aiming|looking|expecting)
(you're|they're) (planning|hoping|aiming|looking|expecting)
(your|the) (colleague|recruiter|assistant|team|hr team|coordinator|panel|committee|board|email|letter|message|note|invitation|website|posting|job ad|ad|portal|timeline|schedule|plan|deadline|target date|process) (mentioned|said|says|stated|states|noted|explained|indicated|suggested|told me|was|is|expects|expected|planned)
(as|per|according to) (you|your|the|what you|his|her|their|she|he|they) ... (said|mentioned|noted|explained|indicated|suggested|wrote|stated|put it|described)
as you (said|mentioned|noted|explained|indicated|suggested)
from what you (said|told me|mentioned)
in our (call|conversation|interview|meeting|chat) you (said|mentioned|told me|explained)
i (understand|recall|remember|know|noted|gather|heard|hear|see|believe|gathered|learned) (from *)? (that)? (you|your|the|offers|decisions|interviews|it|hiring|this|these|things)
i (understand|recall|remember|know|gather|heard|learned) from
(since|given) your (timeline|deadline|schedule|target)
you (asked|requested|wanted) (me|that i|us)
the date you (give|gave|set|mentioned|proposed|suggested)
(you'd|you would|you'll|you will) (be in touch|get back to me|decide|have a decision|make a decision|know more)
`);

/** "Thank you again" and its kin: "again" there is courtesy, not a repeated chase. */
export const COURTESY_AGAIN = phraseIndex(`
(thank you|thanks|thank you so much|thanks so much|cheers|many thanks|grateful|appreciate it) (once)? (again|once more)
(again|once again|once more) (thank|thanks|i appreciate|i really appreciate|many thanks|my thanks|my gratitude)
(again|once again|once more), (thank|thanks|i appreciate|i really appreciate|many thanks|my thanks|my gratitude)
to thank you (once)? again
(again|once more) for
`);

/** Thanks for something they did: what follows is their kindness, never pressure ("thank you for your prompt reply"). */
export const THANKS_FOR = phraseIndex(`
(thank you|thanks|thank you so much|thanks so much|many thanks|much appreciated|i appreciate|i really appreciate|i'm grateful|i am grateful|grateful) (for|that you)
(i )?(appreciated|appreciate) (your|you|the|how)
`);

/** The writer was invited to do this: "as we agreed", "as you asked", "who asked me to keep her informed". */
export const INVITED = phraseIndex(`
as (we|you) (agreed|discussed|arranged|scheduled|planned|proposed|suggested|requested|asked|instructed|invited|recommended|advised)
as (agreed|requested|discussed|arranged|scheduled|planned|instructed|promised|invited|suggested|proposed|advised|asked)
(as )?per (your|our) *
at your (request|suggestion|invitation)
(you|she|he|they|who) (asked|invited|told|advised|encouraged|wanted) me to
(you|she|he|they) asked (to|for|me)
(you|she|he|they) (suggested|proposed|recommended)
your * (suggested|proposed|recommended|asked me|invited me)
your * * (suggested|proposed|recommended|asked me|invited me)
thank you for (suggesting|inviting|the invitation|asking)
your (request|invitation|suggestion)
who asked
when (you|we) (spoke|met)
for (the|my|our) (second |final |next |practical |trial |working )?(interview|assessment|trial|meeting|round|induction|onboarding|shift|appointment|tour|session|visit)
`);

/**
 * The writer offering, not imposing: a visit or a call on their terms ("if it helps, I can come by", "only if it
 * suits you", "would you like me to contact HR").
 */
export const OFFER = phraseIndex(`
i (can|could)
i'm (happy|glad|delighted|able|available|willing) to
i am (happy|glad|delighted|able|available|willing) to
i'd be (happy|glad|delighted|pleased)
i would be (happy|glad|delighted|pleased)
(happy|glad|willing) to
if (it|that|it's|that's) (is|would be|were)? (easier|helps|help|would help|helpful|useful|suits|suit|works|convenient)
if (you'd|you would|you) (like|prefer|want|wish)
if you think
would you like me to
shall i
should i
(whenever|when) (it )?suits
(a|any) (day|time) that (suits|works)
only if
i look forward to
looking forward to
i'd love to
i would love to
(feel free|do not hesitate|don't hesitate)
`);

/** Reasons for writing again that are corrections, not chasing: a typo, a missing attachment, the wrong address. */
export const CORRECTION = phraseIndex(`
typo
broken
wrong
incorrect
missing
forgot
forgotten
old address
attachment
attach
attached
didn't open
did not open
doesn't open
corrupted
bounced
correct one
right one
updated version
mistake
error
expired
apologies
apologise
apologize
sorry for writing
marked
spam
junk
external
personal address
different address
new address
filtered
blurry
unreadable
illegible
wrong file
didn't come through
did not come through
calendar invite
invitation link
`);

/** Softeners that leave the timing to them: a request with one of these is not a demand. */
export const SOFTENER = phraseIndex(`
whenever
when (you|it) (can|get|have|are|is|suits)
when convenient
at your (earliest )?convenience
if (possible|you can|you're able|you are able|it's possible|there is|there's|you have|convenient)
when you (get|have) a (chance|moment|minute)
once (you|a decision|the team|the panel|things)
in due course
no rush
no pressure
i would be grateful
i'd be grateful
i'd appreciate
i would appreciate
(would|could) you (please )?(kindly )?(be able to|let|tell|share|update|advise|confirm)
may i
might i
`);

/** Politeness that keeps a bare imperative from being curt ("please", "could you", "thank you"). */
export const POLITE = phraseIndex(`
please
pls
plz
kindly
could you
would you
can you
thank
thanks
if possible
when you can
i'd appreciate
i would appreciate
grateful
`);

// ---------------------------------------------------------------------------------------------------------------
// Requests and demands.

/**
 * A request verb in imperative position ("please let me know", "kindly confirm", "send me the contract"); rules/pushy.ts
 * checks the position (sentence or clause start, after "please", "could you", "you must" ...).
 */
export const REQUEST = phraseIndex(`
let me know
lemme know
lmk
let me have
tell me
inform me
update me
notify me
advise (me)?
get back to me
get back
come back to me
call me
call me back
ring me
revert
respond
reply
answer (me)?
write back
write to me
confirm
clarify
explain
send
share
provide
give me
give (your|the|a|an)
have (a|an|the|your) ... {answer}
get me
decide
make (a|your|the) (final )?decision
make up your mind
finalise
finalize
schedule
arrange
email me
contact me
expedite
hurry
speed up (the|this|my|your|our)? (process|decision|hiring|things|it|matters|review|response|reply|answer)
sort (it|this|things)? (out)?
process
issue
release
forward
ensure
make sure
`, { answer: ANSWER });

/** Lead-ins that make the next verb a request to them. */
export const REQUEST_LEAD = phraseIndex(`
please
pls
plz
kindly
just
simply
now
so please
and please
could you
can you
would you
will you
could someone
can someone
could anyone
can anyone
you (must|need to|have to|should|had better|are requested to|are required to)
(you'll|you will) (need to|have to)
(you're|you are) (requested|required|expected) to
i need you to
(i'll|i will|i'd|i would) need you to
i want you to
i'd like you to
i would like you to
i'm asking you to
i am asking you to
i must ask you to
i expect you to
i (request|ask) (you|that you)( to)?
(i )?request you to
make sure (that )?you
ensure (that )?you
(i'm|i am) asking (that )?you( to)?
i ask that you
be (honest|straight|clear|frank|upfront|direct) (with me)? and
be sure to
see to it that you
`);

/** A wish for an answer: not a demand alone, but a deadline or "ASAP" on it makes one ("I'd like a decision by the 15th"). */
export const SOFT_REQUEST = phraseIndex(`
(i'd|i would) (like|love|prefer|appreciate|welcome) (a|an|the|your|to hear|to know|to receive|to have|to get|to be told|it if|some|this|it|things|that)
(i'd|i would) be grateful (for|if)
(i'm|i am) (hoping|asking) (for|to hear|to receive|to get)
(i|we) (hope|hoped) to (hear|receive|get)
(can|could|may) i (get|have|receive|expect|know) (a|an|your|the|some|my)? ... {answer}
(can|could|may) i (get|have|receive|expect|know) (it|this|that)
(i'd|i would) (like|appreciate|welcome) {answer}
(can|could|will) (you|someone|anyone) (give|send|tell|let|get) me
`, { answer: ANSWER });

/** A demand for an answer, whoever it is made of. */
export const DEMAND = phraseIndex(`
i (need|want|require|demand|expect|deserve|must have|must receive|must get|insist on|await|am awaiting) (a|an|the|your|some|my|this|that)? ... {answer}
i (need|want|require|demand|expect|deserve) {answer}
(i'd|i would|i'll|i will|i do|i really|i still|i now|i just) (need|require|want|expect) (a|an|the|your|some)? ... {answer}
(i'm|i am|i will be|i'll be|i shall be) expecting (a|an|the|your|to hear|to be)
(i'm|i am) (formally |hereby |now |officially )?(requesting|asking for|demanding) (a|an|the|your)? ... {answer}
(i|i'd|i would|i'll|i will|i do|i really|i still|i just) (need|want|must|have) to (know|hear|be told|be informed|get an answer|have an answer|see the offer)
i (really )?need (closure|it today|it now|it by|an answer|everything confirmed|the offer confirmed|it confirmed|this sorted|this resolved|a response)
need to know
need (an|your|a) (answer|decision|reply|response|update)
i want (to be informed|it now|an answer)
(i|i really) (need|want|expect) you to {respond}
i must (insist|ask you to|know|have|hear|receive)
i expect to (hear|be told|be informed|be contacted|receive)
i expect (the|your|someone|somebody) ... to (contact|call|reply|respond|tell|inform|get back|write|confirm|update)
i expect (the courtesy|the decency)
i (insist|demand)
(i am|i'm) (owed|entitled to)
i deserve to (know|hear|be told)
you owe me
you (must|need to|have to|had better|are obliged to|should) {respond}
(you'll|you will) (need to|have to) {respond}
(someone|somebody|anyone) (needs to|has to|must|should) (tell|let|inform|update|get back|reply|respond|answer|call)
(it is|it's) (essential|imperative|necessary|vital|crucial|only fair|only right|the least you can do) that you
(it is|it's) (only )?(fair|right) (that you|for me to know)
the least you (can|could) do
(your|a|an|the|my) {answer} (is|are|was) (required|expected|needed|essential|mandatory|due|overdue|a must|awaited)
(your|a|an|the|my) {answer} (must|should|needs to|has to) (reach me|be sent|come|arrive|be given)
(your|a|an|the) {answer} ... ... (must reach me|is required|is needed|is expected)
{answer} (required|needed|expected|awaited)
(give|get|have|receive|owe|want|need|expect|deserve|demand|require) (me )?(a|an|your|the|some)? {blunt} (answer|decision|response|reply|yes or no|date|commitment)
(i trust|i expect) (you will|you'll) (now |finally )?(give|send|tell|let|reply|respond|confirm|answer|get back)
(it's|it is) (about )?time (you|someone) (gave|told|let|replied|responded|answered|decided|got back|made)
(am i|did i|have i been|was i) (hired|selected|in|out|successful|chosen|accepted|getting the job|getting it|get the job|get it|getting the offer)
(i'm|i am) not asking for much
all (i'm|i am) asking (for|is)
all i ask
once and for all
at (the very |the )?least (a|an|some) (response|reply|answer|acknowledgement|acknowledgment|decision)
the least (i|you|one) (expect|can|could|deserve|ask)
stop (dodging|avoiding|ignoring|stalling|delaying) (me|my|the|this)?
writing to (demand|insist on|insist|request) (a|an|the|your)?
there (needs|has) to be (a|an|some) {answer}
(it|this|everything|the offer|the decision|my offer|my contract) (must|needs to|has to) be (confirmed|decided|sent|signed|finalised|finalized|done|sorted|issued|made)
(i am|i'm) requesting you to
`, { answer: ANSWER, respond: RESPOND, blunt: BLUNT });

/**
 * The writer's claim on an answer, for clause-level reading ("what I need from you now is a decision", "I think I have
 * the right to know"): a NEED cue and an ANSWER_CUE in one clause, the need being the writer's.
 */
export const NEED_CUE = phraseIndex(`
need
needs
needed
want
require
required
must
have to
has to
demand
demanding
insist
insisting
asking for
all i ask
all i'm asking
deserve
right to
entitled to
owed
owe me
decency
courtesy
the least
time you
essential
imperative
mandatory
obliged
going to need
would expect
responsibility to
duty to
obligation to
`);

/** What the writer claims: to be told the outcome. */
export const ANSWER_CUE = phraseIndex(`
answer
answers
decision
reply
response
result
results
outcome
verdict
confirmation
feedback
explanation
closure
clarity
yes or no
yes or a no
be told
be informed
hear back
hear from you
tell me
let me know
inform me
get back to me
resolved
sorted
settled
update (me|candidates|applicants|people)
inform (me|candidates|applicants|people)
reply to (me|candidates|applicants|people)
know (where|if i|whether i|the result|the outcome|the decision|the answer|the status|your decision|your answer|what's happening|what is happening|what's going on|what is going on|what happened|anything|now|soon|today|asap|by|before|one way|either way)
know\.
know,
`);

/** Who needs it: the writer ("I really need"), an impersonal "is required", or them being told they must ("you have to"). */
export const NEED_OWNER = phraseIndex(`
i
i'm
i am
i'll
i will
i'd
i would
i really
i still
i do
i just
i now
i think i
what i
all i
i have
i've
me
you
(is|are|was) (required|needed|expected|essential)
`);

/** An imperative that asks for the outcome itself ("give me an answer", "just decide", "tell me whether I got it"). */
export const DEMAND_OUTCOME = phraseIndex(`
(give|send|share|provide|email|forward|confirm|tell|intimate) (me)? (with)? ... {outcome}
(respond|reply|revert|get back to me|come back to me|write back) (to me)? with ... ({outcome}|status)
(give|make|reach) (me)? (a|your|the)? ({blunt})? (decision|answer|call)
(just )?decide
make up your mind
answer me
(respond|reply|answer) (to )?(this|my|me)
(tell me|let me know|lemme know|lmk|confirm|inform me) (asap |honestly |once and for all |now |finally |straight )?(whether|if) (i|i'm|i am|i've|i have) (got|get|am|have|was|made|been|in|hired|selected|chosen|successful|accepted|didn't|did not|haven't|have not|wasn't|was not)
(tell me|let me know) (where i stand|one way or (the|an)? other|one way or another|yes or no|if it's a yes|what is happening|what's happening|what is going on|what's going on|exactly when)
just tell me
write back and tell me
(give|tell|send) me (a|the) (date|day|time) (when|by which|on which)
`, { outcome: OUTCOME, blunt: BLUNT });

/** A curt imperative with an object about the outcome: a demand when nothing polite softens it ("Send me the result."). */
export const DEMAND_BARE = phraseIndex(`
(tell|send|give|email|forward|intimate|inform) me ... ({answer}|status|where)
(intimate|inform) me (of|about) ... ({answer}|status)
(provide|share|confirm|send|give) (an|the|your|a)? ... ({answer}|status)
(confirm|tell me|let me know|inform me) (whether|if) (the|my|i|i'm|i've) ... (role|job|position|offer|mine|hired|selected|successful|in|out|got|accepted)
let me know (your|the) {outcome}
update me
`, { answer: ANSWER, outcome: OUTCOME });

/** A request made "now": clause-final urgency after a request or demand. */
export const NOW = phraseIndex(`
now
right now
at once
this instant
immediately
`);

/** The writer taking over a clause with an action of their own: a deadline or "ASAP" there is their own promise. */
export const WRITER_ACTION = phraseIndex(`
i'll
i will
i can
i could
i'd
i would
i'm
i am
i've
i have
i should
i shall
we'll
we will
we can
happy to
glad to
able to
ready to
available to
i (send|submit|upload|return|complete|finish|bring|prepare|deliver|start|join|finalise|finalize|provide|share)
`);

// ---------------------------------------------------------------------------------------------------------------
// Deadlines.

/** The head of a time limit ("by Friday", "before my flight", "within 48 hours", "at the latest"). */
export const LIMIT = phraseIndex(`
(by|until|till|no later than|not later than|latest by|at the latest by|on or before|before) {when}
before (my|i|i'm|i've|i have|i am|i can|i need|i hand|i give|we|our) *
before (the|your|this|my|*) ... (weekend|holiday|holidays|break|deadline|expires|starts|start|closes|goes on|leave|flight|lease|notice|move)
within {duration}
in the next {duration}
in {duration}
at the (very )?latest
no later
(your|the|my) deadline (to|for|is)
`, { when: WHEN, duration: DURATION });

/**
 * The writer needing a thing from them ("I'll need it", "I need the time confirmed"): pressure only with a time limit on
 * it ("... by noon today"); alone it is often the writer's own plan ("I'll need the weekend to think").
 */
export const NEED_THING = phraseIndex(`
(i|i'll|i will|i'd|i would|i do|i really|i still|i just|we|we'll|we will) (need|require|must have|have to have|must receive|have to receive) (it|this|that|them|these|those|the|your|a|an|all|everything|confirmation)
`);

/** A deadline named as such ("your deadline to respond is Friday"). */
export const DEADLINE_SELF = phraseIndex(`
(your|the) deadline (to|for) (respond|reply|answer|decide|get back|confirm|make)
deadline to (respond|reply|answer|decide)
(my|your|the) deadline for (your|an|the|a|my) {answer}
(i )?(can|could) only wait (until|till|for)
(i )?(can't|cannot|won't|will not) wait (past|beyond|after|longer than)
you have {duration} to
{answer} (required|needed|expected|due) (by|before|within|no later than)
`, { answer: ANSWER, duration: DURATION });

/** A bare time that limits a request in the same clause ("I need it today", "let me know this week"). */
export const BARE_LIMIT = phraseIndex(`
today
tonight
tomorrow
this week
this weekend
this evening
this afternoon
today itself
end of (the )?day
eod
cob
`);

// ---------------------------------------------------------------------------------------------------------------
// Ultimatums.

/** The condition of a threat: no answer, no offer, no progress ("if I don't hear back by Monday", "unless you ..."). */
export const CONDITION = phraseIndex(`
if (i|we) (still )?(don't|do not|can't|cannot|haven't|have not|didn't|did not) (hear|get|receive|have|see)
if (there's|there is|i get|i receive|there are) (no|nothing)
if (you|your team|the company|the firm|your company) (don't|do not|can't|cannot|won't|will not|aren't|are not|haven't|have not|fail|are unable|keep|still)
if (you're|you are) not (ready|able|interested|serious)
if (i'm|i am) not your
if (nobody|no one|noone) (replies|responds|answers|gets back|calls|gives)
if the (offer|decision|answer|contract) (doesn't|does not|isn't|is not|hasn't|has not)
in the absence of (a|an|any|your) (reply|response|answer|offer|decision|update)
if nothing
if the (process|decision|wait|delay) (keeps|drags|takes|is|continues)
if this (takes|drags|isn't|is not|continues|goes on|doesn't|does not)
should (this|it|the process|the decision|things) (drag|go on|take|continue|not)
if (it|things) (drag|drags|take|takes|isn't|is not) 
if you want me
unless
should (i|you) not
should you fail
failing (a|an|your|any|that|which)
(no|without a|without an|without any|without your) (response|reply|answer|word|decision|offer|news|confirmation) (by|within|before|this|until|soon)
otherwise
or (else )?(i|i'll|i will|i'm|i am|i go|i take)
either
after that
and then (i|i'm|i'll|i will)
before i (commit|accept|sign|take|go|say yes|move)
only if
depends on how (quickly|fast|soon)
`);

/** The writer in a modal or tense that announces what they will do ("I'll have to", "I'm going to", "I will be"). */
const I_WILL = macro(`
i'll
i will
i shall
i'm going to
i am going to
i'd have to
i would have to
i'll have to
i will have to
i may
i might
i must
i'll need to
i will need to
i plan to
i intend to
i would
i'll be forced to
i will be forced to
i'll have no choice but to
i will have no choice but to
i have no choice but to
i'll be
i will be
i'm
i am
i
and will
`);

/** Leaving the process as a consequence ("accept it", "take the other job", "move on", "be withdrawing"). */
const LEAVE = macro(`
accept
accepting
take (it|that|them|the other|another|their|the offer|the job|the role|the position|up)
taking (it|that|them|the other|another|their|the offer|the job|the role|the position|up)
sign
signing
go elsewhere
going elsewhere
go with
going with
move on
moving on
withdraw
withdrawing
walk away
walking away
pull out
pulling out
look elsewhere
looking elsewhere
assume
consider (my application|my candidacy|myself|it|this|that|other|another|the other)
commit (to|elsewhere)
committing (to|elsewhere)
pursue
pursuing
say yes
saying yes
leave (the|your) process
drop out
dropping out
decline (your|the|any)
proceed with (the|another|their)
give it to them
take that as a no
take it as a no
take my skills
done with
done
join them
joining them
join (the other|another|their|them)
joining (the other|another|their|them)
(take|taking|go|going|look|looking|apply|applying|sign|signing|accept|accepting) (my application|my skills|my candidacy|myself|my talents)? elsewhere
walk (away|out|if|unless)
consider me (withdrawn|gone|out|off)
finished with
out of (the|your) (process|running)
off the market
`);

/** The writer leaving as the consequence ("I'll accept it", "I'm taking the other job", "I'm out"). */
export const EXIT = phraseIndex(`
{i_will} (simply |just |then |have to |be forced to |need to |no choice but to )?{leave}
(accept|take|sign|go with) (the|their|that|another|an) (other|alternative|competing|second) (offer|job|role|position|company)
(you'll|you will|you could|you may|you might|you're going to|or) lose me
lose me to
`, { i_will: I_WILL, leave: LEAVE });

/** Leverage: other suitors named as pressure ("two other offers", "other firms want me", "your competitor"). */
export const LEVERAGE = phraseIndex(`
(another|other|competing|alternative|rival|second|a second|two other|three other|several|multiple|{number} other) (job )?(offer|offers|employer|employers|company|companies|firm|firms|role|roles|school|schools|clinic|clinics|hospital|hospitals|agency|agencies|startup|startups|bakery|bakeries|option|options|opportunity|opportunities|interview|interviews|recruiters|headhunters)
(offer|offers) from (another|a competitor|your competitor|a rival|a bigger|a different)
(an|one|a|the) offer (in hand|on the table|on my desk|waiting|pending)
(your|a) competitor
(interviewing|looking) elsewhere
(more|other) interviews
(recruiters|headhunters|companies|employers|firms) (are|have been)? (calling|contacting|chasing|approaching|messaging) me
(not|aren't|are not) the only (company|firm|employer|option|one)
(other|several) (companies|firms|employers|people) (are|have)? (lining up|interested|calling|chasing)
lining up
(happy|ready|keen|eager|waiting) to hire me
(want|wants) me
(calling|chasing) me
has offered me
have offered me
offered me
made me an offer
accepting elsewhere
signing with
(is|are) waiting for me
(not|isn't|is not|aren't) (my|the) only (option|choice|offer)
(have|got|with) (other|more|several) (options|choices|offers)
`, { number: NUMBER });

/** What turns leverage into pressure. */
export const PRESSURE = phraseIndex(`
the clock is ticking
(my )?patience (has limits|is running out|is wearing thin|is limited|won't last)
(don't|do not) take (too|so) long
(won't|will not) be (available|on the market|around|free) (for )?(long|much longer|forever)
ball is in your court
the choice is (yours|up to you)
(it's|it is) (up to you|your call|your move) now
(make up your mind|decide|choose) (quickly|fast|soon|now)
so (please )?(decide|act|move|hurry|choose|respond|make up your mind)
(don't|do not) keep me waiting
(decide|act|move|respond|hurry|choose) (fast|quickly|now|soon)
act now
(won't|will not) wait
(can't|cannot|can not) wait (any longer|much longer|forever|beyond|past)
(won't|will not|can't|cannot) (hold|keep) (it|them|this|the offer|that) (open )?(for )?(long|much longer|forever|indefinitely)
neither can i
just saying
you know
if you want me
now or never
time is (short|running out|limited|of the essence|tight)
(need|needs) (yours|an answer|your answer|to know|a decision|your decision|my answer)
you need to (move|decide|act|hurry)
before (then|it expires|that expires|my other offer|the other offer)
expires
unless
only if
(i'll|i will) give you until
you have until
depends on how
the first offer i get
whichever (comes|is) first
`);

/** Threats that stand alone ("this is your last chance", "I'm prepared to walk away", "I'll take my skills elsewhere"). */
export const THREAT = phraseIndex(`
(your|the|this is your) (last|only|final) chance
last call
now or never
(i'm|i am) not (going|willing|prepared) to (hold out|wait|keep waiting) (much |any )?(longer|forever)
(i )?(won't|will not) wait around
(i'm|i am|i'd be) prepared to walk away
take my (skills|talents|services|experience) elsewhere
(i'll|i will) give (you|your firm|your company|your team|it) (until|till|{duration})
(i'm|i am) giving (you|your firm|your company|your team) ({duration}|until|till|first refusal)
you have until
consider this my (last|final) (email|message|note|follow-up)
(fair|final) warning
on the verge of accepting
take it or leave it
otherwise (i|i'll) (cannot|can't|will not|won't|am unable to|am not able to) (attend|come|participate|continue|proceed|take part|confirm|go ahead|prepare)
otherwise (i|i'll) (cannot|can't|will not|won't|am unable to|am not able to) * (attend|come|participate|continue|proceed|take part|confirm|go ahead|prepare)
(it's|it is) now or never
(either|or) (i'm|i am) out
then (i'm|i am) (off the market|out|gone)
(or|you'll|you will|you could|you may|you might) lose me
lose me to
with or without you
(won't|will not) be (available|on the market|around|free) (for )?(long|much longer|forever)
`, { duration: DURATION });

// ---------------------------------------------------------------------------------------------------------------
// Guilt: what the writer gave up or did for them.

/** The writer as the subject of a past deed ("I", "I've", "I even", "I have already"). */
const I_DID = macro(`
i
i've
i have
i had
i even
i also
i actually
i already
i just
i've even
i've already
i have even
i have already
i had already
i had to
i've had to
i have had to
i have been
i've been
`);

/** Giving something up that they may be asked to repay ("turned down another interview", "put my life on hold"). */
export const SACRIFICE = phraseIndex(`
(turned down|turn down|turning down|turned away|turning away|declined|declining|passed up|passed on|passing on|gave up|given up|giving up|said no to|saying no to|rejected|rejecting|refused|refusing|walked away from|sacrificed|cancelled|canceled|skipped|postponed|rearranged|holding off on|held off on|put off|paused|stopped) (a|an|the|my|two|three|several|other|another|all|every|our|any)? ... (offer|offers|interview|interviews|job|jobs|role|roles|position|positions|promotion|place|opportunity|opportunities|chance|holiday|holidays|vacation|wedding|graduation|lectures|lecture|classes|class|exam|shift|shifts|day off|days off|weekend|weekends|evenings|saturday|sunday|plans|course|trip|appointment|leave|sleep|family|recruiters|headhunters|everything|a lot|company|companies|firm|firms|employer|employers|other applications|contract|surgery)
{i} missed (a|the|my|two|three|several)? ... (lectures|lecture|classes|class|exam|exams|graduation|shift|shifts|work|days of|day of|wedding|holiday|birthday|play|recital|game|concert)
{i} moved my (wedding|holiday|family|whole)
{i} (turned|turn) my (whole )?(week|life|month|schedule|plans|world) upside down
rearranged my (whole )?(life|schedule|week|plans)
{i} put (everything|my life|my (job )?search|my plans|other (applications|offers)|everything else|my career) (else )?on (hold|pause|ice)
put my life on (hold|pause)
{i} (stopped|stop) (applying|looking|interviewing)
(haven't|have not|didn't|did not) (applied|looked|interviewed) (anywhere|elsewhere)
(haven't|have not) accepted anything else
out of (commitment|loyalty|respect) (to|for) you
(been|stayed|remained) loyal
(moved|rearranged|changed|planned|built|organised|organized) (my|our|all|the|all my|all our|family)? ... (plans|life|lives|schedule|everything) around (you|your|this|the)
{i} (have )?sacrificed
(already|even) (quit|left|resigned|handed in my notice|given notice|gave notice|given my notice|told my (current )?(employer|boss|manager|landlord))
(i've|i have) (already )?(handed in|given|gave|put in|submitted|tendered) (my )?(notice|resignation)
given notice on
already resigned
{i} (told|informed) my (current )?(employer|boss|manager|landlord) (that )?(i'm|i am|i was)? (leaving|resigning|moving)
{i} (took|taken|take|used|burned|spent) (unpaid leave|leave without pay|a day off|the day off|time off|a week off|days off|annual leave|a day of (annual |unpaid )?(leave|holiday)|{number} days of (annual |unpaid )?(leave|holiday)|my holiday|my (annual )?leave|a (sick|personal) day)
came in on my day off
(took|taking|taken|used|using|burned|burnt|lost|losing) (a|the|one|two|three|{number}|my|an|unpaid|annual|my only|all my)? ... (day off|days off|leave|holiday|vacation|pto|annual leave|sick day|personal day|holiday day|day's pay|days' pay)
instead of (applying|interviewing|looking|accepting|taking|pursuing|considering) (elsewhere|other|others|any other|anywhere|another|the other|offers|jobs)
(didn't|did not|never) (take|consider|pursue|accept|look at|entertain) (other|any other|the other|another) (offer|offers|role|roles|opportunities|opportunity|jobs|job)
because of your (promise|promises|word|assurance|assurances|encouragement)
on my day off
lost the chance
my job (there )?is (now )?at risk
`, { i: I_DID, number: NUMBER });

/** A deed that cost the writer something (time, money, rest): guilt when it was done for them (see PURPOSE). */
export const DEED = phraseIndex(`
(even|already) (bought|booked|purchased|ordered)
{i} (paid|paid for|cancelled|canceled|missed|skipped|gave up|turned down|declined|rearranged|rescheduled|reorganised|reorganized|shifted|delayed|quit|resigned|postponed|sacrificed|stopped|hired|moved|changed|dropped|abandoned|put off)
{i} (spent|used|gave up|sacrificed|took) (my|a|the|an|whole|entire|one|two|three|{number})? ... (weekend|weekends|evening|evenings|night|nights|holiday|holidays|day off|days off|leave|vacation|savings|money)
{i} kept (my|the) ... (free|open|clear)
{i} left (my|work|early|the)
{i} (arranged|organised|organized) (childcare|child care|cover|a babysitter|for)
{i} came in (early|on)
{i} (already )?(started|begun|began) (looking|searching|house-hunting|packing|planning|making plans|to look|to pack|to plan)
`, { i: I_DID, number: NUMBER });

/** Who the deed was for: them, their process, their interview ("to attend your interview", "for this role", "so I could"). */
export const PURPOSE = phraseIndex(`
for (you|yours|your|this|the|our) ... (interview|interviews|role|job|position|process|opportunity|company|team|application|assessment|presentation|case|task|start date|meeting|schedule|panel|offer|test|trial|round|visit|on-site|onsite|assignment|challenge)
for (you|yours)
to (attend|come|make|get to|be at|be there|be available|be free|be present|prepare|meet|finish|do|complete|keep|stay|join|travel to|fly to|interview) (for )?(your|the|this|you|our|my)? ... (interview|interviews|role|job|process|assessment|presentation|case|task|meeting|slot|date|time|schedule|round|office|site|panel|on-site|onsite|visit|test|trial|assignment|challenge|start date|free)
to (be there|be on time|make it|get there)
so (that )?i could (attend|come|make|be|meet|interview|start|join|prepare)
to (accommodate|suit|fit|match|fit in with|work around|meet|satisfy|please) (you|your)
to * (your|you)
(coming|travelling|traveling|getting|driving|flying|commuting) to (your|the) ... (interview|office|assessment|panel|trial|site|on-site|onsite|centre|center)
(just )?to (attend|make|get to|be at|be there|travel|come|be available)
because (you|of you|of your|your)
because of (you|your|this role|this job|the interview|this opportunity|this application)
(counting|relying) on (you|your|this)
in my (free|own|spare) time
(at|on) my own (cost|expense)
(unpaid|for free|without pay)
(every|each) time you (changed|moved|rescheduled)
`);

/** A deed that gives something up or pays for something (for the three-factor reading with GUILT_COST and PURPOSE). */
export const GIVING = phraseIndex(`
spent
spend
relocated
uprooted
took
take
taken
used
lost
paid
paid for
gave
given
gave up
sacrificed
left
drove
flew
travelled
traveled
worked
missed
cancelled
canceled
skipped
bought
hired
arranged
rearranged
rescheduled
moved
told
did
made
put
declined
refused
quit
resigned
stayed up
came in
borrowed
sold
`);

/** What the deed cost: money, rest, family, hardship, distance, other chances. */
export const GUILT_COST = phraseIndex(`
pay
pay cut
a day's pay
wages
salary
money
loan
savings
cost
expense
expenses
my own
out of pocket
leave
annual leave
day off
days off
holiday
holidays
vacation
honeymoon
weekend
weekends
evening
evenings
night
nights
sleep
double shift
extra shift
night shift
overtime
children
kids
baby
son
daughter
babysitter
childcare
neighbour
neighbor
family
wedding
funeral
birthday
graduation
surgery
appointment
snowstorm
storm
sick
ill
fever
hours
km
kilometres
miles
overnight
all the way
offer
offers
other roles
other opportunities
promotion
place
landlord
lease
flat
apartment
uniform
equipment
visa
flights
tickets
job
position
role
career
`);

/** The cost the writer paid, in words that already say it was for them ("drove four hours each way", "at my own cost"). */
export const COST = phraseIndex(`
{i} (drove|travelled|traveled|flew|commuted|biked|cycled|walked) ... (hours|hour|km|kilometres|kilometers|miles)
{number} (hours|hour) each way
(flew|flown|travelled|traveled) in from
(took|taken) the (overnight|night|early|red-eye|redeye) (bus|train|flight|coach)
(paid|paying) for my own (flight|flights|travel|ticket|tickets|hotel|train)
at my own (cost|expense)
out of my own pocket
(hired|paid for) a (babysitter|nanny|sitter)
arranged (childcare|child care|a babysitter)
(worked|stayed up|was up|studied) (all night|through the night|till dawn|until dawn)
(spent|invested|put in) (over |more than |almost |nearly )?{number} (hours|days|weeks|nights) (on|preparing|building|working on|for) (the|your|this) ... (challenge|case|case study|assignment|task|presentation|exercise|test|application|interview|proposal|homework|take-home|process)
(spent|invested|gave up) (a|an entire|my entire|my whole|the whole|a whole|my) (week|weekend|holiday|night|month|evenings|weekends|saturday|sunday) (on|preparing|building|working|redesigning|for|to)
which took my (entire|whole) (holiday|weekend|week)
prepared for weeks
(invested|put|poured) so much (time|effort|energy|work|of my heart|of myself|heart)
so much of my (heart|time|life|energy)
{i} (worked|did) (a|an|the)? ... (unpaid|for free|without pay)
made {number} trips
(learned|learnt) your * (over the weekend|overnight|in a weekend)
while my (baby|child|son|daughter|mother|father|wife|husband) was (sick|ill|in hospital)
(at short notice|upside down) every time you
every time you (changed|moved|rescheduled)
in good faith
(invested|devoted|dedicated|poured|put|sunk|sank) (weeks|months|days|hours|years|so much|a lot|so many hours|countless hours|everything|so much time|so much energy|my heart) (of my time |of effort )?(into|in|to) (this|your|the|you)
which took me (days|weeks|hours|a week|a month|ages|forever|the whole|all|{number})
(went through|sat through|completed|attended|endured|did|done|had|survived) {number} (interviews|rounds|assignments|tests|tasks|stages|assessments) ... ... (for you|for your|with you|with your)
(worked|did) ... (unpaid|for free|without pay)
on my (honeymoon|day off|holiday|vacation|birthday|wedding day|sick day|annual leave|lunch break)
(made|making) (so many|many|huge|big|real) sacrifices
(haven't|have not|not|barely) slept
sleepless nights
lost sleep
(priority|precedence) over (every|all|any) other
(you|they|nobody|no one) never (even )?(looked at|read|opened|acknowledged|glanced at)
(put in|spent|invested|worked) (so many|countless|hundreds of|many|endless|dozens of) (hours|days|nights|weeks)
all the way (from|to|here|down|up)
(paid|bought|covered|funded) ... myself
(weren't|wasn't|was not|were not|not) cheap
cost me
took (me )?(a|my|the) (whole|entire|full) (weekend|week|day|evening|night|holiday)
(given|gave|devoted|dedicated|invested) (you )?(so much|a lot|all|many hours|hours|days) (of )?(my )?(time|energy|weekends|evenings|effort)?
{i} (even )?(learned|learnt|studied|built|made|wrote|prepared|redesigned|created|designed|put together|researched|practised|practiced|worked on|mocked up) ... ... (over the weekend|all weekend|overnight|through the night|in my free time|on my own time|in my spare time|on my day off|for free|unpaid|every evening|every night|at night|till late)
kept my (whole |entire )?(calendar|schedule|diary|week|month) (free|open|clear) for you
`, { i: I_DID, number: NUMBER });

/** Pointed appeals: what the writer expects in return, or who depends on them. */
export const APPEAL = phraseIndex(`
i think i've earned
i have earned
i've earned
counts for something
(being ignored|this silence|your silence) (really )?(hurts|stings)
(don't|do not) let (me|us|my family) down
after (everything|all) (i've|i have|i) (done|did|gave|given|sacrificed|put in|been through)
after all the (time|effort|work|hours) (i've|i have|i) (put in|put into|spent|invested|given|gave)
given (all|everything) (i've|i have) (sacrificed|given up|done|invested)
think of (everything|all) (i've|i have) (given up|sacrificed|done)
(my family|my kids|my children|my wife|my husband|my parents|my whole family|we) (is|are|has been|have been) (depending|counting|relying|praying|hoping) (on|for)
(relying|counting) on (your|this job|this offer|you|this role)
told (all )?my (friends|family) (and (family|friends))? (that )?(i|i'd|i had|i've) (got|had|landed|was getting)
i hope you will at least
i went out of my way
(i )?(don't|do not) know what (i'll|i will|i'd|i would|i am going to|i'm going to) do
(how much )?i (really |desperately |badly |truly )?need (this|the) (job|role|position|opportunity|offer)
(i'm|i am) desperate for (this|the) (job|role|position|opportunity)
the least you (can|could) do
`);

// ---------------------------------------------------------------------------------------------------------------
// Silence: complaints about the wait or the lack of an answer.

export const SILENCE = phraseIndex(`
why (haven't|hasn't|have not|has not|didn't|did not|won't|isn't|aren't|wasn't|hadn't) (i|you|anyone|anybody|someone|the team|your team|hr|the recruiter)
why (has|have|is|are|did|does) (no one|nobody|noone|no-one|everyone stop|everybody stop|no one ever)
why did (everyone|everybody|you all|the team) stop
why (i|i've|we) (still )?(haven't|have not|hadn't|didn't|did not|never) (heard|received|had|gotten|got|been)
why (nobody|no one|noone|no-one|nobody has|no one has) (has )?(replied|responded|answered|called|got back|gotten back|contacted|written)
why (am i|are you|is my) (being )?(ignored|ignoring)
(being|been|feel|felt|was|were) (completely |totally |entirely |simply |just )?(ignored|forgotten|overlooked|ghosted)
not once (has|have|did|had)
(left|kept) (me )?waiting
with no explanation
stopped (responding|replying|answering|returning|getting back|talking to me|writing)
(you|your team|they|the recruiter|your recruiter|hr|everyone|everybody|the company) (just |then |suddenly |completely )?(went|has gone|have gone|had gone|gone) (completely |totally )?(quiet|silent|dark|cold|radio silent|missing)
(promised|said you would|said you'd|told me you'd|told me you would) ... ... (but|and|yet) (i )?(never|didn't|did not|haven't|have not|still|nothing)
why (hasn't|haven't|has not|isn't|is not) (a|the|my) (decision|offer|answer|reply|response|result)
(you've|you have|you|they've|they have|everyone has) (forgotten|forgot) (about )?me
ignoring (me|my)
still waiting (for|on) ... {answer}
still waiting (for|on) (you|your|a|an|any|some|news|word|anything)
still waiting to (hear|know|get)
still waiting?
still waiting.
still waiting!
still waiting,
still waiting...
still (no|not a) (reply|response|word|answer|update|news|feedback|sign|call|email)
still nothing
still (i )?(haven't|have not|hadn't|did not|didn't|don't|do not) (heard|received|had|gotten|got|get|receive|hear|know anything)
still in (limbo|the dark)
yet to (receive|hear|get) (a|any|an|anything)
(no one|nobody|noone|no-one|not one person|none of you) ... (has|have|had)? (even )?(bothered|replied|responded|answered|called|got back|gotten back|reached out|acknowledged|contacted|updated|informed|told|written|returned)
(no one|nobody) (has|had)? (even )?(had|has) the (courtesy|decency)
(no one|nobody) will tell me
(heard|hear|received|gotten|got) (absolutely )?nothing
had (absolutely )?nothing (back|from|since|yet|at all)
(had|received|gotten|got) no (reply|response|answer|word|update|news|feedback|acknowledgement) whatsoever
(getting|got|get|receiving|received|had) (no|zero) (answer|answers|reply|replies|response|responses|word|update|updates|feedback|news|acknowledgement) (from|to) (anyone|anybody|anything|any|my|you|your)
(haven't|have not|didn't|did not) (heard|had|received|gotten|got) (a|one) (single )?word
not (a single|one|even a|even one) (word|reply|response|line|call|email|acknowledgement|acknowledgment|peep|rejection|update)
not (a|even a) peep
no (word|news|reply|response|update|feedback|answer|communication|call) no (word|news|reply|response|update|feedback|answer|communication|call)
no (word|news|reply|response|update|feedback|answer|communication|call), no (word|news|reply|response|update|feedback|answer|communication|call)
nothing from (you|your side|your end|anyone|the team|your team|hr)
(zero|no) communication
(your|total|complete|radio|deafening|utter|weeks of|days of|months of|this) silence
the silence (from|since|has|is|was|on your)
silence (from|since) (you|your|the|our)
(getting|get|got|received|met with|is|been) (only )?(silence|radio silence)
(gone|went|go|gone completely|went completely) (quiet|silent|dark) on me
ghosted
(left|kept|keep|keeping|leave|leaving|been) (me )?in the dark
in limbo
(left|leave|leaving|keep) (me|a candidate|candidates|people) hanging
(kept|keep|keeping|been kept|being kept) (me )?waiting
sitting by (my|the) phone
keep checking my (inbox|email|phone)
lack of (communication|response|responses|feedback|updates|reply|replies|courtesy)
(you|they|she|he|hr|team|recruiter|recruiters|company|feedback|call|reply|response|email|letter|offer|update|anyone|everyone) (still )?never (responds|respond|responded|replies|replied|answers|answered|arrived|came|called|calls|got back|gets back|returns|returned|wrote back|did)
(but|and) never did
(go|goes|went|gone|remain|remains|remained|have gone|has gone|are left|were left) unanswered
i expected to hear (something|back|from you|anything) by now
how long (must|should|do|does|will|am|have) (a candidate|i|one|applicants|candidates) (to )?(wait|keep waiting|be kept waiting|expected to wait|supposed to wait)
takes so long to (just )?(reply|respond|answer|write back)
waiting (this|so) long
(waiting|waited) (patiently )?(for )?(far |way )?too long
tired of waiting
(a )?(long|very long) time to wait
not even (a|an) (rejection|acknowledgement|reply|short reply|email|call|answer)
nobody called
(haven't|have not) (received|had|gotten) even
(is|does|did|has|do) (anyone|anybody|someone|you) (even )?(read|reading|see|seen|check|checking|open|opening|care|look at)
(is|does|did) (anyone|anybody) even
(no one|nobody|noone) ... (reads|read|seems to read|checks|opens) (my|their|candidates'|candidate|any)? (emails|messages|mail|applications|email)
(has|have|had|you've|they've) (completely |totally |simply |just |entirely )?(ignored|forgotten|overlooked|ghosted) (me|my|us)
(talking|writing|speaking) to a (brick )?wall
(shouting|screaming|writing) into (a|the) void
(gone|went|go|remain|remained|remains|have gone|has gone) (unread|unanswered|unacknowledged|ignored)
how (hard|difficult) (is it|can it be|would it be) to (send|write|give|reply|respond|answer|get back|drop)
(zero|not one|not a single) (replies|responses|answers|reply|response|answer|acknowledgements)
still (awaiting|waiting for|waiting on) (any|a|an|some) (kind of |sort of |form of )?{answer}
(ignored|ignoring|ignore|ignores) (every|all|each|any|my) ... (message|messages|email|emails|call|calls|note|notes|application)
(don't|do not) even know (if|whether)
not a (word|peep|sound|line|reply|single word)
(told me|said|promised) ... ... (and|but) (it's|it has|it is|now it's) (now )?been
why is it so (hard|difficult|impossible) to (get|receive|obtain)
(said|told me|promised) ... ... ... (and|but) (it's|it is) (already |now )?({weekday}|past|after|well past|the {dom})
(but|yet|and) nothing (came|arrived|happened|has come|has arrived)
(a|the) black hole
into the void
into thin air
lost in the system
(application|email|emails|message|messages|cv|resume|candidacy|note|notes) (has|have|seems to have|must have|had)? (vanished|disappeared|gone missing)
(being|been) left (hanging|in the dark|in limbo)
(not|never|haven't|have not|hasn't|has not) (even )?(heard|received|had|got|gotten) (so much as )?(an|a) (acknowledgement|acknowledgment|automated|auto-reply|reply|email)
(not|never) (shown|given|extended|offered|had) (me )?(the|any|even the) (basic |common |simple |professional |slightest )?courtesy (of|to) (a )?(reply|response|responding|replying|answer|answering|getting back|acknowledging|respond|reply)
(your|the|such a|this) (complete |total |utter )?lack of (responsiveness|response|communication|replies|courtesy|follow-up|follow-through)
(i guess|i assume|so i take it|i take it|i suppose) (that )?(there is |there's |you have |you've )?(no|zero|little) (interest|further interest)
`, { answer: ANSWER, weekday: WEEKDAY, dom: DAY_OF_MONTH });

/** Someone on their side as the one who does not answer ("you", "your team", "nobody", "HR"). */
export const ANSWERER = phraseIndex(`
you
not a single person
not one person
your team
your hr team
your hr
your office
your company
hr
the recruiter
the company
the team
anyone
anybody
nobody
no one
noone
someone
everyone
they
`);

/** Responding, in the past or perfect ("answered", "got back", "replied"), or as a habit ("tells me"). */
export const RESPONDED = phraseIndex(`
answered
answer
answers
replied
reply
replies
responded
respond
responds
got back
gotten back
get back
gets back
written back
wrote back
write back
called
call
calls
contacted
contact
acknowledged
acknowledge
updated
update
informed
inform
told
tell
tells
reached out
reach out
returned
return
said
says
bothered
`);

/** A plain "no answer yet": pushy only with a complaint or a count of the wait (see SILENCE_COMPLAINT). */
export const NO_ANSWER = phraseIndex(`
(haven't|have not|hasn't|has not|hadn't|didn't|did not) (yet )?(heard|received|had|gotten|got) (back|anything|any|a|an|word|news)?
not (to )?(have )?(heard|received) (back|anything|a word|from)
not (to )?(respond|reply|answer|acknowledge|get back)
no (word|reply|response|news|update|answer|feedback|communication|contact|acknowledgement)
no (reply|response|answer) (to|from)
without (hearing|any|a|a single|one) (back|word|reply|response|update|news|answer)
without (any|a single|one) (word|reply|response|update|news|answer|communication)
(but|yet) nothing
nothing (since|yet|at all)
and nothing
i know nothing
not knowing (anything|where|what|if|whether)
`);

/** What makes "no answer" a complaint: the length of the wait, intensifiers, how the writer feels about it. */
export const SILENCE_COMPLAINT = phraseIndex(`
(it's|it has|it is|it had) been
{number} (days|weeks|months)
(a|one|almost a|nearly a|over a|more than a) (week|month|fortnight)
(days|weeks|months) (have|had)? (passed|gone by|went by|gone)
(weeks|months|days) later
till date
to date
whatsoever
at all
absolutely
despite
even though
although
frustrating
unacceptable
disappointing
disappointed
surprised
shocked
not ok
not okay
unprofessional
not professional
rude
hard to understand
disrespectful
stings
hurts
upsetting
annoying
ridiculous
stressful
worrying
agonising
agonizing
painful
unfair
not right
unbelievable
yet
with no
for (days|weeks|months|ages)
(days|weeks|months) now
(anything|any of what) (i've|i have) (sent|written)
`, { number: NUMBER });

/** A polite reason for writing that turns "I haven't heard back" into a plain status question. */
export const POLITE_CHECK = phraseIndex(`
(wanted|want|would like|'d like) to (check|follow|ask|see|touch base|reach out|reaffirm|reiterate)
(thought|hoped) (i'd|i would) (check|follow|ask|reach)
(completely|fully|totally) understand
i understand
i know (you're|you are|these|hiring|how)
no worries
i'd (welcome|appreciate|be grateful)
i would (welcome|appreciate|be grateful)
`);

// ---------------------------------------------------------------------------------------------------------------
// Escalation: turning up, phoning uninvited, going over their head, copying their boss.

/** Someone on their side above or beside the reader. */
const SUPERIOR = macro(`
ceo
coo
cfo
cto
founder
co-founder
owner
owners
chairman
chairwoman
chair
president
vice president
vp
managing director
director
directors
board
boss
manager
line manager
supervisor
superior
head
department head
head of *
head of * *
general manager
gm
site manager
plant manager
regional manager
area manager
store manager
branch manager
hiring manager
team lead
team leader
principal
dean
chef
head chef
partner
partners
senior partner
senior management
leadership
leadership team
senior leadership
management
hr department
hr director
hr head
hr manager
hr team
hr vice president
human resources
head office
headquarters
legal department
legal team
assistant
reception
receptionist
switchboard
colleague
colleagues
recruiting director
recruitment director
talent director
group hr head
superintendent
director of nursing
matron
* office
ministry
department
district
medical director
(vp|vice president|head|director|manager) of *
(vp|vice president|head|director|manager) of * *
`);

/** Their places: where a visit would be uninvited. */
const PLACE = macro(`
office
offices
building
shop
store
restaurant
branch
warehouse
site
depot
front desk
reception
hr office
school office
nursing office
open day
kitchen
plant
factory
clinic
campus
premises
headquarters
hq
head office
ward
yard
bakery
salon
studio
school
hospital
hotel
gym
workshop
lab
lobby
foyer
entrance
car park
parking lot
* office
`);

/** The writer as the one acting (past, present or planned). */
const I_ACT = macro(`
i
i've
i have
i'll
i will
i shall
i'm
i am
i'm going to
i am going to
i'm planning to
i am planning to
i plan to
i intend to
i'm thinking of
i am thinking of
i may
i might
i'll have to
i will have to
i had to
i'll be
i will be
i'm now
i am now
tomorrow i'll
`);

/** Someone on their side, named by role ("your line manager", "the head of HR", "your Makati office"). */
const THEM = macro(`
(your|the|their) {superior}
(your|the|their) * {superior}
senior (leadership|management)
(upper|top|senior|higher) management
higher up
(your|the) higher-ups
`, { superior: SUPERIOR });

const THEIR_PLACE = macro(`
(your|the|their) {place}
(your|the|their) * {place}
`, { place: PLACE });

export const ESCALATION = phraseIndex(`
{i} (also |now |already |even |just |then |personally )?(copied|cc'd|cc'ed|cced|cc-ed|cc|cc'ing|ccing|copying|copy|looped in|looping in|loop in|added|adding|included|including|bcc'd) (in )?... {them}
{i} (also |now |already |even |just |then |personally )?(contacted|contact|contacting|called|call|calling|phoned|phone|phoning|rang|ring|emailed|email|emailing|wrote to|write to|written to|writing to|writing directly to|messaged|message|messaging|texted|text|reached out to|reach out to|reaching out to|complained to|complain to|go to|went to|going to go to|go straight to|left (voicemails|a voicemail|messages|a message) with|asked (the agency|my recruiter|my agent|a friend) to (phone|call|contact|email)) (directly )?{them}
{i} (also |now |already )?(forwarded|forward|forwarding|sent|send|sending|passed|pass|passing|shared|share) (this|it|my|the|this email|this message|my application|my cv|my email)? ... (on )?to {them}
{i} (also |now )?(escalate|escalated|escalating|raise|raised|raising|take|taking|took|bring|bringing|brought) (this|it|the matter|this matter|the issue|this issue|my case|my application|my complaint)? (up )?(to|with) {them}
(i'll|i will|i'm going to|i am going to|i plan to|i intend to|i shall) (speak|talk) (to|with) {them}
(asked|asking|ask) (a friend|someone|a contact|my friend|an acquaintance|a former colleague) (who works|at|in|inside|from) ... to (find out|ask|check|chase|push|put in a word)
(posted|post|posting|write|writing|wrote|leave|left|leaving) (a )?(review|about|my experience|a complaint) ... (glassdoor|linkedin|online|social media|indeed|google|twitter|facebook|reddit)
(come|come by|stop by|drop by|pop by|drop in|pop in|turn up|show up|go there|come down|come over|come round) in person
if (that's|that is) what it takes
{i} (also |now )?(escalate|escalated|escalating|raise|raised|raising) (this|it|the matter|my case|my application) (to|with) *
(escalate|escalating|escalated) (this|it|the matter) (further|higher|up)
{i} (also |now )?(file|filed|filing|make|lodge|lodged) a (formal )?complaint
{i} (also |now |already )?(messaged|contacted|emailed|written to|wrote to|sent ... to|reached out to|called|phoned) (the whole team|everyone on your team|everyone in your team|{number} people|several people|your colleagues|your team members|{number} (people|members|managers|colleagues|of you) (on|in|at|from) your *|{number} of your (colleagues|team|staff|managers|people|team members|coworkers))
(so|to make sure|so that|to ensure) (someone|somebody|anyone) (finally |actually |at last )?(answers|responds|replies|gets back|looks into|deals with|picks up|tells me)
(go|going|went) (over|above|around) (your head|you)
behind your back
{i} (also |now |personally |myself )?(stop|stopping|come|coming|drop|dropping|pop|popping|swing|swinging|turn|turning|show|showing|head|heading|walk|walking|go|come down|coming down|come over|come round|pop round|drop in) (by|in|up|over|round|down|to|into|at)? (at |to )?{their_place}
{i} (also )?(visit|visiting|wait outside|wait at|wait in|be waiting at|be waiting outside|be outside|be standing outside|stand outside) {their_place}
{i} (also )?(drop off|bring|hand in|hand-deliver|deliver) ... at {their_place}
(pop|drop|stop|swing|come|call) (in|by|round|over) to see you
wait (there|outside|until someone)
(to follow up|to ask|to talk|to speak|to come|to see you|to chase this|to discuss this|to sort this out) in person
(go|come|turn up|show up) (to|at) * in person
(call|phone|ring|calling|phoning|ringing|text|texting|message|messaging|tried|trying) (you )?(on |at )?(your )?(personal|private|home|desk|direct|cell|mobile|work mobile|whatsapp) (number|line|phone|mobile|cell)?
(call|called|calling|phone|phoned|ring|rang|text|texted|visit|visited) (you|your *|him|her) at home
(found|got|looked up|tracked down|dug up) your (personal |private |home |mobile |cell |direct |whatsapp )?(number|mobile|phone number|address|whatsapp|cell)
which i found online
(message|messaged|messaging|contact|contacted|dm|dmed|add|added|find|found|reach|reached out to) (you|your *)? (on|via|through) (facebook|instagram|whatsapp|tiktok|telegram|wechat|snapchat|your personal)
pull you out of
keep (calling|phoning|ringing|trying your)
(calling|phoning|ringing) (you |your * )?(every|each) (morning|day|hour|afternoon)
until (i reach you|i get through|someone (gives|tells|answers|can|picks up|sees|will see|comes|talks)|i get (someone|an answer|a response|through|seen))
(wait|waiting|sit|sitting) in (the|your) (lobby|reception|foyer|entrance|car park|parking lot|waiting room)
(my|a|an) (mp|lawyer|solicitor|attorney|union|union rep|councillor|councilor|congressman|congresswoman|senator|ombudsman|local paper|the press)
(reported|report|reporting) (this|it|you|your company|the company|the delay|my case)? to (the|your|a) *
(already|also) (spoken|spoke|talked) (to|with) {them}
(called|rang|phoned) your (reception|switchboard|front desk)
(mention|report|raise|bring up|flag|escalate|complain about|share) (this|it|your|the) ... (to|with) (my friend|a friend|your ceo|the ceo|your boss|your manager|your director|your superiors|senior management|the board|the owner|your owner|head office|glassdoor)
(close|friends|friendly) with (both )?(the|your) (ceo|cfo|coo|founder|owner|board|president|managing director|chairman)
`, { i: I_ACT, them: THEM, their_place: THEIR_PLACE, number: NUMBER });

/** A call announced for a day of the writer's choosing ("I'll call you on Monday"): uninvited unless offered or agreed. */
export const ANNOUNCED_CALL = phraseIndex(`
(i'll|i will|i'm going to|i am going to|i plan to) (give you a )?(call|phone|ring|telephone|be calling|be phoning|be ringing) (you|your office|your desk|your team|your mobile|your line) ... (tomorrow|today|this|next|on|later|first thing|at|in the morning|{weekday})
(i'll|i will|i'm going to|i am going to) give you a (call|ring) (tomorrow|today|this|next|on|later|first thing|at|in the morning|{weekday})
`, { weekday: WEEKDAY });

// ---------------------------------------------------------------------------------------------------------------
// Chase: counting unanswered mail, pointing back to it, bumping it.

export const CHASE = phraseIndex(`
(as )?per my (last|previous|earlier|prior|below|trailing|preceding)? (email|emails|mail|mails|message|messages|note|notes|voicemail|voicemails|correspondence|letter|letters)
(as )?(i )?(already )?(stated|mentioned|said|wrote|noted|asked|explained|requested|indicated) (in|on) my (last|previous|earlier|prior|past) ({number} )?(email|emails|mail|mails|message|messages|note|notes|follow-up|follow-ups)
as (mentioned|stated|noted|requested|explained) (in|on) my (last|previous|earlier|prior|past|below)? ({number} )?(email|emails|mail|mails|message|messages|note|notes)
as (i|i've|i have|i had) (already )?(asked|wrote|written|said|mentioned|requested|explained|stated) (twice|before|already|last week|previously|several times|repeatedly|{number} times|in my)
repeating my (question|request)
(following|follow) up (again|once again|once more|yet again|one more time)
(writing|asking|following up|reaching out|emailing|sending this|checking in|resending this|re-sending this|following-up) for (a|the) {ordinal} time
(following|follow) up on my (own )?(last |previous |earlier )?(follow-up|follow up|followup|follow-ups)
(following|followed|follow) up every (few )?(days|week|day)
re-following up
re-follow up
yet again
(bumping|bump) (this|my|it)
floating this (back )?up
(back )?to the top of your inbox
resurfacing this
(re-sending|resending|re-forwarding|forwarding again) (this|my|it|the)
(i'm|i am|i'll|i will|i've|i have|just|i) (resend|re-send|resent|re-sent) (this|my|it|the)
another (follow-up|followup|follow up|reminder|nudge|chaser|ping)
(on|re|regarding|about) the (below|email below|thread below|message below|note below)
{ordinal} (attempt|follow-up|followup|follow up|reminder|email|mail|message|note|try|chaser)
{ordinal} time (asking|writing|i'm writing|i am writing|reaching out|i've written|i have written|i've asked|i have asked|i'm asking|i am asking|i've followed up|this week)
this is (my|the) {ordinal} (email|mail|message|note|follow-up|followup|attempt|time|reminder)
(reminder|gentle reminder|friendly reminder|kind reminder|follow-up|followup) (no.|number)? ({digit}|two|three|four|five|six)
(reminder|gentle reminder|friendly reminder|kind reminder) #{digit}
(a )?reminder (of|about) my (previous|earlier|last|past)
my (last|previous|earlier|past|first) ({number}|several|many|few) (emails|mails|messages|notes|voicemails|follow-ups|attempts)
(my|the) {number} previous (emails|mails|messages|notes|voicemails)
(my )?previous (emails|mails|messages|notes|voicemails)
(the )?(last|latest) of (many|several|my) (emails|messages|mails|notes)
my (email|emails|mail|mails|message|messages|notes|voicemails) (of|sent on|dated|below|above)
(see|refer to|read|check) (my|the) (trailing |earlier |previous |below )?(emails|mails|messages|email|mail|message) (below|of)
(see|refer to|read|check) my (earlier|previous|last|prior|trailing|past) (emails|mails|messages|email|mail|message|note|notes)
(follow-up|followup|follow up) to my (follow-up|followup|follow up|previous|last|earlier)
my (emails|messages|notes|mails) (from|of|sent) (last|the|earlier|previous|{number})
(last|previous) (week|month) and the (week|month) before
(emailed|written to|written|wrote|called|phoned|rung|messaged|contacted|reached out to|reached out|pinged|texted|followed up with|followed up|tried to reach|tried reaching|tried to contact|tried contacting|asked|sent (this|it|you this)|called and emailed|emailed and called) (you|your office|your team|to you)? (twice|{number} times|several times|multiple times|many times|repeatedly|a few times|a number of times)
(sent|left) (you )?({number}|several|multiple|many) (emails|messages|voicemails|notes|follow-ups|mails)
(sent|asked) (this|it) twice
(reached out|followed up|written|emailed|called) (several|many|multiple|a few|{number}) times
(written|emailed|followed up|reached out|called) (to you )?every (week|day|few days)
keep (emailing|writing|following up|calling|chasing|messaging|reaching out)
(went|gone|go|remain|remained|remains|have gone|has gone|were left|was left|still) unanswered
(the )?first (one|two|{number}|email|message) (didn't|did not|never) (get|got|receive)
in case (you missed|it got|it was|it has been|it's been) (it|my|this|lost|buried)
in case it (got|was|has been) (lost|buried)
in case (my|the|they) ... (got|were|was|have been|went) (lost|buried|missed|overlooked)
resending
re-sending
not sure if you (saw|received|got|read) my
(if|whether) you (received|got|saw|read|opened|had a chance to read) my (last|previous|earlier|prior|other) (email|emails|message|messages|note|notes|mail)
did you (even )?(get|receive|see|read) my (last |previous |earlier )?(email|emails|message|messages|note|notes)
have you (even )?(seen|read|received) my (last |previous |earlier )?(email|emails|message|messages)
(i )?(haven't|have not|hadn't) (had|received|gotten) (a |any )?(response|reply|answer) to my (emails|messages|notes|previous|last|earlier)
(didn't|did not|never) (hear|get|have) (back|a reply|a response|an answer) (from|to|on) my (last )?({number} )?(emails|notes|messages)
(didn't|did not) hear back from my
(either|both|all|any|none|neither) of my (past|last|previous|earlier|prior)? ({number} )?(email|emails|mail|mails|message|messages|note|notes|voicemails|calls|follow-ups)
`, { number: NUMBER, ordinal: REPEAT_ORDINAL, digit: digitShape(String.raw`\d+`) });

/** Words that say an act is done again ("again", "once more", "one more time"). */
export const REPEAT = phraseIndex(`
again
once again
once more
one more time
yet again
another time
anew
`);

/**
 * The writer's own act of chasing, in the present ("following up", "writing to you"). Checking in or touching base
 * again is left out: a second, well-spaced check-in is polite (its timing is the timing rule's concern).
 */
export const FOLLOW_UP_ACT = phraseIndex(`
following up
following-up
writing
reaching out
contacting you
emailing
asking
chasing
pinging
nudging
reminding you
enquiring
inquiring
circling back
sending (this|it|my|the same)
resending
re-sending
forwarding (this|it|my)
bumping
(i'm|i am|just|i'd like to|i wanted to|i want to|let me|i'll) (follow up|write|reach out|ask|chase|remind you|inquire|enquire|circle back|ping you|nudge you)
`);

/** The courtesy phrase "per my last email" and kin: safe to delete, with the comma after it. */
export const CHASE_DELETABLE = phraseIndex(`
(as )?per my (last|previous|earlier|prior) (email|e-mail|mail|message|note)
`);

// ---------------------------------------------------------------------------------------------------------------
// Impatience.

/** Urgency words: pushy in a request of theirs, not in the writer's own promise ("I can start ASAP"). */
export const ASAP = phraseIndex(`
asap
a.s.a.p.
a.s.a.p
as soon as possible
as soon as you can
as soon as humanly possible
as soon as feasible
as early as possible
as quickly as possible
as fast as possible
at the earliest
at the earliest possible
at your earliest
at the soonest
soonest
urgently
immediately
right away
at once
straight away
without (further |any )?delay
promptly
quickly
quick
fast
in a hurry
`);

/** "Immediately after", "at the earliest date that suits you": time words that are not urgency. */
export const NOT_URGENT = phraseIndex(`
immediately (after|before|following|upon|on|when|once)
at the earliest (date|opportunity|convenience|start date|time that)
at your earliest convenience
(so|how|very|really|pretty|that|such a) (quick|quickly|fast|promptly)
(quick|fast|prompt) (reply|response|turnaround|call|chat|question|note|update|look|learner|pace|paced|study|thinking)
quick to
(thank you|thanks|grateful|appreciate) (so much )?for (your|the|such a) (quick|prompt|fast|speedy)
`);

/** Asking for speed in so many words ("a speedy answer", "your immediate response"). */
export const URGENT_REQUEST = phraseIndex(`
(need|want|expect|require|awaiting|await|request|requesting|appreciate|like|welcome|hoping for|ask for|asking for|get) (a|an|your|the)? (very )?(speedy|quick|quicker|prompt|immediate|urgent|fast|swift|rapid|early|earliest) (answer|reply|response|decision|update|feedback|confirmation|resolution|outcome|action|turnaround)
(your|an) (immediate|urgent|prompt) (reply|response|answer|attention|action|decision)
`);

/** Impatience in its own words ("what's taking so long", "hurry up", "how much longer"). */
export const IMPATIENCE = phraseIndex(`
(what's|what is) taking (so|this) long
(what's|what is) the (hold-up|hold up|holdup|delay)
(what's|what is) (going on|happening|the delay) with my (application|candidacy|file)
how (much longer|longer) (will|is|does|must|should|do|can|are|have) (this|it|the process|the decision|you|the team|i|a candidate)
how long (must|do|will|should|am|have) (i|a candidate|candidates|applicants) (have to |got to )?(wait|keep waiting|be kept waiting|be expected to wait)
why (is|does|did) (this|it|the process|the decision|everything|hiring) (taking|take) (so long|this long|forever|ages)
(is|are|it's|that's) taking (so long|this long|forever|ages|too long)
(take|takes) (so|this) long?
(take|takes) forever?
(take|takes) ages?
why (so|this) (slow|long)
(should|shouldn't|should not|doesn't|does not|can't|cannot|needn't|need not) take (this|so) long
(it's|it is|it has|this has) been (ages|forever|so long|too long|an eternity|weeks and weeks)
waiting since long
since forever
hurry( up)?
(speed|speeding) (this|it|things|the process|the decision|matters) up
(speed|speeding) up (the|this|my|your)? (process|decision|hiring|review|response|reply|answer|things|matters)
expedite
(get|getting|growing|becoming) (impatient|anxious|restless)
(i'm|i am) impatient
running out of (patience|time|savings|money)
time is running out
(i )?(can't|cannot|can not) wait (any|much) longer
(i )?(can't|cannot|can not) keep waiting
(i )?(can't|cannot|can not) wait forever
pins and needles
(i've been|i have been|been|i was|i am|i'm) (more than|very|so|extremely|incredibly|exceptionally) patient
(losing|lost|running out of|out of) (my )?patience
(decided|decide|heard|known|made a decision|reached a decision|have an answer|have a decision) by now
get this (done|sorted|moving|over with|finished)?
(tell me|let me know|send me|give me) (something|anything) soon
impatiently
(i )?(can't|cannot|can not) wait (any more|anymore)
why the (delay|wait|hold-up|holdup)
(what's|what is) going on\?
take (much|any|a lot|so much) longer
(an|your|the) (answer|reply|response|decision|update|news) soon
(i'm|i am) desperate
come on,
come on!
come on now
oh come on
or what?
yet or not
(made|decided|done|ready|hired|selected|got it|get it|got the job|get the job|chosen) or not
urgent:
urgent (reply|response|answer|update|decision|request|matter)
(it's|it is|this is|treat this as|mark this as|consider this|very|extremely|really) urgent
treat this as (a )?(priority|urgent)
(an answer|a decision|decide|reply|respond|get back to me|tell me) already
finally (hear|get|receive|know|decide|reply|respond|answer|get back|make)
at long last
`);

/** Whole sentences that are nothing but an impatient prompt ("Hello?", "So?", "Anyone there?"). */
export const PROMPT = phraseIndex(`
hello
helloo
hellooo
hello hello
so
well
and
anyone
anybody
anyone there
anybody there
is anyone there
is anybody there
anyone home
still deciding
bump
bumping
where are you
where is everyone
`);

/** Two or more question marks, or "?!" mixes. */
export const QUESTION_MARKS = /\?{2,}|\?+!+\?*|!+\?+[!?]*/g;

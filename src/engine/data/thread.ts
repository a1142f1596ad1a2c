// What the messages of a thread say, as phrase lists (one entry a line; see text/phrases.ts). Matched per sentence of
// a thread message; rules and plan logic live in thread/*.ts.
import { phrases } from '../text/phrases';

/** The meeting a scheduling or confirmation mail is about. */
export const MEETING = phrases(`
interview
interviews
(phone|video|zoom|teams|panel|final|second|first|technical|onsite|on-site) (call|screen|round|interview)
(call|meeting|chat|conversation|visit|onsite|on-site|panel|screen|screening)
`);

/** Their side setting or confirming when it takes place. */
export const SCHEDULES = phrases(`
confirm
confirming
confirmed
this is to confirm
(is|has been|have been|are|was) (scheduled|booked|set|confirmed|moved|rescheduled|arranged)
schedule
scheduled
(schedule|scheduled|reschedule|rescheduled) (for|to)
(book|booked) (you|in)
set (up|for)
invite you
like to (invite|meet|see|speak with|talk with) you
look forward to (meeting|seeing|speaking with|talking with|talking to|speaking to) you
see you (on|at)
will (take place|be held|start|begin)
(moved|changed) (it )?to
(does|would|will) * work
are you (available|free)
(we'll|we will) (meet|speak|talk)
`);

/** A change of an arranged time: an earlier time no longer holds. */
export const RESCHEDULES = phrases(`
reschedule
rescheduled
rescheduling
(moved|move|moving|changed|change|push|pushed|bump|bumped) (it|the interview|your interview|our call|our meeting|the call|the meeting)? to
instead
new time
`);

/** Their side saying when they will decide or write. */
export const THEIR_TIMELINE = phrases(`
decide
decided
deciding
decision
decisions
make (a|our|the|final) (choice|selection|call)
hear (back )?from (us|me|the team|our team|someone|one of us)
get back to you
come back to you
circle back
be in touch
reach out
let you know
let ... know
(be|get) in contact
(contact|contacting|email|emailing|call|calling|notify|notifying|inform|informing) (all|every|each|the|successful|shortlisted)? ... (candidates|applicants|interviewees|everyone|people)
update you
send you an update
give you an update
follow up with you
inform you
notify you
(have|share) (more )?(news|an update|feedback|next steps)
(give|send|share|provide|communicate|come back with) ... (answer|answers|response|responses|return|feedback|outcome|outcomes|result|results|decision)
(have|get) (an|a|our|the|some) (answer|response|outcome|result|results|update)
(results|outcome|outcomes|offers) (will be|are|should be) (shared|sent|communicated|announced|out|expected)
next steps
(finish|finishing|wrap up|wrapping up|complete|completing|conclude|concluding) (the|our|all)? (interviews|interviewing|process|search|round)
`);

/** A message of the writer asking about status: a check-in. */
export const CHECK_IN = phrases(`
check in
checking in
checked in
follow up
following up
followed up
any (update|updates|news)
an update
the status
status of
touch base
wanted to see (if|whether)
still (very )?(interested|keen|excited)
remain (very )?(interested|keen|excited)
where things stand
timeline for (a|the|your) decision
`);

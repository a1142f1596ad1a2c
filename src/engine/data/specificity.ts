// What does not count as a specific discussion point: the words every template uses.
export const GENERIC_WORDS = new Set(
  `convenience directorate directorates remit division divisions conversation conversations interview interviews interviewer interviewers time times opportunity opportunities role roles position positions
  company companies team teams organization organisation organizations organisations culture mission values value job jobs chat call calls meeting meetings
  discussion discussions day days week weeks today yesterday morning afternoon evening thanks thank consideration process processes step steps
  update updates application applications candidacy skill skills experience experiences background backgrounds qualification qualifications
  fit way ways lot lots thing things everything anything something nothing you me i we us they it insight insights information work people goals goal
  vision environment career careers future part parts member members duty duties responsibility responsibilities hiring manager managers question questions
  answer answers chance pleasure moment minute minutes detail details more plan plans challenge challenges aspect aspects areas area department
  group staff colleague colleagues panel office offices site firm business industry field sector space world opening vacancy post internship
  contribution contributions growth success ability abilities passion enthusiasm interest interests excitement learning knowledge expertise
  strength strengths idea ideas point points topic topics subject subjects matter matters hour hours month months year years decision decisions
  timeline timelines news word note notes email emails e-mail message messages letter follow follow-up hello hi dear regards best sincerely
  cheers all everyone someone anyone kind kinds sort type types bit bits piece pieces need needs reply response feedback support help assistance
  look glance visit tour session sessions round rounds stage stages level next last first second third other others new great good wonderful fantastic
  organization's company's team's role's position's job's individual individuals person persons leader leaders leadership environment direction
  offer offers candidate candidates applicant applicants resume résumé cv portfolio reference references availability schedule
  energy dedication commitment professionalism insightful informative enjoyable pleasant productive
  course possibility possibilities community communities advice ethic environments engineer workplace purpose impact difference teamwork
  collaboration innovation excellence organisation's opportunity's ambitions aspirations priorities expectations approach approaches
  forward teaching working council hope hopes side delay delays apologies apology board future plans addition asset assets path paths journey touch little mind minds sense relationship relationships product products value values needs strength
  openings contributions direction trajectory story stories kind insight welcome warmth lot half rest
  salary pay benefits bonus compensation pto vacation asap thx whats lol gonna wanna stuff project projects programme programmes program programs initiatives initiative work works
  hospital hospitals school schools firm firm's institution university college agency practice store restaurant hotel facility plant
  warehouse organisation company's business's philosophy ethos atmosphere energy dynamic dynamics mentorship guidance wisdom kindness warmth hospitality welcome candour candor honesty`.split(/\s+/),
);

/** The sentence points at the conversation, or at something of theirs. */
export const DISCUSSION_CUE = /\b(?:discuss(?:ed|ing)?|talk(?:ed|ing)? (?:about|through)|mention(?:ed)?|describ(?:ed|ing)|explain(?:ed|ing)?|shar(?:ed|ing)|told me|show(?:ed|ing)|walk(?:ed|ing) (?:me )?through|hear(?:ing)?|heard|learn(?:ed|t|ing)|enjoyed|fascinat\w*|interest(?:ed|ing)|impress(?:ed|ive)|inspir(?:ed|ing)|excit(?:ed|ing)|struck|intrigu\w*|resonat\w*|stood out|stuck with me|your (?:point|question|description|explanation|insight|perspective|story|example|approach)|you said|(?:the|our) (?:conversation|discussion|chat|talk) (?:about|on|around|regarding)|(?:tour|visit)(?:ing)? (?:of )?the|got to see|seeing|meet(?:ing)? (?:the|your)|met|introduc\w*|curious|look(?:ing)? forward to (?:seeing|learning|working on|helping|tackling|contributing to)|thinking about|reflect\w*|followed up on|reading|read|sent|attached|asked|appreciated|loved|liked|valued|admire[ds]?|how (?:you|your|the team)|the way (?:you|your))\b/i;

/** Words of an address or document, never discussion points. */
/** Hyphenated words every letter uses. */
export const GENERIC_COMPOUNDS = new Set(['follow-up', 'e-mail', 'thank-you', 'one-on-one', 'long-term', 'short-term', 'full-time', 'part-time', 'in-person', 'face-to-face', 'well-being', 'up-to-date', 'first-hand', 'hands-on', 'next-step', 'on-site', 'co-workers', 'co-worker', 'self-starter', 'team-player', 'detail-oriented', 'fast-paced', 'forward-thinking', 'world-class', 'high-quality', 'problem-solving', 'decision-making', 'day-to-day', 'year-end', 'mid-week']);

export const PROPER_NOISE = new Set(['I', 'Zoom', 'Teams', 'LinkedIn', 'Skype', 'Webex', 'Meet', 'Google', 'Thank', 'Thanks', 'Best', 'Regards', 'Dear', 'Hi', 'Hello', 'Mr', 'Mrs', 'Ms', 'Dr']);

import { phrases } from '../text/phrases';

const WHO = String.raw`(?:you|your team|the team|the panel|everyone|[\p{Lu}][\p{Ll}]+|he|she|they|we)`;

/** A reference back to the conversation that names what comes next: "our conversation about …", "seeing …". */
export const REFERS_FORWARD = phrases(
  `
  (conversation|conversations|discussion|discussions|chat|talk|exchange|debate|questions|question|insights|points|point|story|stories|example|examples|explanation|overview|description|demo|demonstration|presentation|walkthrough|walk-through|tour|visit|look|session|exercise|task|case|case study|workshop|interview|meeting|call|conversation today|conversation yesterday|discussion today|discussion yesterday|chat today|chat yesterday) (today|yesterday|this morning|this afternoon|last week|on monday|on tuesday|on wednesday|on thursday|on friday)? (about|on|around|of|regarding|into|at|through|over)
  (speaking|talking|meeting|chatting|spending time|catching up) (with me|with us|with you|to you)? (today|yesterday|this morning|this afternoon|last week|on monday|on tuesday|on wednesday|on thursday|on friday)? (about|regarding|on)
  (conversation|conversations|discussion|discussions|chat|talk|discourse|exchange) with (the|your|our)? * (about|on|around|regarding|upon)
  (discourse|exchange|conversation|discussion) upon
  (to|and)? (discuss|explore|talk through|go over|look at|walk through) (the|your|how|what|a|an|our)
  to (learn|hear|see) (about|how|what|why|more about)
  (walk|walked|take|took) me (through|around)
  (see|seeing|saw|hear|heard|learn|learned|learnt|understand|understanding) (how|why|what|that) (you|your|the team|the unit|the ward|the kitchen|the lab|the team's|they|everyone)
  (your|ur|the team's|team's|your team's) (work|project|projects|efforts|plans|plan|approach|research|thinking|idea|ideas|vision|focus|push|move|shift|switch|transition|migration|rollout|roll-out|pilot|launch|programme|program|initiative) (on|to|with|for|toward|towards|around|into|from)
  (discussing|talking about|talking through|hearing about|hearing how|hearing that|hearing from|learning about|learning how|learning that|learning the|chatting about|brainstorming|sketching|working through|digging into)
  (enjoyed|loved|liked|appreciated|valued|for|after|since|was great|was lovely|was fascinating|was fun) (seeing|meeting|touring|visiting|watching|trying|tasting|shadowing|exploring|reading about)
  (showing|explaining|introducing|walking|taking|talking) me (through|around|to|about|how)?
  (showing|explaining|introducing|sharing|outlining|describing|demonstrating) (the|your|how|what|why|a|an)
  (letting|allowing|inviting) me (to )?(teach|try|see|sit in on|shadow|observe|join|sample|taste|cook|test|work|meet)
  (thinking|thought|reflecting|reflected) (about|on)
  (spent|spend|spending) ... (on|discussing|talking about|going through|looking at)
  enjoyed (how|the way|seeing|learning|hearing|meeting|trying|discussing|talking|exploring)
  {who} (described|mentioned|explained|showed|shared|outlined|talked about|discussed|told me about|walked me through|took me through|gave me|introduced|highlighted|raised|asked about|asked me about|pointed out|are moving to|is moving to|are planning|plan to|are building|is building|are launching|are rolling out|want to|hope to|are working on|is working on|are calibrating|are piloting|are testing|are trialling|are trialing|are preparing|are introducing|are bringing)
  (we|you and i) (discussed|talked about|covered|spoke about|looked at|went through|chatted about|touched on)
  (insight|insights|perspective|thoughts|advice|idea|ideas|vision|plans|plan|approach|point|take|story) (on|about|into|for|regarding)
  `,
  { who: WHO },
);

/** Events of an interview day named by what they were about: "the substation walkthrough", "the menu tasting". */
export const EVENT_NOUN = phrases(
  `
  (walkthrough|walk-through|tour|site visit|demo|demonstration|trial shift|shadow shift|tasting|session|exercise|presentation|case study|practical|observation|simulation|role-play|role play)
  `,
);

/** Words after which what came before is what was discussed: "the pick-to-light pilot you described". */
export const REFERS_BACK = phrases(
  `
  (you're|you are|you were|they're|they are|the team is|the team's|your team is|you've been|you have been) (doing|working on|running|building|planning|rolling out|testing|piloting|launching|designing|developing|preparing|introducing)
  {who} (described|mentioned|explained|showed me|showed|shared|outlined|talked about|discussed|told me about|walked me through|took me through|brought up|raised|highlighted|pointed out|introduced me to|launched|built|created|designed|are running|run|are building|are piloting|are integrating|are planning|have planned|lined up|have lined up|set up|are setting up|introduced|rolled out|are rolling out|showed us|gave me)
  (we|you and i) (discussed|talked about|covered|spoke about|looked at|went through)
  `,
  { who: WHO },
);

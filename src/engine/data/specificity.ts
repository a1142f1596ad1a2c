// What does not count as a specific discussion point: the words every template uses.
export const GENERIC_WORDS = new Set(
  `conversation conversations interview interviews interviewer interviewers time times opportunity opportunities role roles position positions
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
  salary pay benefits bonus compensation pto vacation asap thx whats lol gonna wanna stuff
  hospital hospitals school schools firm firm's institution university college agency practice store restaurant hotel facility plant
  warehouse organisation company's business's philosophy ethos atmosphere energy dynamic dynamics mentorship guidance wisdom kindness warmth hospitality welcome candour candor honesty`.split(/\s+/),
);

/** The sentence points at the conversation, or at something of theirs. */
export const DISCUSSION_CUE = /\b(?:discuss(?:ed|ing)?|talk(?:ed|ing)? (?:about|through)|mention(?:ed)?|describ(?:ed|ing)|explain(?:ed|ing)?|shar(?:ed|ing)|told me|show(?:ed|ing)|walk(?:ed|ing) (?:me )?through|hear(?:ing)?|heard|learn(?:ed|t|ing)|enjoyed|fascinat\w*|interest(?:ed|ing)|impress(?:ed|ive)|inspir(?:ed|ing)|excit(?:ed|ing)|struck|intrigu\w*|resonat\w*|stood out|stuck with me|your (?:point|question|description|explanation|insight|perspective|story|example|approach)|you said|(?:the|our) (?:conversation|discussion|chat|talk) (?:about|on|around|regarding)|(?:tour|visit)(?:ing)? (?:of )?the|got to see|seeing|meet(?:ing)? (?:the|your)|met|introduc\w*|curious|look(?:ing)? forward to (?:seeing|learning|working on|helping|tackling|contributing to)|thinking about|reflect\w*|followed up on|reading|read|sent|attached|asked|appreciated|loved|liked|valued|admire[ds]?|how (?:you|your|the team)|the way (?:you|your))\b/i;

/** Words of an address or document, never discussion points. */
/** Hyphenated words every letter uses. */
export const GENERIC_COMPOUNDS = new Set(['follow-up', 'e-mail', 'thank-you', 'one-on-one', 'long-term', 'short-term', 'full-time', 'part-time', 'in-person', 'face-to-face', 'well-being', 'up-to-date', 'first-hand', 'hands-on', 'next-step', 'on-site', 'co-workers', 'co-worker', 'self-starter', 'team-player', 'detail-oriented', 'fast-paced', 'forward-thinking', 'world-class', 'high-quality', 'problem-solving', 'decision-making', 'day-to-day', 'year-end', 'mid-week']);

export const PROPER_NOISE = new Set(['I', 'Zoom', 'Teams', 'LinkedIn', 'Skype', 'Webex', 'Meet', 'Google', 'Thank', 'Thanks', 'Best', 'Regards', 'Dear', 'Hi', 'Hello', 'Mr', 'Mrs', 'Ms', 'Dr']);

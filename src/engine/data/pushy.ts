// Pressure on the reader. Patterns are matched per sentence; guards in rules/pushy.ts decide whose demand it is.

const NUM = String.raw`(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d+(?:st|nd|rd|th)|another|one more)`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|midnight|(?:the )?end of (?:the |this |next )?(?:day|week|month|business)|eod|eow|cob|close of business|this (?:week|afternoon|evening)|next (?:week|monday|tuesday|wednesday|thursday|friday)|\d{1,2}(?::\d{2})?\s*(?:am|pm)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)`;

export const ASAP = /\b(?:asap|a\.s\.a\.p\.?|as soon as (?:possible|you can|humanly possible)|at once|right away|immediately|urgently|without (?:further )?delay|at the earliest)\b/gi;

export const DEADLINE = new RegExp(String.raw`\b(?:by|before|no later than|until)\s+${DAY}\b|\bwithin (?:the next )?(?:\d+|twenty-four|forty-eight|one|two|three|a few) (?:hours?|days?|business days?)\b`, 'gi');

/** Words that turn a deadline or "ASAP" into a demand made of them. */
export const DEMAND_CONTEXT = /\b(?:revert|kindly|need to know|want to know|lemme know|lmk|i would like|i'd like|i want|i need|i must|i expect|i require|i(?:'d| would) need|need (?:an?|your) (?:answer|response|reply|decision)|please|let me know|get back to me|respond|reply|answer|decision|decide|hear (?:back|from you)|you (?:must|need to|have to|should)|confirm|update me|tell me|inform me)\b/i;

/** The writer offering their own action ("I can start ASAP", "I'll send it by Friday"). */
export const WRITER_ACTION = /\b(?:i|i'll|i will|i can|i could|i'd|i would|i'm|i am|we can|we will|happy to|glad to|able to|ready to|available to)\b[^.!?;]{0,50}$/i;

/** Reporting their own timeline back to them ("you mentioned you'd decide by Friday"). */
export const THEIR_TIMELINE = /\b(?:you|she|he|they|the team|the panel|the committee|[A-Z][a-z]+) (?:asked(?: me)?|requested|wanted|needed|mentioned|said|noted|told me|explained|indicated|shared|hoped|hope|hopes|expect|expects|expected|plan|plans|planned|aim|aims|are aiming|were hoping|would|'d|will|'ll|are|were|is)\b/i;

export const CHASE = new RegExp(
  [
    String.raw`\b(?:as )?per my (?:last|previous|earlier|prior) (?:e-?mail|message|note|voicemail)\b`,
    String.raw`\bas (?:i )?(?:mentioned|said|stated|noted|wrote) in my (?:last|previous|earlier|prior) (?:e-?mail|message|note)\b`,
    String.raw`\bfollowing up (?:again|once again|once more|yet again|for the ${NUM} time)\b`,
    String.raw`\b(?:yet )?again following up\b|\byet again\b`,
    String.raw`\b(?:in |as (?:i )?(?:mentioned|said|wrote|asked) in )?my (?:last|previous|earlier|past) (?:two|three|four|five|several|few|\d+) (?:e-?mails|messages|notes|voicemails)\b`,
    String.raw`\bi (?:haven't|have not|hadn't) (?:had|received|gotten) (?:a |any )?(?:response|reply|answer) to my (?:e-?mails|messages|notes)\b`,
    String.raw`\b(?:a|your) (?:reply|response|answer) this time\b`,
    String.raw`\bthis is (?:my|the) ${NUM} (?:e-?mail|message|note|follow[- ]?up|attempt|time)\b`,
    String.raw`\b(?:my|a) ${NUM} (?:e-?mail|message|follow[- ]?up|attempt) (?:to you|this week|about this|on this)\b`,
    String.raw`\bi(?:'ve| have)? (?:now |already |since )?(?:e-?mailed|written|called|reached out|messaged|contacted|followed up|tried to reach you)(?: to)?(?: you| your office| the office| your team| your phone)? (?:twice|three times|four times|several times|multiple times|many times|\d+ times|a few times|repeatedly|a number of times)\b`,
    String.raw`\b(?:called|phoned|rung|rang|e-?mailed|messaged|written|texted|left (?:a )?(?:voicemail|message)s?)(?: you| your office| the office| your team)? (?:twice|three times|four times|several times|multiple times|\d+ times|a few times|repeatedly)\b`,
    String.raw`\bi(?:'ve| have)? (?:already )?(?:sent|left)(?: you)? (?:two|three|four|five|several|multiple|many|\d+) (?:e-?mails|messages|voicemails|notes|follow-ups)\b`,
    String.raw`\bwhy (?:haven't|have not|hasn't|has not|didn't|did not) (?:i|you|anyone|anybody|someone|the team)\b[^.?!]{0,40}`,
    String.raw`\bwhy (?:i|i've|i have) (?:still )?(?:haven't|have not|hadn't|not|never) (?:heard|received|gotten|had)\b[^.?!]{0,40}`,
    String.raw`\bi (?:still )?(?:haven't|have not) (?:yet )?(?:received|gotten|had|heard) (?:a|any|an) (?:reply|response|answer|word|update)\b(?=[^.!?]{0,40}\b(?:despite|even though|although|after|since|again|still)\b)|\bi still (?:haven't|have not) (?:received|gotten|had|heard)\b[^.?!]{0,40}`,
    String.raw`\bwhy (?:has|have|is) (?:no one|nobody)\b[^.?!]{0,40}`,
    String.raw`\b(?:i(?:'m| am)|i've been|i have been) still waiting\b|\bstill waiting (?:for|on|to hear)\b`,
    String.raw`\byou (?:never|still haven't|still have not|haven't even|didn't even) (?:replied|responded|answered|gotten back|got back|written back)\b`,
    String.raw`\bdid you (?:even )?(?:get|receive|see|read) my (?:last |previous |earlier )?(?:e-?mails?|messages?|notes?)\b`,
    String.raw`\bin case you missed (?:it|my)\b`,
    String.raw`\bbumping this\b|\bbump(?:ing)? (?:this|my email) (?:up|to the top)\b`,
  ].join('|'),
  'gi',
);

export const DEMAND = new RegExp(
  [
    String.raw`\bi (?:need|must have|require|demand|expect|insist on) (?:an? |your |the )?(?:[\w'’]+ )?(?:answer|response|reply|decision|update|confirmation|feedback|explanation)\b`,
    String.raw`\bi (?:need|have|must) (?:to )?(?:know|hear)\b(?! (?:more|about)\b)`,
    String.raw`\bi expect (?:to hear|a reply|a response|an answer|you to)\b`,
    String.raw`\bi demand\b|\bi insist\b`,
    String.raw`\byou (?:need|have|must|should) (?:to )?(?:decide|respond|reply|answer|let me know|get back|give me|tell me|make (?:a|your) decision)\b`,
    String.raw`\b(?:please )?(?:respond|reply|answer|get back to me|let me know) (?:immediately|promptly|urgently|right away|at once|now|today|tonight)\b`,
    String.raw`\bmake (?:a|your) decision (?:quickly|soon|now|today|fast)\b`,
    String.raw`\bdon't keep me waiting\b|\bwaste (?:of )?my time\b|\bi(?:'ve| have) been (?:more than )?patient\b|\bwaited long enough\b`,
    String.raw`\bi(?:'m| am) (?:getting )?(?:frustrated|impatient|annoyed|tired of waiting)\b`,
    String.raw`\bwhat(?:'s| is) (?:taking|the hold[- ]?up)\b|\bwhat is taking so long\b`,
    String.raw`\bi (?:can't|cannot|can not|won't|will not) wait (?:forever|much longer|any longer|indefinitely|around)\b`,
    String.raw`\bi(?:'ll| will) (?:call|phone|ring|come by|stop by|drop by|drop in|visit)(?: you| your office| the office| the store| the site)?\b[^.!?]{0,60}\b(?:to get (?:an? |your )?(?:answer|decision|update|response)|for (?:an? |your )?(?:answer|decision))`,
  ].join('|'),
  'gi',
);

export const ULTIMATUM = new RegExp(
  [
    String.raw`\b(?:other|another|competing|a competing|several|multiple|two other) (?:job )?offers?\b[^.!?]{0,120}\b(?:or (?:else )?i(?:'ll| will| am going to|'m going to)|otherwise|unless|before i|i(?:'ll| will) (?:have to |need to |be forced to )?(?:accept|take|move on|go with|withdraw|decide)|need (?:an answer|to know|a decision|your decision)|by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the end of))`,
    String.raw`\b(?:or|otherwise) (?:else )?i(?:'ll| will| am going to|'m going to| may| might| must)(?: have to| be forced to)? (?:move on|withdraw|accept (?:another|the other|a different)|take (?:another|the other)|look elsewhere|assume)\b`,
    String.raw`\bif i (?:don't|do not) hear (?:back )?(?:from you )?(?:by|before|within)\b[^.!?]{0,60}\bi(?:'ll| will)\b`,
    String.raw`\bi(?:'ll| will| am going to|'m going to| may| might)(?: have to| be forced to| need to)? withdraw (?:my application|my candidacy|from (?:the|your) process|from consideration)\b`,
  ].join('|'),
  'gi',
);

export const GUILT = new RegExp(
  [
    String.raw`\bi (?:even |actually |already )?(?:turned down|declined|passed up|passed on|cancell?ed|gave up|said no to|rejected|skipped|walked away from)\b[^.!?]{0,60}\b(?:for (?:this|yours|you|your|the interview)|to (?:attend|make|come to|be at|interview)|so (?:that )?i could)\b`,
    String.raw`\bafter all the (?:time|effort|work) i(?:'ve| have)? (?:put in|spent|invested|given)\b`,
    String.raw`\bi went out of my way\b`,
    String.raw`\bi took (?:a|an unpaid|a whole|the) (?:day|days|time) off (?:work )?(?:for|to)\b`,
    String.raw`\bi(?:'ve| have)? (?:already |even )?(?:handed in|given|gave|put in|submitted|tendered) (?:my )?(?:notice|resignation)\b`,
    String.raw`\bi(?:'ve| have)? (?:already |even )?(?:quit|left|resigned from) my (?:current )?(?:job|position|role)\b`,
  ].join('|'),
  'gi',
);

export const QUESTION_MARKS = /\?{2,}|\?+!+\?*|!+\?+[!?]*/g;

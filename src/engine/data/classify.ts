// Cues of the follow-up classifier. Weights: + for a candidate writing after an interview, - for other mail.

export interface Cue {
  pattern: RegExp;
  weight: number;
  /** Where to look: the letter's text (default), the subject only, or both. */
  in?: 'text' | 'subject' | 'all';
}

export const THANKS_FOR_MEETING =
  /\b(?:thank(?:s| you)|thx|thanx|cheers|grateful|appreciat(?:e|ed))\b[^.!?\n]{0,80}\b(?:interview(?:ing)?(?: me)?|meet(?:ing)? (?:with )?me|speak(?:ing)? with me|talk(?:ing)? with me|chat(?:ting)? with me|taking (?:the )?time|your time|the opportunity|(?:the|our) (?:chat|conversation|call|discussion|meeting|visit|tour|session)|considering me|consideration|having me|showing me around|showing me|walking me through|the walk-?through|hosting me|making (?:the )?time|(?:the )?coffee|ur time|lunch|letting me know|the feedback|the (?:tour|panel|onsite|on-site|trial shift|working interview|site visit|assessment|case study|deep dive|walkthrough|walk-through|shadow(?:ing)? (?:day|shift))|(?:trial|shadow) (?:shift|day))\b/i;

/** "Lovely to meet you", "Great speaking with you today". */
export const PLEASURE_OF_MEETING =
  /\b(?:good|great|lovely|nice|wonderful|fantastic|awesome|amazing|cool|a (?:real |great )?pleasure|so good|brilliant|excellent)\b(?: to)? (?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|see(?:ing)?|catch(?:ing)? up)(?: (?:with )?(?:you|everyone|the (?:team|panel))| today| yesterday| this (?:morning|afternoon|evening))\b/i;

export const CHECK_IN_CUE =
  /\b(?:checking in|check in on|(?:thought|think|wanted|want|like|decided) (?:i(?:'d| would| should) )?(?:to )?check in|(?:whether|if) (?:a|the|any) decision (?:has been|was|had been|is being) made|(?:still )?(?:haven't|have not|hadn't) (?:yet )?(?:received|gotten|had|heard)|(?:just )?(?:wanted|want|writing|write) to (?:check in|touch base|ask about (?:the|my) (?:status|timeline|decision|process)|see if there(?:'s| is| has been) (?:any|an) (?:update|news|decision))|follow(?:ing)? up (?:on|regarding|about|with regard to) (?:my application|my candidacy|the status|the (?:hiring|selection|recruitment) (?:process|decision)|the (?:decision|timeline)|where)|(?:expected |likely )?timeline for (?:a|the|your) decision|enquire (?:about|whether|if)|inquire (?:about|whether|if)|where (?:i|things) stand|why (?:haven't|have not|hasn't) (?:i|you|anyone)|any news|hear(?:ing)? from you this week|touch(?:ing)? base|any (?:updates?|news|word)|an update (?:on|about|regarding)|(?:the )?status of (?:my|the)|where things stand|where (?:you|the team) (?:are|is) in the (?:process|search)|(?:has|have) there been any (?:updates?|developments?|decisions?)|(?:haven't|have not|hadn't) (?:yet )?heard (?:back|anything))\b/i;

/**
 * Weaker signs of a check-in, enough only once the thank-you window has passed: still interested, following up on the
 * role, time passing, chasing, a status subject line.
 */
export const LATER_MESSAGE_CUE =
  /\b(?:(?:still|remain|am still|continue to be|remain very|am very much still) (?:very |really |genuinely |just as |as )?(?:interested|keen|enthusiastic|excited)|follow(?:ing)? up (?:again |once more )?(?:on|regarding|about|after) (?:the|my|our) (?:[\w-]+ ){0,4}(?:role|position|interview|application|candidacy|conversation|opening|vacancy|post|job|meeting)|the outcome)\b/i;
export const CHECK_IN_SUBJECT = /\b(?:checking in|check[- ]in|following up|follow[- ]up|any news|update|status|next steps)\b/i;

export const CLASSIFIER_CUES: Cue[] = [
  { pattern: THANKS_FOR_MEETING, weight: 3 },
  { pattern: PLEASURE_OF_MEETING, weight: 3 },
  { pattern: /^(?:really |truly |so )?(?:enjoyed|loved) (?:seeing|meeting|hearing|learning|visiting|talking|speaking|the)\b/im, weight: 2 },
  // Arranging an interview is not following one up.
  { pattern: /\b(?:works (?:well )?for (?:the|my|an?) (?:\w+[- ])?(?:round )?interview|(?:send|share) (?:me )?the (?:video |zoom |teams |meeting )?(?:link|invite)|who i(?:'ll| will) be (?:speaking|meeting) with|(?:confirm|schedule|reschedule) (?:the|my|an?) interview|interview availability)\b/i, weight: -4 },
  { pattern: /\b(?:yesterday's|today's|this morning's|this afternoon's|friday's|monday's|tuesday's|wednesday's|thursday's|our) (?:conversation|interview|meeting|chat|call|discussion|visit|panel)\b|\b(?:we|you and i) (?:talked|spoke|chatted|met|discussed)\b|\bi (?:really |truly |very much |thoroughly )?(?:enjoyed|loved) (?:talking|speaking|chatting|meeting|our (?:conversation|chat|discussion))\b/i, weight: 2 },
  { pattern: /\b(?:(?:disappoint\w*|sad|sorry) (?:to hear|news)|thank(?:s| you) for (?:informing|letting) me know|informing me of|(?:another|future) opportunit(?:y|ies)|apply (?:again )?in (?:the )?future)\b/i, weight: 3 },
  { pattern: /\b(?:putting my name forward|referring me|the referral|passing (?:on )?my (?:cv|resume))\b|\bi(?:'ve| have)? (?:got|have) an? (?:[\w-]+ )?interview (?:next|this coming|on) /i, weight: -4 },
  { pattern: /\b(?:this week on|read the full (?:article|story|post)|kia ora koutou|hi everyone|dear colleagues)\b/i, weight: -3 },
  { pattern: /\b(?:if|whenever) (?:you|u) ever need (?:someone|somebody|anyone|help|an extra pair of hands)\b|\bthe other (?:guy|candidate|applicant|person) (?:must|was|is|did)\b|\bkeep me in mind\b|\bfuture (?:roles|positions|openings|opportunities|vacancies)\b|\b(?:more|very|really|even more|still|most) (?:interested|excited|enthusiastic) (?:in|about) (?:the|this|joining|working)\b/i, weight: 3 },
  { pattern: /\binterview(?:ed|ing|s|ers?)?\b(?!-)/i, weight: 2, in: 'all' },
  { pattern: /\b(?:thank(?:s| you)|thx|cheers)\b[^.!?\n]{0,60}\b(?:yesterday|today|this morning|this afternoon|earlier|last week|on (?:monday|tuesday|wednesday|thursday|friday))\b/i, weight: 1 },
  { pattern: /\binformational (?:interview|chat|call|meeting)|\bcoffee chat\b|\bcareer advice\b/i, weight: 2 },
  { pattern: /\b(?:the|this|your) (?:[\w-]+ ){0,2}(?:role|position|opening|job|vacancy|post|internship|fellowship|residency|opportunity|apprenticeship|traineeship|placement|contract role|gig)\b/i, weight: 2 },
  { pattern: /\b(?:my (?:\w+ )?(?:application|candidacy|interview|background|experience|skills)|application status|hiring (?:process|timeline|decision|committee)|next steps?|decision timeline|(?:the|your) (?:search|selection) process|join(?:ing)? (?:your|the) team|contribute to (?:your|the) team|fit for the)\b/i, weight: 2 },
  { pattern: CHECK_IN_CUE, weight: 1 },
  { pattern: /\b(?:you|your team|the team) (?:described|mentioned|explained|showed me|shared|walked me through|told me about|asked me)\b|\blook(?:ing)? forward to hearing (?:from you|back|about (?:the )?next steps)\b/i, weight: 2 },
  { pattern: /\b(?:interview|thank|thanks|cheers|follow(?:ing)?[- ]?up|application|candidacy|role|position|checking in|next steps|status|meet(?:ing)? you|speaking with you)\b/i, weight: 1, in: 'subject' },
  { pattern: /\b(?:i|i'm|i am) (?:very |really |even more |still )?(?:excited|enthusiastic|eager|keen|interested)\b[^.!?\n]{0,60}\b(?:role|position|opportunity|team|join|work(?:ing)? with)\b/i, weight: 2 },
  // Someone else's mail: a recruiter writing to candidates, a vendor, a team, a newsletter.
  { pattern: /\b(?:your (?:application|candidacy|resume|résumé|cv|profile) (?:has|was|is|for)|we(?:'d| would) (?:like|love) to (?:invite|schedule|move you|offer you)|invite you to (?:an? )?interview|we are pleased to|we regret|unfortunately,? we (?:have|will|are)|came across your profile|other candidates|the candidates?\b(?! (?:experience|portal)))/i, weight: -5 },
  // The company writing to a candidate, each sign counting on its own.
  { pattern: /\b(?:thanks?(?: you)? for applying|(?:set up|schedule|arrange|book) (?:a|an|your) (?:[\w-]+ ){0,3}interview|which of these (?:slots|times)|calendar invite|talent acquisition|lining up (?:the )?(?:\w+ )?interviews|won't be progressing|move (?:\w+ ){1,2}to (?:a|the) (?:site visit|next round|final round|second round))\b/i, weight: -5 },
  { pattern: /\b(?:being our guest|our guest|the episode|goes live|audiogram|my (?:piece|article|story|column|report) (?:on|about)|quote your|to quote (?:you|your)|the article runs|reporter,|(?:user|research|customer|usability) (?:interview|study|session)|taking part in|gift card|ux research)\b/i, weight: -5 },
  { pattern: /\b(?:dissertation|thesis|coursework|my (?:essay|assignment|proposal draft)|office hours|my supervisor|supervision meeting)\b/i, weight: -5 },
  { pattern: /\b(?:please find (?:attached|enclosed) my (?:cv|resume|résumé|cover letter|application)|advertised on|i(?:'d| would) like to apply|i am writing to apply|i wish to apply|i(?:'m| am) applying for|apply(?:ing)? for the)\b/i, weight: -4 },
  { pattern: /\b(?:we(?:'re| are) hiring|(?:role|position) we(?:'re| are) (?:hiring|recruiting)|would you be open to|(?:be )?a great fit for (?:a|an|our)|i came across your|reach(?:ing)? out (?:about|regarding) (?:a|an)|recruiter,)\b/i, weight: -5 },
  { pattern: /\bwe (?:were|have been|are) (?:impressed|pleased) (?:by|with)\b|\bthe team enjoyed (?:meeting|speaking|talking)\b/i, weight: -4 },
  { pattern: /\bwe(?:'ve| have)? decided\b|\bon this occasion\b/i, weight: -4 },
  { pattern: /\bkeep your (?:details|cv|resume|application) on file\b|\bwish you (?:every |the best of )?(?:success|luck) in your\b/i, weight: -4 },
  { pattern: /\b(?:delighted|pleased|happy|thrilled) to (?:offer you|invite you)\b|\byour starting (?:salary|date)\b|\bfollowing your interview\b|\b(?:interviewing|meeting|speaking|talking) with us\b/i, weight: -5 },
  { pattern: /\b(?:lean (?:no[- ])?hire|strong (?:no[- ])?hire|scorecards?|debrief|feedback (?:from|on) (?:today's|the|my|yesterday's) interview with|the candidate)\b/i, weight: -4 },
  { pattern: /\b(?:agreeing to be interviewed|be interviewed (?:for|by|on)|our (?:piece|story|article|podcast|episode|readers|listeners)|the piece|in this (?:month's|week's|issue)|until next (?:month|week)|hello readers|dear (?:readers|subscribers|members|parents)|having me (?:speak|talk|present|on the (?:podcast|show|panel))|(?:speak|talk|present)(?:ing)? at (?:the|your|tuesday's|last night's) (?:meetup|conference|event|summit))\b/i, weight: -5 },
  { pattern: /\b(?:meeting|meet|speaking|talking) with us\b|\bour (?:son|daughter|child|kids?)\b|\b(?:homework|report card|class library|parent-teacher)\b/i, weight: -4 },
  { pattern: /\b(?:our|your|the) (?:product )?demo\b/i, weight: -1 },
  { pattern: /\b(?:purchase order|quote for|pricing (?:plan|tier|page|for)|our (?:product|pricing|platform)|subscription|renewal|free trial|onboarding call|rfp|statement of work|licen[cs]es?|\d+ seats|soc 2|billed (?:annually|monthly)|account executive)\b/i, weight: -4 },
  { pattern: /^(?:hi|hello|hey|dear) (?:all|team|everyone|folks|y'all|guys|both|friends|neighbou?rs|colleagues)\b/im, weight: -2 },
  { pattern: /\b(?:unsubscribe|newsletter|rsvp|potluck|book club|rent|landlord|tenancy|lease|birthday|wedding|invoice #|order #|tracking number)\b/i, weight: -3 },
  { pattern: /\b(?:rejection|not (?:to )?mov(?:e|ing) forward|another candidate|decided to go|won't be moving|chose (?:a|another) candidate)\b/i, weight: 1 },
];

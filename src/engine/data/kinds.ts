// What a mail does, as cues for the classifier (classify.ts): each list is one speech act. The learned model weighs
// them together with the words of the letter; the lists make the common wordings certain and carry over to wordings the
// model never saw. One entry a line (text/phrases.ts).
import { phrases } from '../text/phrases';

const M = {
  app: String.raw`(?:my |the |this )?(?:job |formal )?(?:application|candidacy|name|candidature|profile|cv|resume|résumé)`,
  process: String.raw`(?:the |your |this )?(?:process|search|selection|recruitment|hiring process|interview process|running|pipeline|consideration|competition)`,
  other: String.raw`(?:another|a different|an alternative|a competing|an other|other|a new|one other)`,
  offer: String.raw`(?:offer|position|role|job|opportunity|post|job offer|position elsewhere|role elsewhere)`,
  news: String.raw`(?:decision|news|outcome|result|update|feedback|response)`,
};

/** Taking oneself out of the process. */
export const WITHDRAWAL = phrases(
  `
  withdraw {app}
  withdraw from {process}
  withdraw myself
  withdrawing {app}
  withdrawing from {process}
  withdrawing myself
  withdrawal of {app}
  formally withdraw
  remove {app} from {process}
  remove me from {process}
  remove myself from {process}
  take myself out of {process}
  take my name out of
  take my name off
  step back from {process}
  step away from {process}
  bow out
  no longer (wish|want|able) to (be considered|proceed|continue|pursue|move forward)
  no longer (be|am) (available|interested|pursuing|in a position to)
  no longer pursuing
  not (be )?(able|in a position) to (continue|proceed|accept|move forward) (with|in) {process}
  (decided|chosen|chose|decide) to (accept|take|pursue|go with) {other} {offer}
  (accepted|taken|signed|said yes to) {other} {offer}
  (accepted|taken) an offer (elsewhere|from another)
  (decided|chosen) not to (proceed|continue|move forward|pursue)
  (cancel|decline) (the|my|our) (next|second|final|upcoming|scheduled) (interview|round|stage|assessment)
  (decline|declining) (the|your) (invitation|interview)
  please (don't|do not) (hold|keep) (the|my|a) (slot|spot|place)
  `,
  M,
);

/** Answering a no: thanks for telling, disappointment, acceptance, staying in touch. */
export const REJECTION_REPLY = phrases(
  `
  thank you for (letting me know|informing me|the update on|telling me|getting back to me with) ... (decision|news|outcome|result)
  thank you for (letting me know|informing me|telling me|being honest|your honesty|the candid|your candour|your candor)
  thanks for (letting me know|informing me|telling me|being upfront|the honest)
  (disappointed|sad|sorry|saddened|gutted) (to hear|to learn|by the news|with the news|with the outcome|by the outcome|about the outcome|not to have been|that i was not|that i wasn't)
  (although|while|though|of course) i('m| am| was)? (disappointed|sad|saddened)
  naturally (disappointed|sad)
  (understand|respect|accept) (your|the) decision
  (i|i do) (fully )?(understand|respect) ... decision
  not (been )?(selected|successful|chosen|shortlisted)
  (went|gone|going|moving|moved) (forward|ahead) with (another|a different|other|the other) (candidate|applicant|person)
  (chose|chosen|selected|hired|picked|offered it to) (another|a different|someone else|the other|a stronger)
  congratulations to (the|whoever|your) (successful|new|chosen|selected)
  (successful|chosen|selected) candidate
  (keep|kept|have) me in mind for (any|all)? (future|other|upcoming|similar|new|further|later)
  (for|thank you for|thanks for) (updating|the update|getting back to me|letting me know|reaching out) ... (decision|outcome|role|position|news)
  (keep|consider) (my|me|my cv|my resume|my details|my application) (on file|for future)
  (future|other|upcoming|similar) (openings|opportunities|roles|positions|vacancies)
  (stay|keep) in (touch|contact)
  (any )?feedback (on|about) (my|the) (interview|application|performance|candidacy)
  (would|could) you (share|give|offer|provide) (any|some) feedback
  (reapply|apply again)
  next time
  `,
  M,
);

/** Something else about the process: a correction, a forgotten attachment or link, logistics, rescheduling. */
export const OTHER_ABOUT_PROCESS = phrases(
  `
  (forgot|forgotten|neglected|failed) to (attach|include|send|mention|share|add)
  (i|i've|i have) (realised|realized|noticed) (that )?(i|my)
  (correct|correction|clarify|clarification|amend) ... (i said|i mentioned|i gave|i stated|my answer|my earlier|what i said|something i said|a mistake|an error|a typo)
  (small|quick|one) (correction|clarification)
  (misspoke|misspoken|mis-spoke|misstated)
  (wrong|incorrect) (date|figure|number|year|name|link|attachment|file|version)
  (attached|attach|enclosed|here is|here are|here's|sending|please find) ... (portfolio|writing sample|references|reference list|certificate|transcript|work sample|the link|link to|slides|presentation|document|code sample|case study)
  as (promised|requested|discussed|agreed),? (here|i've attached|i have attached|attached|i'm sending|i am sending|please find)
  (confirm|confirming) (receipt|that i received|i have received|i've received)
  (reschedule|rescheduling|move|moving|postpone|push back) (our|the|my) (interview|call|meeting|assessment|appointment|second interview|next interview)
  (could|can|would) (we|you|i) (move|reschedule|push|change) (the|our|my) (time|date|slot|interview|call)
  (parking|directions|dress code|which entrance|what to bring|should i bring|where should i)
  (confirm|confirming) (the|my|our) (time|date|address|location|slot|availability|attendance)
  (received|got) (the|your) (test|task|assignment|assessment|case study|exercise|invitation|link)
  `,
  M,
);

/** Asking about the status or re-stating interest later. */
export const CHECK_IN = phrases(
  `
  (checking|check) in (on|about|regarding|to see|with you)
  (just )?(checking|check) in
  touch(ing)? base
  follow(ing)? up (on|about|regarding|with regard to|in regards to) (my|the|our) ... (application|candidacy|interview|conversation|status|position|role|process|meeting|decision)
  (wanted|want|writing|write|like) to follow(-| )up
  (any|an) (update|news|word|progress|developments?) (on|about|regarding|as to|concerning)
  (any )?(updates?|news) (yet|so far)
  (status|progress) of (my|the) (application|candidacy|interview|search|process|decision|hiring|selection|recruitment)
  where (things|i|we|the process|the search|the team|you) (stand|are|is)
  (is|are) there (any|an) (update|news|word|decision|timeline)
  (has|have) (a|any|the) (decision|update) (been made|yet)
  (have you|has the team|has the panel|has the committee) (made|reached) (a|any|your) (decision|choice)
  (still|remain|remain very|am still|continue to be|remains) (very |really |genuinely |extremely |highly )?(interested|keen|excited|enthusiastic|eager)
  (still|remain) (very )?(much )?interested
  (expected|likely|anticipated|updated|rough|general) timeline
  timeline for (a|the|your|making a) (decision|next steps|hiring)
  (heard|hear) (back|anything|any news)
  (haven't|have not|hasn't|has not) (heard|received) (back|anything|an update|any news|a response)
  (it('s| has) been|now that it's been|since) (a|two|three|four|several|a few|a couple of|over a|about a|nearly a|almost a) (week|weeks|month|fortnight)
  (reiterate|restate|reaffirm|re-affirm|reconfirm|re-iterate) my (strong |continued |keen )?interest
  my (continued|ongoing|strong) interest
  `,
  M,
);

/** Thanks for the interview, the meeting, the conversation, their time. */
export const THANK_YOU = phrases(
  `
  thank(s| you) ... (for|on) ... (interview|interviewing|meeting|speaking|talking|chatting|taking the time|your time|the time|the opportunity|the chance|the conversation|our conversation|the call|our call|the chat|our chat|the discussion|the tour|showing me|walking me through|having me|hosting me|the visit|the panel|the invitation|inviting me)
  (grateful|appreciate|appreciated|appreciative) ... (interview|meeting|your time|the time|the opportunity|the conversation|our conversation|the chance|the chat|the call|the tour|speaking with|talking with|meeting with)
  (great|good|lovely|nice|wonderful|a pleasure|a real pleasure|a privilege|an honou?r|fantastic|brilliant) (to|meeting|speaking|talking|chatting) ... (you|everyone|the team|the panel|today|yesterday)
  (enjoyed|loved|appreciated) (our|the|meeting|speaking|talking|chatting|learning|hearing|getting to|seeing|visiting|the chance)
  (today|yesterday|this morning|this afternoon|last week|on (monday|tuesday|wednesday|thursday|friday))'s (interview|meeting|conversation|call|chat|discussion|visit|panel)
  `,
  M,
);

/** The company writing to a candidate. */
export const EMPLOYER_VOICE = phrases(
  `
  (we|we'd|we would|we are|we're) (like|love|pleased|delighted|happy|excited|thrilled) to (invite|offer|inform|let you know|move you|schedule|welcome)
  (we|we've|we have) (decided|chosen) to (move|go|proceed|continue)
  (we|we've|we have) (reviewed|received|considered) your (application|cv|resume|candidacy|profile)
  thank(s| you) for (applying|your application|your interest in (joining|working|the role|the position|our))
  (thank you|thanks) for (interviewing|meeting|speaking|talking) with us
  your (interview|application|candidacy) (with us|has been|was|is being)
  (please|kindly) (select|choose|pick|book|let us know) (a|your|one of the) (slot|time|preferred)
  `,
);

/** A written offer accepted or negotiated: past the follow-up stage (CONTRACT.md: not a follow-up). */
export const OFFER_STAGE = phrases(
  `
  (accept|accepting|happy to accept|delighted to accept|pleased to accept|formally accept|gladly accept) (the|your|this|my)? (kind|generous|formal|written)? (employment|job)? offer
  acceptance of (your|the|this|my)? (kind|generous)? (employment|job)? offer
  confirm my acceptance
  (signed|attached|returning) (the )?(signed )?(offer letter|contract|employment agreement)
  (received|receiving|for|reviewed|reviewing|read|signing|sign) (the|your|my) (formal|written)? offer letter
  counter(-| )?offer
  the offer you (sent|made|extended|emailed)
  (job|employment) offer (for|of) the (position|role)
  (my|the) (start|starting) date
  look forward to (starting|beginning|joining the team) on
  `,
);

/** Thanks to a reference, a referrer or a mentor (CONTRACT.md: not a follow-up). */
export const REFERENCE_THANKS = phrases(
  `
  (being|acting as|serving as|agreeing to be) (my|a) (reference|referee)
  (for|thank you for|thanks for) (the|a glowing|such a kind|your kind|the kind|the strong|your strong|a strong|the great|your great|a great) (reference|referral|recommendation)
  (thank you|thanks) for your (reference|referral|recommendation)
  (for|thank you for) (referring|recommending|putting my name forward|vouching for) me
  (letter|letters) of (recommendation|reference)
  (providing|writing|giving|being|acting as|serving as) (a|my|the|such a)? (strong|glowing|great|kind)? (reference|recommendation|referee) (for me)?
  (support|encouragement|help|advice|guidance) (in|during|with|throughout) my (recent)? (job search|search|career search|job hunt)
  `,
);

/** Asking for a first conversation, or applying: before any interview (CONTRACT.md: not a follow-up). */
export const BEFORE_INTERVIEW = phrases(
  `
  (would you|could you|do you) (have|be open to|be willing to|spare) (15|20|30|a few) (minutes|mins)
  (coffee|virtual coffee|informational) (chat|call|meeting)? (next week|sometime|if you have)
  i came across your (profile|post|work|article)
  i (am|'m) writing to (apply|express my interest in applying|enquire about vacancies|ask whether you have)
  (please find|attached is|attached are) (my|the) (cv|resume|résumé|cover letter|application) (for|in application)
  `,
);

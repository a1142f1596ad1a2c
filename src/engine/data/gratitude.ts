// Thanks, as the writer gives it to the reader, and its look-alikes. One entry a line (text/phrases.ts).
import { phrases } from '../text/phrases';

/** An optional adverb of degree: "really", "so much", "greatly". */
const MUCH = '(really|truly|greatly|sincerely|genuinely|deeply|so|very|very much|much|so much|also|certainly|especially|definitely|most|highly|immensely|extremely|incredibly)?';

/** Words and phrases that give thanks. */
export const THANKS = phrases(
  `
  thank {you}
  thankyou
  thank-you
  {thanks}
  thanx
  thnx
  thnks
  thx
  tq
  ty
  many thanks
  much obliged
  obliged to you
  (i'm|i am|i feel) (much )?obliged
  ta (very much|muchly|mate)
  cheers (for|mate|again)
  kudos (to you|for)
  thanking you
  thank your for
  thank (you|u|the panel|everyone|the team|the whole|all|each|both)
  please (thank|pass on my thanks|pass my thanks|give my thanks|extend my thanks)
  i want to thank
  (wanted|want|like|wish|write|writing) to thank
  gracias
  merci
  danke
  grazie
  obrigad(o|a)
  arigato
  shukran
  asante
  dhanyavaad
  (my|our) (sincere|sincerest|heartfelt|warm|warmest|deep|deepest|genuine|profound|humble)? (thanks|gratitude|appreciation)
  (my|our|special|sincere|heartfelt|warm|warmest|many|big|huge) thanks (go )?to
  (express|extend|convey|tender|offer|send|record|place on record) ... ... (gratitude|thanks|appreciation)
  (my|our) {adjs}gratitude
  (my|our) {adjs}thanks
  (my|our) {adjs}appreciation
  (remain|am|be|feel|felt|forever|truly|deeply|most) indebted
  (extend|express|offer|convey|send|pass on|give|say) (my|our)? ${MUCH} (sincere|heartfelt|warm|deep|genuine|special|huge|big)? (thanks|thank you|gratitude|appreciation)
  with (thanks|gratitude|appreciation|many thanks|sincere thanks)
  (grateful|greatful|gratefull|thankful|appreciative) (for|to|that)
  (so|very|truly|really|deeply|most|extremely|incredibly|sincerely|genuinely|immensely|forever) (grateful|greatful|thankful|appreciative)
  (i|i'm|i am|we|we're|we are|i was|i feel|i felt|i remain) ${MUCH} (grateful|greatful|thankful|appreciative)
  (i|we) ${MUCH} (appreciate|appreciated|valued) (your|the|our|it|that|this|you|all|how|everything|being|having|getting|learning|hearing|meeting|speaking|talking|the chance|the opportunity|the time)
  ${MUCH} appreciate (it|that|this|your|you|the|everything|all)
  (much|greatly|really|truly|very much|so much) appreciated
  it (was|is|has been) ${MUCH} (kind|generous|thoughtful|good|nice|gracious|lovely|considerate|sweet) of you
  how (kind|generous|thoughtful|good|nice|gracious|lovely) of you
  (it|this|that|your time|your help|your advice|your feedback|that conversation|our talk) (meant|means) (a lot|so much|a great deal|the world)
  `,
  {
    you: 'you+|u+|yu+|yoo+',
    thanks: 'thanks+',
    adjs: String.raw`(?:(?:most|deepest|sincerest|sincere|heartfelt|warm|warmest|deep|genuine|profound|humble|humblest|everlasting|eternal|utmost|immense|boundless|special|very|heartiest|hearty|and|my|most sincere|greatest|great|kindest|warm-hearted)\s+){0,5}`,
  },
);

/** Thanks that is really a request ("I'd be grateful if you could…", "would be appreciated"). */
export const REQUEST_FORM = phrases(
  `
  (would|i'd|we'd|will|i'll|we'll|shall|should) (be)? ${MUCH} (grateful|greatful|thankful|appreciative|obliged) (for|to|if|that)?
  (would|will|shall) be ${MUCH} (appreciated|welcome)
  (would|i'd|we'd|will|i'll|we'll) ${MUCH} appreciate (it|that|this|your|you|the|a|an|any|some|everything|all|hearing|knowing|getting|receiving|being|learning)?
  appreciate (it )?if
  appreciate (any|an|a) (quick|prompt|swift|timely|fast|short|brief)? (update|updates|response|reply|answer|decision|feedback|news|information|guidance|advice|help|tips|pointers)
  appreciate (hearing|knowing|getting|receiving|learning) (back|from|whether|if|when|about)
  (appreciated|welcome|welcomed) if
  (would|i'd|we'd) ${MUCH} value
  grateful if
  thankful if
  thanks in advance
  thank you in advance
  `,
);

/** The word as something other than the writer's thanks to the reader. */
export const NOT_THANKS = phrases(
  `
  thanks (largely|mainly|partly|mostly|in part|entirely|chiefly|in large part)? to {notYou}
  were ${MUCH} (grateful|thankful|appreciative) (for|to|that)?
  thank-you (page|pages|note|notes|card|cards|email|emails|screen|screens|wall|board|gift|gifts|letter|letters|message|messages|template|templates|party|lunch|dinner|event|video|videos|post|posts|call|calls|sms|text|texts|notification|notifications|campaign|campaigns|flow|sequence|automation|feature)
  thank you (page|card|cards|note template|notes template|wall|board|gift|email template|screen)
  (he|she|they|manager|supervisor|ceo|principal|director|client|clients|customer|customers|students|patients|residents|families|boss|team|everyone|people|parents|colleagues|staff|teacher|coach|mentor) (thanked|thank|thanks|were grateful|was grateful|are grateful|appreciated|appreciate|appreciates)
  (thanked|was thanked|were thanked|being thanked) (me|us|by|for)
  (staff|employee|volunteer|teacher|nurse|customer|client|patient|donor|team|music|art|wine|film) appreciation
  (letter|certificate|token|award|gift|day|week|dinner|event|sign|mark) of appreciation
  in appreciation of
  (an|a|deep|real|new|greater|growing|deeper|strong|great) appreciation (of|for)
  (currency|dollar|pound|euro|rupee|stock|stocks|shares|portfolio|property|asset|assets|value|price|prices|house|home) (has )?(appreciated|appreciates|appreciate)
  thanksgiving
  appreciate (that )?(you're|you are|you must be|it's|it is|this is|things are|the team is|everyone is|your team is) ${MUCH} (busy|hectic|a busy|swamped)
  (i|we) ${MUCH} appreciate (that|how) (the|this|your|hiring|these|such) (process|decision|decisions|timeline|things|processes)
  `,
  { notYou: String.raw`(?!you\b|u\b|ya\b|yourself\b|everyone\b)[\p{L}\p{N}'’-]+` },
);

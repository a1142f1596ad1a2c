// Words of thanks, and the "appreciate" that is a request rather than thanks.
export const THANKS = /\b(?:thank(?:s|ing|ed|ful)?|thankyou|thanx|thnx|thx|grateful|gratitude|appreciat(?:e|ed|es|ing|ion|ive))\b|\bkudos\b|\bcheers for\b|\bmuch obliged\b|\bta very much\b/gi;
/** "I'd appreciate a quick decision", "would appreciate it if you", "appreciate hearing back by". */
export const REQUEST_APPRECIATE =
  /\b(?:would|'d|will|'ll|should|do|I)\s+(?:really |greatly |truly |much |very much |so much |certainly |also )?appreciate\s+(?:it\b|if\b|a\b|an\b|any\b|some\b|hearing\b|knowing\b|getting\b|receiving\b|being\b|learning\b|your (?:response|reply|answer|decision|feedback|update|prompt|quick|swift|timely)|a (?:quick|prompt|swift|timely|fast))/i;
/** "thanks to my experience": a cause, not thanks. */
/** "the thank-you wall", "a thank-you card": the word as a noun's modifier, not thanks. */
export const THANK_YOU_THING = /^thank[- ]you (?:wall|board|cards?|notes? (?:template|etiquette|tips)|gifts?|party|lunch|event|letters? template|templates?|emails? template|cake|breakfast)\b/i;
export const CAUSAL_THANKS = /\bthanks to (?:my|our|the|a|an|this|that|his|her|their|its|years|hard work)\b/i;

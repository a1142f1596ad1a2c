// What the popup shows for each rule: a short label and one line from the article it enforces.
import { RULE_IDS, type RuleId } from '../engine/types';

export interface RuleText {
  label: string;
  description: string;
}

export const RULE_TEXT: Record<RuleId, RuleText> = {
  timing: { label: 'Timing', description: 'Send within 24 to 48 hours of the interview.' },
  specificity: { label: 'Specifics', description: 'Mention something you actually discussed.' },
  gratitude: { label: 'Gratitude', description: 'Thank them for their time and consideration.' },
  tone: { label: 'Tone', description: 'Keep it light and professional: no slang, shouting or stiffness.' },
  pushy: { label: 'Not pushy', description: 'Give them space to respond: no deadlines or demands.' },
  money: { label: 'No money talk', description: 'Leave salary and benefits for later.' },
  generic: { label: 'No templates', description: 'No placeholders, “To whom it may concern” or wrong company names.' },
};

/** The rules in the order the popup lists them. */
export const RULES_IN_ORDER: readonly RuleId[] = RULE_IDS;

// What the popup and the playground show for each rule: a short label and one line from the article it enforces, as
// message ids of _locales/<lang>/messages.json.
import { RULE_IDS, type RuleId } from '../engine/types';
import { t, type MessageId } from './i18n';

export const RULE_MESSAGES: Record<RuleId, { label: MessageId; description: MessageId }> = {
  timing: { label: 'ruleTimingLabel', description: 'ruleTimingDescription' },
  specificity: { label: 'ruleSpecificityLabel', description: 'ruleSpecificityDescription' },
  gratitude: { label: 'ruleGratitudeLabel', description: 'ruleGratitudeDescription' },
  tone: { label: 'ruleToneLabel', description: 'ruleToneDescription' },
  pushy: { label: 'rulePushyLabel', description: 'rulePushyDescription' },
  money: { label: 'ruleMoneyLabel', description: 'ruleMoneyDescription' },
  generic: { label: 'ruleGenericLabel', description: 'ruleGenericDescription' },
  subject: { label: 'ruleSubjectLabel', description: 'ruleSubjectDescription' },
  length: { label: 'ruleLengthLabel', description: 'ruleLengthDescription' },
  'send-time': { label: 'ruleSendTimeLabel', description: 'ruleSendTimeDescription' },
};

/** A rule's label and description in the UI language. */
export function ruleText(id: RuleId): { label: string; description: string } {
  return { label: t(RULE_MESSAGES[id].label), description: t(RULE_MESSAGES[id].description) };
}

/** The rules in the order the popup lists them. */
export const RULES_IN_ORDER: readonly RuleId[] = RULE_IDS;

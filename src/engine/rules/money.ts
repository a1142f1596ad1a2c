import type { Report, Rule } from '../rule';
import { matchesIn, sentenceDeletion } from '../rule';
import { BUSINESS_CONTEXT, FIGURE, OWN_CONTEXT, OWN_FIGURE, PRODUCT_AFTER, STRONG_MONEY, WEAK_MONEY } from '../data/money';

/** Weak words count only in these shapes: "what the benefits are", "does the role include a bonus". */
const WEAK_AS_PAY = /\b(?:(?:the|your|a|any|what|which) (?:benefits|perks|bonus|equity|package|compensation)(?: (?:would|will|are|is|look|include|for|of the role|of the position|on offer|available|offered))?|(?:compensation|pay|benefits|bonus|equity|package) (?:for|of) (?:the|this) (?:role|position|job)|(?:would|will|could) (?:the (?:role|position)|i|this) (?:come with|include|offer|get|receive)|paid (?:holidays|leave|vacation|overtime)|how (?:the role|it|this) (?:is|would be) (?:paid|compensated)|(?:more|enough|the) money)\b/i;

function isBusinessUse(s: { text: string }, index: number, length: number): boolean {
  if (PRODUCT_AFTER.test(s.text.slice(index + length))) return true;
  const before = s.text.slice(Math.max(0, index - 40), index);
  // "your members' health insurance", "customers' benefits": someone else's money.
  return /\b(?:customers'?|clients'?|members'?|patients'?|users'?|employees'|workers'|students'?|their|its)\s+(?:\w+\s+)?$/i.test(before);
}

export const money: Rule = {
  meta: {
    id: 'money',
    description: 'The note does not raise the writer’s own salary, benefits or other pay.',
    article: 'Don’t Make it About Money: this isn’t the time to ask about salary or benefits.',
    severity: 'error',
    followUpOnly: false,
  },
  check(a) {
    const out: Report[] = [];
    for (const s of a.content) {
      if (s.region === 'greeting') continue;
      const own = OWN_CONTEXT.test(s.text);
      const business = BUSINESS_CONTEXT.test(s.text);
      let hit: { text: string; messageId: string } | undefined;
      for (const m of matchesIn(s, STRONG_MONEY)) {
        if (isBusinessUse(s, m.index, m[0].length)) continue;
        if (business && !own) continue;
        hit = { text: m[0], messageId: 'money/ownPay' };
        break;
      }
      if (!hit && own && !business) {
        for (const m of matchesIn(s, WEAK_MONEY)) {
          if (isBusinessUse(s, m.index, m[0].length)) continue;
          const around = s.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 40);
          if (WEAK_AS_PAY.test(around)) {
            hit = { text: m[0], messageId: 'money/ownPay' };
            break;
          }
        }
      }
      if (!hit) {
        for (const m of matchesIn(s, FIGURE)) {
          const around = s.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30);
          if (OWN_FIGURE.test(around) && !/\b(?:budget|revenue|saved|saving|raised|funding|project|contract|deal|sales)\b/i.test(around)) {
            hit = { text: m[0], messageId: 'money/figure' };
            break;
          }
        }
      }
      if (hit) {
        const span = sentenceDeletion(a.body, s);
        out.push({
          messageId: hit.messageId,
          data: { text: hit.text.toLowerCase().startsWith('how') || hit.text.includes(' ') ? `“${hit.text}”` : hit.text },
          start: span.start,
          end: span.end,
          fixes: [{ title: 'Delete this sentence', replacement: '' }],
        });
      }
    }
    return out;
  },
};

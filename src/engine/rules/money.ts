import type { Report, Rule } from '../rule';
import { matchesIn, perSentence, sentenceDeletion } from '../rule';
import type { AnalyzedSentence } from '../analyze';
import { ATTACHED_BEFORE, BUSINESS_CONTEXT, FIGURE, OWN_FIGURE, PRODUCT_AFTER, REQUEST, ROLE_ATTACHED, STRONG_MONEY, WEAK_MONEY } from '../data/money';
import type { MessageId } from '../messages/en';

type M = MessageId<'money'>;

/** Weak words count only in these shapes: "what the benefits are", "does the role include a bonus". */
const WEAK_AS_PAY = /\b(?:(?:the|your|a|any|what|which) (?:benefits|perks|bonus|equity|package|compensation)(?: (?:would|will|are|is|look|include|for|of the role|of the position|on offer|available|offered))?|(?:compensation|pay|benefits|bonus|equity|package) (?:for|of) (?:the|this) (?:role|position|job)|(?:would|will|could) (?:the (?:role|position)|i|this) (?:come with|include|offer|get|receive)|paid (?:holidays|leave|vacation|overtime)|how (?:the role|it|this) (?:is|would be) (?:paid|compensated)|(?:more|enough|the) money|(?:discuss|talk about|ask about|go over|understand|know|clarify|negotiate|talk through|chat about) (?:the |my |your )?(?:compensation|pay|salary|benefits|package|bonus|equity|perks|money|rate|numbers)|(?:is|was|what(?:'s| is)) the pay|what the (?:pay|salary|rate|compensation|wage|stipend) (?:is|would be|will be))\b/i;

/** "the compensation analytics platform", "your members' health insurance": the company's business, not the writer's pay. */
function isBusinessUse(text: string, index: number, length: number): boolean {
  if (PRODUCT_AFTER.test(text.slice(index + length))) return true;
  const before = text.slice(Math.max(0, index - 40), index);
  return /\b(?:customers'?|clients'?|members'?|patients'?|users'?|employees'|workers'|students'?|their|its)\s+(?:\w+\s+)?$/i.test(before);
}

/** Is the money word at `index` about the writer's own pay? */
function isOwnPay(text: string, index: number, length: number, weak: boolean): boolean {
  if (isBusinessUse(text, index, length)) return false;
  const before = text.slice(0, index);
  const attached = ATTACHED_BEFORE.test(before);
  // Tied to the role only when "the role" is near the word, not anywhere in a long sentence.
  const role = ROLE_ATTACHED.test(text.slice(Math.max(0, index - 45), index + length + 45));
  // A request counts when it comes before the word ("could you tell me ... the bonus"), or when the word's own clause
  // is the question ("the bonus: is that included?"), not when an aside mentions leave before asking for news.
  const request = REQUEST.test(before) || /^[^,;.]*\?\s*$/.test(text.slice(index));
  if (!attached && !role && !request) return false;
  if (weak) {
    const around = text.slice(Math.max(0, index - 30), index + length + 40);
    if (!WEAK_AS_PAY.test(around)) return false;
    if (BUSINESS_CONTEXT.test(text) && !attached && !role) return false;
  }
  return true;
}

export const money: Rule<'money'> = {
  meta: {
    id: 'money',
    description: 'The note does not raise the writer’s own salary, benefits or other pay.',
    article: 'Don’t Make it About Money: this isn’t the time to ask about salary or benefits.',
    severity: 'error',
    followUpOnly: true,
  },
  check(a) {
    return a.content.flatMap((s, i) => {
      if (s.region === 'greeting') return [];
      const next = a.content[i + 1];
      // The next sentence may carry the question ("... a signing bonus. Would that be possible?"), and the deletion
      // span then runs to its end: both belong in the key.
      const key = next ? `money\u0000${next.text}\u0000${a.body.slice(next.end, next.end + 3)}` : 'money';
      return perSentence(a.body, s, key, () => checkSentence(a.body, s, next));
    });
  },
};

function checkSentence(body: string, s: AnalyzedSentence, next: AnalyzedSentence | undefined): Report<M>[] {
  let hit: { text: string; messageId: 'ownPay' | 'figure' } | undefined;
  for (const m of matchesIn(s, STRONG_MONEY)) {
    if (isOwnPay(s.text, m.index, m[0].length, false)) {
      hit = { text: m[0], messageId: 'ownPay' };
      break;
    }
  }
  if (!hit) {
    for (const m of matchesIn(s, WEAK_MONEY)) {
      if (isOwnPay(s.text, m.index, m[0].length, true)) {
        hit = { text: m[0], messageId: 'ownPay' };
        break;
      }
    }
  }
  if (!hit) {
    for (const m of matchesIn(s, FIGURE)) {
      const around = s.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30);
      const pay = /^\s*(?:base|basic|salary|package|ctc|p\.?a\.?|per annum|a year|per year|an hour|per hour|\/hour|\/hr)\b/i.test(s.text.slice(m.index + m[0].length));
      if ((OWN_FIGURE.test(around) || pay) && !/\b(?:budget|revenue|saved|saving|raised|funding|project|contract|deal|sales)\b/i.test(around)) {
        hit = { text: m[0], messageId: 'figure' };
        break;
      }
    }
  }
  let last = s;
  // "Some hospitals offer a signing bonus. Would that be something you could consider?"
  if (!hit && next && /^(?:would|could|is|does|do|can|will|might)\b[^.!]*\b(?:that|this|it|something similar|the same)\b[^.!]*\?$/i.test(next.text)) {
    for (const m of matchesIn(s, STRONG_MONEY)) {
      if (!isBusinessUse(s.text, m.index, m[0].length)) {
        hit = { text: m[0], messageId: 'ownPay' };
        last = next;
        break;
      }
    }
  }
  if (!hit) return [];
  const span = sentenceDeletion(body, { ...s, end: last.end });
  return [
    {
      messageId: hit.messageId,
      data: { text: hit.text.includes(' ') ? `“${hit.text}”` : hit.text },
      start: span.start,
      end: span.end,
      fixes: [{ messageId: 'fixDeleteSentence', replacement: '' }],
    },
  ];
}

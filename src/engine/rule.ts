// What a rule is: a meta block and a check over the shared Analysis (ESLint's meta + create, textlint's report).
// Messages live in messages/<lang>.ts per rule; a report names its message by id, and the id is typed per rule.
import type { Analysis, AnalyzedSentence } from './analyze';
import type { MessageId, RuleWithMessages } from './messages/en';
import type { Severity } from './types';

export interface RuleMeta<R extends RuleWithMessages = RuleWithMessages> {
  id: R;
  /** One line: what the rule checks. */
  description: string;
  /** The article's line it enforces. */
  article: string;
  /** Severity of its reports unless a report says otherwise. */
  severity: Severity;
  /** The rule stays silent on mail that is not an interview follow-up (CONTRACT.md section 1: such mail gets no hints). */
  followUpOnly: boolean;
}

/** A fix as a rule reports it: its title is a message of the rule, filled with `data` and the replacement. */
export interface FixReport<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** Replacement for [start, end) of the report; '' deletes. */
  replacement: string;
  /** 'subject': the replacement is a new subject line (the report then has no span). */
  target?: 'subject';
}

export interface Report<M extends string = string> {
  /** Key into the rule's messages. */
  messageId: M;
  data?: Record<string, string | number>;
  severity?: Severity;
  start?: number;
  end?: number;
  fixes?: FixReport<M>[];
}

export interface Rule<R extends RuleWithMessages = RuleWithMessages> {
  meta: RuleMeta<R>;
  check(analysis: Analysis): Report<MessageId<R>>[];
}

/** Any rule of the registry, whatever its message ids. */
export interface AnyRule {
  meta: RuleMeta;
  check(analysis: Analysis): Report[];
}

/** Declares a rule; its reports and fixes may only name message ids of its own table. */
export function defineRule<R extends RuleWithMessages>(rule: Rule<R>): Rule<R> {
  return rule;
}

/** Every match of a global regex in a sentence, with body offsets. */
export function* matchesIn(sentence: { text: string; start: number }, pattern: RegExp): Generator<RegExpExecArray & { at: number; endAt: number }> {
  const re = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence.text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield Object.assign(m, { at: sentence.start + m.index, endAt: sentence.start + m.index + m[0].length });
  }
}

/** True when body offset `at` sits inside double or curly quotation marks within its sentence (their words, quoted). */
export function isQuoted(sentence: { text: string; start: number }, at: number): boolean {
  const before = sentence.text.slice(0, at - sentence.start);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

/** The span that deletes a whole sentence cleanly: with the spaces after it, or the line break when it fills its line. */
export function sentenceDeletion(body: string, s: AnalyzedSentence): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  while (end < body.length && (body[end] === ' ' || body[end] === '\t')) end++;
  if (end < body.length && body[end] !== '\n') return { start, end };
  // Last sentence of its line: take the spaces before it instead, or, when it is the whole line, the line and one blank line.
  let lead = start;
  while (lead > 0 && (body[lead - 1] === ' ' || body[lead - 1] === '\t')) lead--;
  if (lead > 0 && body[lead - 1] !== '\n') return { start: lead, end };
  if (end < body.length && body[end] === '\n') {
    end++;
    if (body[end] === '\n') end++;
    else if (body.startsWith('\r\n', end)) end += 2;
  }
  return { start, end };
}

/** A span that deletes a word or phrase with the space before it ("reply ASAP." → "reply."). */
export function phraseDeletion(body: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && (body[s - 1] === ' ' || body[s - 1] === ',')) s--;
  if (s > 0 && body[s - 1] !== '\n') return { start: s, end };
  let e = end;
  while (e < body.length && (body[e] === ' ' || body[e] === ',')) e++;
  return { start, end: e };
}

const sentenceMemo = new WeakMap<object, Map<string, unknown>>();

/**
 * A value computed once per sentence text and context: re-linting after an edit recomputes only the edited sentence.
 * Keyed by the sentence's token list, which the tokenizer caches per sentence text. `key` must name the rule and hold
 * everything outside the sentence that `compute` reads.
 */
export function memoBySentence<T>(s: AnalyzedSentence, key: string, compute: () => T): T {
  let memo = sentenceMemo.get(s.tokens);
  if (!memo) {
    memo = new Map();
    sentenceMemo.set(s.tokens, memo);
  }
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

function shift<M extends string>(r: Report<M>, by: number): Report<M> {
  return r.start === undefined ? r : { ...r, start: r.start + by, end: r.end! + by };
}

/**
 * The reports of one sentence, memoized with memoBySentence. Offsets are stored relative to the sentence; the few
 * characters around it are part of the key because deletion spans reach into them.
 */
export function perSentence<M extends string>(body: string, s: AnalyzedSentence, key: string, check: () => Report<M>[]): Report<M>[] {
  const around = `${body.slice(Math.max(0, s.start - 4), s.start)}\u0000${body.slice(s.end, s.end + 3)}`;
  const relative = memoBySentence(s, `${key}\u0000${around}`, () => check().map((r) => shift(r, -s.start)));
  return relative.map((r) => shift(r, s.start));
}

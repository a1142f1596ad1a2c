// Whose speech a stretch of a sentence is, and where its clauses run, for the pushy rule. A deadline or an "ASAP" is
// pressure only in the writer's own request: their timeline reported back ("you mentioned you'd decide by Friday"),
// quoted words, and "thank you again" are masked out before the rule looks for pressure. Plain scans, no NLP.
import { COURTESY_AGAIN, THANKS_FOR, THEIR_WORDS } from '../data/pushy';

/** Stands in for a masked character: not a letter, digit, space or punctuation any pattern looks for. */
export const MASK = '\u2022';

/** Someone named reporting their plans ("Maria mentioned", "Ms. Tan said"): a capitalised name, case-sensitively. */
const NAMED_REPORT = /(?<![\p{L}\p{N}])(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:mentioned|said|told me|noted|explained|indicated|suggested|expects|expected|hoped|promised|wrote|confirmed)(?![\p{L}\p{N}])/gu;

/** Where reported speech stops: the writer takes the sentence back ("..., so I wanted to", "...; I can start"). */
const REPORT_END = /[;:!?]|,\s*(?:(?:so|and|but|which|yet)\s+)?(?:i|i['’](?:m|d|ll|ve)|my|we|please|kindly|could you|can you)(?![\p{L}\p{N}])/giu;

function maskRange(chars: string[], start: number, end: number): void {
  for (let i = start; i < end && i < chars.length; i++) if (chars[i] !== ' ') chars[i] = MASK;
}

/** Quoted words ("..." and “...”): their words, not the writer's. */
function maskQuotes(text: string, chars: string[]): void {
  const quote = /"[^"]*"|“[^”]*”?/g;
  for (const m of text.matchAll(quote)) maskRange(chars, m.index!, m.index! + m[0].length);
}

/** From a report of their words to where the writer takes the sentence back. */
function maskReports(text: string, chars: string[]): void {
  const starts: number[] = [];
  for (const m of THEIR_WORDS.all(text)) starts.push(m.start);
  for (const m of text.matchAll(NAMED_REPORT)) starts.push(m.index!);
  for (const start of starts) maskTo(text, chars, start);
  maskThanks(text, chars);
}

/** Thanks for what they did, up to the next punctuation: "thanks for the chat, ... lemme know asap" keeps the ask. */
function maskThanks(text: string, chars: string[]): void {
  for (const m of THANKS_FOR.all(text)) {
    const rest = /[,;:!?.]/.exec(text.slice(m.end));
    maskRange(chars, m.start, rest ? m.end + rest.index : text.length);
  }
}

/** Masks from `start` to where the writer takes the sentence back. */
function maskTo(text: string, chars: string[], start: number): void {
  REPORT_END.lastIndex = start + 1;
  const end = REPORT_END.exec(text);
  maskRange(chars, start, end ? end.index : text.length);
}

/**
 * The sentence with everything that is not the writer's own pressure replaced by MASK, offsets unchanged: quoted words,
 * their timeline reported back, and courtesy "again" ("thank you again"). With `keepReports`, their reported words stay:
 * a complaint about a broken promise ("you said you'd call, but I've heard nothing") is read in full.
 */
export function writerSpeech(text: string, { keepReports = false } = {}): string {
  const units = text.split('');
  maskQuotes(text, units);
  if (!keepReports) maskReports(text, units);
  else maskThanks(text, units);
  for (const m of COURTESY_AGAIN.all(text)) maskRange(units, m.start, m.end);
  return units.join('');
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Where a clause may end, for the span of a hint: strong punctuation and a comma before a conjunction ("..., but it's
 * been three weeks and nothing"). Commas inside a list or an apposition ("your line manager, Ms. Doyle, on this email")
 * do not end it.
 */
const SPAN_BREAK = /\s*[;:]\s+|\s+[—–-]\s+|,\s*(?=(?:and|but|so|yet|even though|although|though|because|since|as|which|while|whereas|otherwise|or)(?![\p{L}\p{N}]))|\s+(?=but(?![\p{L}\p{N}]))/giu;

/** The clauses of a sentence at the breaks clauseAround() uses, in order. */
export function spanClauses(text: string): Range[] {
  const out: Range[] = [];
  let at = 0;
  while (at < text.length) {
    const r = clauseAround(text, at, at);
    const end = Math.max(r.end, at + 1);
    out.push({ start: r.start, end });
    SPAN_BREAK.lastIndex = end;
    const next = SPAN_BREAK.exec(text);
    at = next && next.index >= end - 1 ? next.index + Math.max(next[0].length, 1) : text.length;
  }
  return out.filter((c) => /[\p{L}\p{N}]/u.test(text.slice(c.start, c.end)));
}

/** The clause around [start, end) of a sentence, for a hint's span: widened to clause breaks on both sides. */
export function clauseAround(text: string, start: number, end: number): Range {
  let from = 0;
  let to = text.length;
  SPAN_BREAK.lastIndex = 0;
  for (let m = SPAN_BREAK.exec(text); m; m = SPAN_BREAK.exec(text)) {
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= start) from = breakEnd;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
    if (m[0].length === 0) SPAN_BREAK.lastIndex++;
  }
  // A clause opened by a conjunction starts after it ("but it's been three weeks").
  const lead = /^(?:and|but|so|yet|or)\s+/i.exec(text.slice(from, start));
  if (lead) from += lead[0].length;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return { start: from, end: Math.max(to, end) };
}

/**
 * Finer clauses, for deciding what a time limit belongs to: punctuation and subordinators ("whether I should expect to
 * hear by the end of the month" is not the request's limit). Returns the clause ranges in order.
 */
const CLAUSE_BREAK = /[;:,()—–]|\s-\s|(?<![\p{L}\p{N}])(?=(?:if|whether|when|once|after|unless|because|since|although|though|while|which|who|so that|as soon as|in case)(?![\p{L}\p{N}]))/giu;

export function clauses(text: string): Range[] {
  const out: Range[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index > from) out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
    if (m[0].length === 0) {
      // A subordinator starts the next clause: keep its word in it.
      CLAUSE_BREAK.lastIndex = m.index + 1;
      from = m.index;
    }
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out.filter((c) => /[\p{L}\p{N}]/u.test(text.slice(c.start, c.end)));
}

import type { Analysis, AnalyzedSentence } from '../analyze';
import type { FixReport, Report, Rule } from '../rule';
import { perSentence } from '../rule';
import type { MessageId } from '../messages/en';
import { unansweredCheckIns } from '../thread/cadence';
import * as P from '../data/pushy';
import { clauseAround, clauses, type Range, spanClauses, writerSpeech } from '../text/pushySpeech';
import { PhraseIndex } from '../text/pushyPhrases';

type M = MessageId<'pushy'>;

/** What a sentence does to the reader, strongest first: one hint per stretch names the strongest. */
const FAMILIES = ['ultimatum', 'escalation', 'deadline', 'demand', 'guilt', 'silence', 'chase', 'impatience'] as const;
type Family = (typeof FAMILIES)[number];

/** Families that are errors: they leave the reader no room at all. */
const ERRORS: ReadonlySet<Family> = new Set(['ultimatum', 'escalation', 'deadline', 'demand']);

/** A stretch of a sentence that does one pushy thing. Offsets are relative to the sentence. */
export interface Finding extends Range {
  family: Family;
  /** A word or mark the fix can remove or shorten: "ASAP", "??", "Per my last email". */
  fixable?: { kind: 'asap' | 'questionMarks' | 'chaseDelete'; start: number; end: number };
  /** The hint covers only the core (a deletable phrase), not its clause. */
  phraseOnly?: boolean;
  /** For impatience: an urgency word ("ASAP") or repeated question marks, which have their own message. */
  detail?: 'asap' | 'questionMarks';
}

/** Where pushy reports come from. Each source reads the analysis; a new one (the thread's cadence) is one more entry. */
// The second source is the thread's cadence (thread/cadence.ts): a third check-in with no reply since the first.
const SOURCES: ((a: Analysis) => Report<M>[])[] = [sentenceReports, unansweredCheckIns];

export const pushy: Rule<'pushy'> = {
  meta: {
    id: 'pushy',
    description: 'The note gives them space: no demands, deadlines, ultimatums, guilt, complaints about the wait, escalation or nagging.',
    article: 'Avoid Being Pushy: allow them space to respond.',
    severity: 'warning',
    followUpOnly: true,
  },
  check(a) {
    return SOURCES.flatMap((source) => source(a));
  },
};

function sentenceReports(a: Analysis): Report<M>[] {
  return a.content.flatMap((s) => perSentence(a.body, s, 'pushy', () => checkSentence(s)));
}

// ---------------------------------------------------------------------------------------------------------------
// Matching helpers.

interface Hit extends Range {
  text: string;
}

function hits(list: RegExp | PhraseIndex, text: string): Hit[] {
  if (list instanceof PhraseIndex) return list.all(text);
  const out: Hit[] = [];
  list.lastIndex = 0;
  for (let m = list.exec(text); m; m = list.exec(text)) {
    if (m[0].length === 0) {
      list.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const has = (list: RegExp | PhraseIndex, text: string): boolean => (list instanceof PhraseIndex ? list.test(text) : hits(list, text).length > 0);

function anchoredEnd(list: PhraseIndex): RegExp {
  return new RegExp(`(?:${list.regex.source})[\\s,]*$`, 'iu');
}

function wholeSentence(list: PhraseIndex): RegExp {
  return new RegExp(`^\\W*(?:${list.regex.source})\\s*[?]+[!?.]*\\s*$`, 'iu');
}

const LEAD_AT_END = anchoredEnd(P.REQUEST_LEAD);
const PROMPT_QUESTION = wholeSentence(P.PROMPT);
const BUMP_ALONE = /^\W*(?:bump|bumping|bump this|bumping this)\W*$/iu;
/** The request depends on something else: "if you need to confirm", "whether I should expect to hear". */
const SUBORDINATE_BEFORE = /(?:^|\s)(?:if|whether|when|in case|unless|anything|everything|what|whatever|should|as|let|no|not|you|they|we|he|she|who|to)\s*$/iu;
/** "As you know", "let you know": not "..., you know" said as pressure. */
const YOU_KNOW_COURTESY = /(?:as|let|letting|tell|telling|so|if|what|do|did|make|keep|want)\s+$/iu;
/** "Why" that explains rather than complains ("I understand why it took a while"). */
/** ... unless the writer cannot see why: "I'm struggling to understand why I haven't heard". */
const WHY_UNEXPLAINED = /(?:struggl\w* to|can['’]?t|cannot|don['’]t|do not|fail to|hard to|want to|would like to|need to)\s+(?:understand|see|know)\s+$/iu;
const WHY_EXPLAINED = /(?:understand|know|see|explain|explained|appreciate|realise|realize|wonder|that's|that is)\s+$/iu;
const PLEASE_WORD = /(?<![\p{L}])(?:please|pls|plz|kindly)(?![\p{L}])/iu;
/** "Without any wish to hurry the committee", "not to rush you": impatience denied. */
const DENIED = /(?:without|no|not|n['’]t|never|hardly)(?:\s+\S+){0,3}\s+$/iu;

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

// ---------------------------------------------------------------------------------------------------------------
// Requests: who is asked to do what, and when.

/** Is the request verb at `at` (offset in `clause`) an imperative to them, not the writer's own "I'll confirm"? */
function imperativeAt(clause: string, at: number): boolean {
  // "Lemme know", "lmk": only ever said to them, wherever they stand in a run-on line.
  if (/^(?:lemme|lmk)(?![\p{L}])/iu.test(clause.slice(at))) return true;
  const before = clause.slice(0, at).replace(/[\s,]+$/u, '');
  if (!/[\p{L}]/u.test(before)) return true;
  if (LEAD_AT_END.test(before.slice(-48))) return true;
  // "Write back and tell me": a second imperative joined to a first one at the clause start.
  if (/(?:^|\s)(?:and|then)$/iu.test(before)) return requestsIn(clause.slice(0, before.length - 3)).some((r) => r.start === leadingSpace(clause));
  return false;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/** Request verbs of a clause in imperative position. */
function requestsIn(clause: string): Hit[] {
  return hits(P.REQUEST, clause).filter((h) => imperativeAt(clause, h.start));
}

/** Demands of a clause ("I need an answer", "you must let me know", "your reply is required"), not subordinated. */
function demandsIn(text: string): Hit[] {
  return hits(P.DEMAND, text).filter((h) => {
    const before = text.slice(0, h.start);
    // "Told me all I need to know": an idiom, not a claim.
    if (/(?:^|\s)all\s+$/i.test(before) && /need to know$/i.test(h.text)) return false;
    if (/^need/i.test(h.text) && SUBORDINATE_BEFORE.test(before)) return false;
    if (/needed$/i.test(h.text) && /(?:^|\s)(?:no|not)\s+$/iu.test(before)) return false;
    // "Should I expect to hear ...?" asks about their timeline.
    if (/^i\b/i.test(h.text) && /(?:^|\s)(?:should|shall|can|could|may|might|will|would|do|did|when|how)\s+$/iu.test(before)) return false;
    return !/(?:^|\s)(?:if|whether|in case|unless|anything|what|whatever)\s+$/iu.test(before);
  });
}

interface ClauseReading extends Range {
  text: string;
  requests: Hit[];
  demands: Hit[];
  wishes: Hit[];
  limits: Hit[];
}

function readClauses(speech: string): ClauseReading[] {
  const read = (r: Range): ClauseReading => {
    const text = speech.slice(r.start, r.end);
    const shift = (h: Hit): Hit => ({ ...h, start: h.start + r.start, end: h.end + r.start });
    return {
      ...r,
      text,
      requests: requestsIn(text).map(shift),
      demands: demandsIn(text).map(shift),
      wishes: hits(P.SOFT_REQUEST, text).map(shift),
      limits: [...hits(P.LIMIT, text), ...hits(P.BARE_LIMIT, text)].map(shift),
    };
  };
  const out: ClauseReading[] = [];
  const ranges = clauses(speech);
  for (let i = 0; i < ranges.length; i++) {
    let r = ranges[i];
    const c = read(r);
    // A time limit put in front ("No later than Wednesday, please send ...") belongs to the next clause.
    const rest = c.limits.reduce((t, l) => t.slice(0, l.start - r.start) + ' '.repeat(l.end - l.start) + t.slice(l.end - r.start), c.text);
    if (c.limits.length && !/[\p{L}]{2,}/u.test(rest) && i + 1 < ranges.length && !out.some((o) => o.requests.length || o.demands.length || o.wishes.length)) {
      r = { start: r.start, end: ranges[i + 1].end };
      i++;
      out.push(read(r));
      continue;
    }
    // One that opens a clause after an aside ("send me the package, including bonus targets, by Friday") belongs to the
    // request before it.
    const opensWithLimit = c.limits.some((l) => !/[\p{L}]/u.test(speech.slice(r.start, l.start)));
    const asker = opensWithLimit ? [...out].reverse().slice(0, 2).find((o) => o.requests.length || o.demands.length || o.wishes.length) : undefined;
    if (asker) asker.limits.push(...c.limits.filter((l) => !/[\p{L}]/u.test(speech.slice(r.start, l.start))));
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The families.

/** The limits that turn a need into a deadline: "by", "no later than", "until", "today", "end of day"; not "before I start". */
const NEED_LIMIT = /^(?:by|no later|not later|at the (?:very )?latest|latest by|on or before|until|till|today|tonight|tomorrow|end of|eod|cob|within)\b/iu;

/** Words that start a clause of its own between a need and a date: the date then belongs to something else. */
const NEW_CLAUSE = /\b(?:because|so that|so|since|as|but|when|if|while|which|who|and (?:i|we|you|they|it))\b|[.;:!?]/i;

function deadlines(speech: string, cls: ClauseReading[]): Finding[] {
  const out: Finding[] = [];
  for (const h of hits(P.DEADLINE_SELF, speech)) out.push({ family: 'deadline', start: h.start, end: h.end });
  for (const [i, c] of cls.entries()) {
    const asks = [...c.requests, ...c.demands, ...c.wishes];
    if (!asks.length) {
      // "I'll need it by Friday", "I need the time confirmed by noon today", "I need the agenda, the names of the panel
      // and the exercise by tomorrow": a thing (or a list of things) needed from them, by a date.
      const need = hits(P.NEED_THING, c.text)[0];
      if (!need) continue;
      const from = c.start + need.end;
      const limit = cls
        .slice(i)
        .flatMap((x) => x.limits)
        .find((l) => l.start > from && NEED_LIMIT.test(speech.slice(l.start, l.end)) && !NEW_CLAUSE.test(speech.slice(from, l.start)));
      if (limit) out.push({ family: 'deadline', start: c.start + need.start, end: limit.end });
      continue;
    }
    if (!asks.length || !c.limits.length) continue;
    for (const limit of c.limits) {
      // A casual "lmk" anywhere in a run-on line only takes a time limit that follows it.
      const ask = asks.find((a) => !writerActsBetween(speech, a, limit, c.demands.concat(c.wishes)) && (!/^(?:lemme|lmk)/i.test(a.text) || limit.start > a.end));
      if (ask) {
        out.push({ family: 'deadline', start: Math.min(ask.start, limit.start), end: Math.max(ask.end, limit.end) });
        break;
      }
    }
  }
  // "By Thursday, please."
  const limits = hits(P.LIMIT, speech).concat(hits(P.BARE_LIMIT, speech));
  for (const please of hits(/(?<![\p{L}])(?:please|pls|plz|kindly)(?![\p{L}])/giu, speech)) {
    const near = limits.find((l) => (l.end <= please.start && /^[\s,]*$/.test(speech.slice(l.end, please.start))) || (please.end <= l.start && /^[\s,]*$/.test(speech.slice(please.end, l.start))));
    if (near) out.push({ family: 'deadline', start: Math.min(near.start, please.start), end: Math.max(near.end, please.end) });
  }
  return out;
}

/** Does the writer take over between a request and its time limit ("send me the form and I'll return it by Friday")? */
function writerActsBetween(speech: string, ask: Range, limit: Range, own: Range[]): boolean {
  const from = Math.min(ask.end, limit.start);
  const to = Math.max(ask.end, limit.start);
  if (limit.start < ask.start) return false;
  for (const w of hits(P.WRITER_ACTION, speech.slice(from, to))) {
    const at = { start: w.start + from, end: w.end + from };
    if (!own.some((o) => at.start >= o.start && at.end <= o.end)) return true;
  }
  return false;
}

function demands(speech: string, cls: ClauseReading[], raw: string): Finding[] {
  const out: Finding[] = [];
  for (const c of cls) for (const d of c.demands) out.push({ family: 'demand', start: d.start, end: d.end });
  const urgent = /(?<![\p{L}])(?:already|now|immediately|at once|just)(?![\p{L}])/iu.test(raw);
  const softened = has(P.SOFTENER, speech) && !urgent;
  const curt = !has(P.POLITE, speech) && !has(P.SOFTENER, speech);
  const imperative = (h: Hit): boolean => {
    const c = cls.find((x) => h.start >= x.start && h.start < x.end);
    return !!c && imperativeAt(c.text, h.start - c.start);
  };
  if (!softened) for (const h of hits(P.DEMAND_OUTCOME, speech)) if (imperative(h)) out.push({ family: 'demand', start: h.start, end: h.end });
  if (curt) for (const h of hits(P.DEMAND_BARE, speech)) if (imperative(h)) out.push({ family: 'demand', start: h.start, end: h.end });
  for (const c of cls) {
    // "Let me know your decision now."
    const asks = [...c.requests, ...c.demands, ...c.wishes];
    if (!asks.length) continue;
    for (const now of hits(P.NOW, c.text)) {
      const tail = c.text.slice(now.end);
      if (/^[\s.!?]*$/.test(tail) && asks.some((a) => a.start < now.start + c.start)) out.push({ family: 'demand', start: asks[0].start, end: now.end + c.start });
    }
  }
  return out;
}

/** A subordinate clause: "if you need anything", "whether I should expect", "in case it is required". */
const SUBORDINATE_START = /^\W*(?:if|whether|in case|unless|should|when|once|as long as|whatever|whenever|anything|so that)(?![\p{L}])/iu;
/** Verbs after "need to"/"want to" that are the writer receiving an answer, not acting ("I need to give notice"). */
const RECEIVING = /^\s+to\s+(?:know|hear|be (?:told|informed|updated|contacted|notified|given|kept)|have|get|receive|see|find out|understand)(?![\p{L}])/iu;
const NEED_OWNER_AT_END = new RegExp(`(?:^|[^\\p{L}])(?:${P.NEED_OWNER.regex.source})(?:\\s+(?:really|still|just|now|do|absolutely|definitely|urgently|also|am|is|going to|will))*\\s*$`, 'iu');

/**
 * The writer's claim on an answer, read per clause: a need cue owned by the writer (or put on them: "you have to") and
 * an answer cue, in a clause that is not a condition ("if any documents are required") or a wish ("I'd like").
 */
function claims(speech: string, cls: ClauseReading[]): Finding[] {
  const out: Finding[] = [];
  for (const c of spanClauses(speech)) {
    const text = speech.slice(c.start, c.end);
    if (has(P.SOFT_REQUEST, text) || has(P.SOFTENER, text)) continue;
    // "Letting you know" is them knowing, not the writer asking to know.
    const answers = hits(P.ANSWER_CUE, text).filter((a) => !/^know/i.test(a.text) || !/you\s+$/i.test(text.slice(0, a.start)));
    if (!answers.length) continue;
    for (const need of hits(P.NEED_CUE, text)) {
      const at = c.start + need.start;
      const fine = cls.find((x) => at >= x.start && at < x.end);
      if (fine && SUBORDINATE_START.test(fine.text)) continue;
      const after = text.slice(need.end);
      if (/^\s+to\s/i.test(after) && !RECEIVING.test(after)) continue;
      const before = text.slice(0, need.start);
      if (/all\s+i\s+$/i.test(before) && /^\s+to\s+know/i.test(after)) continue;
      // "I must have missed the memo": must of inference; "I'd want to know": a wish.
      if (/^must$/i.test(need.text) && /^\s+have\s+\p{L}+(?:ed|en|t)(?![\p{L}])/iu.test(after)) continue;
      if (/^want$/i.test(need.text) && /(?:i['’]d|i would)\s+$/i.test(before)) continue;
      const rights = /^(?:right to|entitled to|owed|owe me|decency|courtesy|time you|essential|imperative|mandatory|obliged|required|needed|responsibility to|duty to|obligation to)$/i.test(need.text);
      // An obligation put on anyone but the writer ("somebody in HR has to tell me", "your team must let me know").
      const onThem =
        /^(?:must|has to|have to|needs|need|should)$/i.test(need.text) &&
        !/(?:^|\s)i(?:['’]ll|['’]d)?(?:\s+\S+)?\s*$/iu.test(before) &&
        /^\s+(?:(?:at least|at the very least|at minimum|really|just|simply|please|kindly)\s+)?(?:to\s+)?(?:tell me|let me know|inform me|get back to me|answer|reply|respond|decide|update me|be told|give me)/i.test(after);
      if (!rights && !onThem && !NEED_OWNER_AT_END.test(before.slice(-48))) continue;
      if (/(?:^|\s)(?:no|not|don't|do not|doesn't|does not|never|without|if|at)\s+$/iu.test(before)) continue;
      // The answer must not sit in a relative clause ("a role where I get regular feedback").
      const answer = answers.find((a) => !/(?:where|which|that|who|whom)\s/i.test(a.start > need.end ? text.slice(need.end, a.start) : ''));
      if (answer) out.push({ family: 'demand', start: c.start + Math.min(need.start, answer.start), end: c.start + Math.max(need.end, answer.end) });
    }
  }
  return out;
}

function ultimatums(speech: string, rush: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const h of hits(P.THREAT, speech)) out.push({ family: 'ultimatum', start: h.start, end: h.end });
  const conditions = hits(P.CONDITION, speech);
  const exits = hits(P.EXIT, speech);
  // An offer already accepted is a withdrawal, not leverage ("I have accepted another offer").
  const leverage = hits(P.LEVERAGE, speech).filter((h) => !/(?:accepted|taken|signed|chosen|decided to (?:accept|take|join|go with))\s+(?:\S+\s+)?$/iu.test(speech.slice(0, h.start)));
  // "..., you know." as a tag is pressure; "letting you know" is not.
  const pressure = hits(P.PRESSURE, speech).filter((h) => !/^you know/i.test(h.text) || (!YOU_KNOW_COURTESY.test(speech.slice(0, h.start)) && /^\s*[.!?,]|^\s*$/.test(speech.slice(h.end))));
  const hull = (xs: Range[]): Finding => ({ family: 'ultimatum', start: Math.min(...xs.map((x) => x.start)), end: Math.max(...xs.map((x) => x.end)) });
  if (conditions.length && exits.length) out.push(hull([conditions[0], exits[exits.length - 1]]));
  const strongConditions = conditions.filter((c) => /^(?:if|unless|should|failing|no|without|only|depends|before)/i.test(c.text));
  if (strongConditions.length && leverage.length) out.push(hull([strongConditions[0], leverage[0]]));
  if (leverage.length && pressure.length) out.push(hull([leverage[0], pressure[pressure.length - 1]]));
  // Another offer named next to a rush ("other firms are calling me, so hurry") is pressure too.
  const hurry = rush.filter((f) => f.detail !== 'questionMarks');
  if (leverage.length && hurry.length && !pressure.length) out.push(hull([leverage[0], hurry[hurry.length - 1]]));
  return out;
}

/**
 * The writer's own offers in a sentence ("if it helps, I can come by"), not "I can't get through" or "so I could
 * attend", which are no offers.
 */
function offers(speech: string): Hit[] {
  return hits(P.OFFER, speech).filter((h) => !/^\s*(?:['’]t|not)(?![\p{L}])/iu.test(speech.slice(h.end)) && !/(?:so|that|what|how|why|because)\s+$/iu.test(speech.slice(0, h.start)));
}

function escalations(speech: string, raw: string): Finding[] {
  if (has(P.INVITED, raw)) return [];
  // An offer ("if it helps, I can come by") softens what it introduces, not a call announced before it: "I'll phone you
  // tomorrow at 10 so we can talk and I can get a clearer idea" is still uninvited.
  const offered = offers(speech);
  return [...hits(P.ESCALATION, speech), ...hits(P.ANNOUNCED_CALL, speech)]
    .filter((h) => !offered.some((o) => o.start < h.end))
    .map((h) => ({ family: 'escalation' as const, start: h.start, end: h.end }));
}

function guilt(speech: string): Finding[] {
  if (offers(speech).length) return [];
  const out: Finding[] = [...hits(P.SACRIFICE, speech), ...hits(P.COST, speech), ...hits(P.APPEAL, speech)].map((h) => ({ family: 'guilt' as const, start: h.start, end: h.end }));
  const purposes = hits(P.PURPOSE, speech);
  // Three factors in one clause: the writer gave or paid something, it cost them, and it was for them.
  const costs = hits(P.GUILT_COST, speech);
  for (const give of hits(P.GIVING, speech)) {
    if (!/(?:^|\s)(?:i|i['’]ve|i have|i had|i had to|i even|i already|i also|i just|i['’]ve already|i have already|i['’]ve even|i have even|we|we['’]ve|we have|my (?:partner|wife|husband|family|whole family|parents|kids|children))\s+(?:\S+\s+)?$/iu.test(speech.slice(Math.max(0, give.start - 32), give.start))) continue;
    const clause = clauseAround(speech, give.start, give.end);
    const cost = costs.find((c) => c.start >= give.end && c.end <= clause.end);
    const purpose = purposes.find((p) => p.start >= give.end && p.end <= clause.end && (!cost || !overlaps(p, cost)));
    if (cost && purpose) out.push({ family: 'guilt', start: give.start, end: Math.max(cost.end, purpose.end) });
  }
  for (const deed of hits(P.DEED, speech)) {
    const clause = clauseAround(speech, deed.start, deed.end);
    const purpose = purposes.find((p) => p.start >= deed.end && p.end <= clause.end);
    if (purpose) out.push({ family: 'guilt', start: deed.start, end: purpose.end });
  }
  return out;
}

function silences(speech: string): Finding[] {
  const out: Finding[] = hits(P.SILENCE, speech)
    .filter((h) => !/^why/i.test(h.text) || !WHY_EXPLAINED.test(speech.slice(0, h.start)) || WHY_UNEXPLAINED.test(speech.slice(0, h.start)))
    .map((h) => ({ family: 'silence', start: h.start, end: h.end }));
  // "You haven't answered", "your team has not replied", "nobody tells me anything".
  const cls = clauses(speech);
  const responded = hits(P.RESPONDED, speech);
  for (const who of hits(P.ANSWERER, speech)) {
    const fine = cls.find((x) => who.start >= x.start && who.start < x.end);
    if (!fine || SUBORDINATE_START.test(speech.slice(fine.start, fine.end))) continue;
    const act = responded.find((r) => r.start > who.end && r.end <= fine.end && r.start - who.end <= 40);
    if (!act) continue;
    const between = speech.slice(who.end, act.start);
    const negative = /^(?:nobody|no one|noone)$/i.test(who.text) || /(?:^|\s)(?:haven['’]t|have not|hasn['’]t|has not|didn['’]t|did not|never|won['’]t|will not|don['’]t|do not|doesn['’]t|does not|couldn['’]t|could not|hadn['’]t|had not|still not|not)(?:\s|$)/iu.test(between);
    if (!negative || /(?:need|have|has) to\s*$/i.test(between) || has(P.POLITE_CHECK, speech.slice(fine.start, fine.end))) continue;
    out.push({ family: 'silence', start: who.start, end: act.end });
  }
  if (out.length) return out;
  const none = hits(P.NO_ANSWER, speech);
  const complaint = hits(P.SILENCE_COMPLAINT, speech);
  // "No feedback, no update, nothing": the lack of an answer, counted.
  if (none.length >= 2 && !has(P.POLITE_CHECK, speech)) out.push({ family: 'silence', start: none[0].start, end: none[none.length - 1].end });
  else if (none.length && complaint.length && !has(P.POLITE_CHECK, speech)) {
    const all = [...none, ...complaint];
    out.push({ family: 'silence', start: Math.min(...all.map((x) => x.start)), end: Math.max(...all.map((x) => x.end)) });
  }
  return out;
}

function chases(speech: string, raw: string): Finding[] {
  if (has(P.CORRECTION, raw)) return [];
  const out: Finding[] = [];
  if (BUMP_ALONE.test(speech)) out.push({ family: 'chase', start: 0, end: speech.length });
  // "I'm again reaching out", "Once more, I'm checking on my application".
  const acts = hits(P.FOLLOW_UP_ACT, speech);
  for (const again of hits(P.REPEAT, speech)) {
    const clause = clauseAround(speech, again.start, again.end);
    const act = acts.find((a) => a.start >= clause.start && a.end <= clause.end);
    if (act) out.push({ family: 'chase', start: Math.min(act.start, again.start), end: Math.max(act.end, again.end) });
  }
  const deletable = hits(P.CHASE_DELETABLE, speech);
  for (const h of hits(P.CHASE, speech)) {
    const del = deletable.find((d) => overlaps(d, h));
    if (del && h.start === 0) {
      // "Per my last email, ...": the phrase and its comma go; the rest of the sentence may be fine.
      let end = del.end;
      while (end < speech.length && /[\s,]/.test(speech[end])) end++;
      // The fix capitalises the word that now opens the sentence, so the hint takes its first letter when lower case.
      const span = end < speech.length && /\p{Ll}/u.test(speech[end]) ? end + 1 : end;
      out.push({ family: 'chase', start: del.start, end: span, phraseOnly: true, fixable: { kind: 'chaseDelete', start: del.start, end } });
    } else out.push({ family: 'chase', start: h.start, end: h.end });
  }
  return out;
}

function impatience(speech: string, cls: ClauseReading[]): Finding[] {
  const out: Finding[] = [];
  for (const h of hits(P.QUESTION_MARKS, speech)) out.push({ family: 'impatience', detail: 'questionMarks', start: h.start, end: h.end, fixable: { kind: 'questionMarks', start: h.start, end: h.end } });
  if (PROMPT_QUESTION.test(speech)) out.push({ family: 'impatience', start: 0, end: speech.trimEnd().length });
  for (const h of [...hits(P.IMPATIENCE, speech), ...hits(P.URGENT_REQUEST, speech)]) {
    if (DENIED.test(speech.slice(clauseAround(speech, h.start, h.end).start, h.start))) continue;
    out.push({ family: 'impatience', start: h.start, end: h.end });
  }
  const calm = hits(P.NOT_URGENT, speech);
  for (const h of hits(P.ASAP, speech)) {
    if (calm.some((c) => h.start >= c.start && h.end <= c.end) || speech[h.end] === '-') continue;
    const clause = cls.find((c) => h.start >= c.start && h.end <= c.end);
    const around = clauseAround(speech, h.start, h.end);
    const stretch = speech.slice(around.start, around.end);
    const asked =
      (clause && (clause.requests.length || clause.demands.length || clause.wishes.length)) ||
      cls.some((c) => overlaps(c, around) && (c.requests.length || c.demands.length || c.wishes.length)) ||
      PLEASE_WORD.test(stretch);
    if (!asked) continue;
    // The writer's own promise in the same clause ("I can start ASAP") is not pressure.
    if (clause && !clause.requests.length && !clause.demands.length && !clause.wishes.length && !PLEASE_WORD.test(clause.text) && has(P.WRITER_ACTION, clause.text.slice(0, h.start - clause.start))) continue;
    const before = speech.slice(around.start, h.start);
    const safe = /[\p{L}]{2,}/u.test(before);
    out.push({ family: 'impatience', detail: 'asap', start: h.start, end: h.end, fixable: safe ? { kind: 'asap', start: h.start, end: h.end } : undefined });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// From findings to reports.

/** What each pushy family finds in one sentence (offsets relative to it); exported for tests and tuning. */
export function findings(text: string): Finding[] {
  if (text.length > WINDOW) return windows(text).flatMap((w) => findingsIn(text.slice(w.start, w.end)).map((f) => shiftFinding(f, w.start)));
  return findingsIn(text);
}

/** Longest stretch read at once: no pushy sentence is longer, and a pasted page without full stops stays linear. */
const WINDOW = 600;

/** Cuts a very long sentence at clause breaks (or spaces) into pieces of at most WINDOW characters. */
function windows(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW);
    if (end < text.length) {
      const piece = text.slice(start, end);
      const cut = Math.max(piece.lastIndexOf(', '), piece.lastIndexOf('; '), piece.lastIndexOf(': '));
      const space = piece.lastIndexOf(' ');
      end = start + (cut > WINDOW / 2 ? cut + 1 : space > 0 ? space : piece.length);
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

function shiftFinding(f: Finding, by: number): Finding {
  return { ...f, start: f.start + by, end: f.end + by, fixable: f.fixable && { ...f.fixable, start: f.fixable.start + by, end: f.fixable.end + by } };
}

function findingsIn(text: string): Finding[] {
  const speech = writerSpeech(text);
  const heard = writerSpeech(text, { keepReports: true });
  const cls = readClauses(speech);
  const rush = impatience(speech, cls);
  return [
    ...ultimatums(speech, rush),
    ...escalations(speech, text),
    ...deadlines(speech, cls),
    ...demands(speech, cls, text),
    ...claims(speech, cls),
    ...guilt(speech),
    ...silences(heard),
    ...chases(speech, text),
    ...rush,
  ];
}

interface Group extends Range {
  members: Finding[];
}

function checkSentence(s: AnalyzedSentence): Report<M>[] {
  const text = s.text;
  const found = findings(text);
  if (!found.length) return [];
  // Each finding covers its clause (or only its phrase); findings whose stretches meet become one hint.
  const spans = found.map((f) => ({ f, span: f.phraseOnly ? { start: f.start, end: f.end } : clauseAround(text, f.start, f.end) }));
  spans.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  const groups: Group[] = [];
  for (const { f, span } of spans) {
    const last = groups[groups.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.members.push(f);
    } else groups.push({ start: span.start, end: span.end, members: [f] });
  }
  return groups.map((g) => report(text, s.start, g));
}

function report(text: string, offset: number, g: Group): Report<M> {
  const family = FAMILIES.find((fam) => g.members.some((m) => m.family === fam))!;
  // A sentence-final mark belongs to the stretch when the stretch runs to the end.
  let end = g.end;
  if (/^[.!?…]+$/.test(text.slice(end).trim())) end = text.length;
  const span = { start: g.start, end };
  const marks = g.members.find((m) => m.detail === 'questionMarks');
  const asap = g.members.find((m) => m.detail === 'asap');
  const messageId: M = family !== 'impatience' ? family : asap ? 'asap' : marks ? 'questionMarks' : 'impatience';
  const data = messageId === 'asap' && asap ? { text: text.slice(asap.start, asap.end) } : undefined;
  const fix = fixFor(text, span, g.members);
  const r: Report<M> = { messageId, start: offset + span.start, end: offset + span.end };
  if (data) r.data = data;
  if (ERRORS.has(family)) r.severity = 'error';
  if (fix) r.fixes = [fix];
  return r;
}

/**
 * One safe fix for the stretch, when there is one: "??" → "?", delete "ASAP", delete "Per my last email,". A stretch with
 * both an "ASAP" and a "??" ("Could you decide ASAP??") gets one fix doing both, so the hint's fix leaves nothing pushy.
 */
function fixFor(text: string, span: Range, members: Finding[]): FixReport<M> | undefined {
  const slice = (from: number, to: number) => text.slice(from, to);
  const marks = members.some((m) => m.fixable?.kind === 'questionMarks');
  const asap = members.find((m) => m.fixable?.kind === 'asap')?.fixable;
  if (asap) {
    let from = asap.start;
    while (from > span.start && /[\s,]/.test(text[from - 1])) from--;
    let replacement = slice(span.start, from) + slice(asap.end, span.end);
    if (marks) replacement = replacement.replace(P.QUESTION_MARKS, '?');
    return { messageId: marks ? 'fixDeleteOneQuestionMark' : 'fixDelete', data: { text: slice(asap.start, asap.end) }, replacement };
  }
  if (marks) return { messageId: 'fixOneQuestionMark', replacement: slice(span.start, span.end).replace(P.QUESTION_MARKS, '?') };
  const chase = members.find((m) => m.fixable?.kind === 'chaseDelete')?.fixable;
  if (chase && chase.start === span.start) {
    let rest = slice(chase.end, span.end);
    if (span.start === 0) rest = rest.charAt(0).toUpperCase() + rest.slice(1);
    return { messageId: 'fixDelete', data: { text: slice(chase.start, chase.end).replace(/[\s,]+$/, '') }, replacement: rest };
  }
  return undefined;
}

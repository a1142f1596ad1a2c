// The writer raises their own pay or perks. A sentence fires when it names pay (a phrase of one of the families in
// data/money.ts, or an amount) AND the writer is the one who would get it: they ask about it, need or expect it, state
// it, or open a negotiation. The company's products, the job's duties, the writer's achievements and other people's
// leave never fire, whatever words they share with pay.
import type { Report, Rule } from '../rule';
import { perSentence, sentenceDeletion } from '../rule';
import type { Analysis, AnalyzedSentence } from '../analyze';
import type { Token } from '../text/tokens';
import { sentenceWords } from '../text/money';
import {
  AFTER,
  BARE_AFTER_PAY,
  CUES,
  FIGURE,
  FIGURE_CONTEXT_BUSINESS,
  FIGURE_CONTEXT_PAY,
  FIGURE_CUE,
  OTHER,
  PARTY,
  PEOPLE,
  PER,
  PRODUCT_AFTER,
  QUESTION_ONSET,
  REFERRING_QUESTION,
  SELF_GOVERNING,
  STATUS_PHRASES,
  LOGISTICS,
  TERMS,
  type Family,
  type Level,
} from '../data/money';
import type { MessageId } from '../messages/en';

type M = MessageId<'money'>;
type HitId = Exclude<M, 'fixDeleteSentence'>;

interface Span {
  start: number;
  end: number;
}
interface Term extends Span {
  family: Family;
  level: Level;
  text: string;
  /** Shorter phrases inside this one ("overtime" in "how is overtime compensated"). */
  inner?: Term[];
}
type CueKind = keyof typeof CUES;
interface Cue extends Span {
  kind: CueKind;
}
interface Hit {
  messageId: HitId;
  text: string;
}

const globals = new WeakMap<RegExp, RegExp>();

function spans(pattern: RegExp, text: string, overlapping = false): Span[] {
  let re = pattern.global ? pattern : globals.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags + 'g');
    globals.set(pattern, re);
  }
  re.lastIndex = 0;
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
    // "the equity refresh": "the equity" must not hide "equity refresh", which starts inside it.
    if (overlapping) re.lastIndex = m.index + 1;
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const wordsBetween = (text: string, from: number, to: number) => (text.slice(from, to).match(/[\p{L}\p{N}$£€₹]+/gu) ?? []).length;

function hasAny(words: Set<string>, triggers: Set<string>): boolean {
  for (const w of words) if (triggers.has(w)) return true;
  return false;
}

/**
 * The same text with curly quotes, dashes and ellipses as ASCII, one character for one: V8 compiles a regex again for
 * strings with a character beyond Latin-1, and these lists are large. Offsets stay the same.
 */
function oneByte(text: string): string {
  if (!/[\u2010-\u2026]/.test(text)) return text;
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    // A dash between numbers is a range ("140–160k"); elsewhere it breaks the clause, as a semicolon does.
    .replace(/[\u2012-\u2015]/g, (dash, at: number) => (/\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '') ? '-' : ';'))
    .replace(/\u2026/g, '.');
}

/** Pay phrases in the sentence, longest first where they overlap; each keeps the phrases it swallowed. */
function termsIn(text: string): Term[] {
  const found: Term[] = [];
  const rank: Record<Level, number> = { strong: 0, cue: 1, goods: 2, cost: 3, negotiate: 4 };
  const words = sentenceWords(text);
  for (const { family, level, pattern, triggers } of TERMS) {
    if (triggers && !hasAny(words, triggers)) continue;
    for (const s of spans(pattern, text, true)) found.push({ ...s, family, level, text: text.slice(s.start, s.end) });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || rank[a.level] - rank[b.level] || a.start - b.start);
  const kept: Term[] = [];
  for (const t of found) {
    const host = kept.find((k) => overlaps(k, t));
    if (!host) kept.push(t);
    else if (host.start <= t.start && t.end <= host.end) (host.inner ??= []).push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Where the clause holding `at` starts: after the last semicolon, colon, dash, bracket or question mark before it. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(/[;:?!()]|\s[—–-]\s|—|,?\s+but\s/gi)) start = m.index! + m[0].length;
  return start;
}

function clauseEnd(text: string, at: number): number {
  const m = /[;:?!()]|\s[—–-]\s|—|,?\s+but\s/i.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** Adjectives that make a negotiation only when the writer asks for them: "a higher base". */
const COMPARATIVE = /^(?:higher|better|bigger|larger|improved|revised|stronger|more competitive|competitive|fairer|increased|more generous|enhanced|sweeter|more attractive|richer)$/i;

/** How many words a cue reaches forward. */
const REACH: Record<CueKind, number> = { ask: 12, own: 8, ownPast: 4, receive: 6, provide: 6, payFor: 6, negotiate: 4, duty: 6 };

/** The nearest cue before `at` in its clause, within a few words; "my" only right before the phrase. */
function governor(text: string, cues: Cue[], at: number, atEnd = at, withMy = true): Cue | undefined {
  const from = clauseStart(text, at);
  let best: Cue | undefined;
  for (const c of cues) {
    if (c.start >= at || c.end > atEnd || c.start < from) continue;
    const gap = wordsBetween(text, c.end, at);
    const cue = text.slice(c.start, c.end);
    const isMy = c.kind === 'own' && /^my$/i.test(cue);
    if (isMy && !withMy) continue;
    // "my" and "I'm on" reach only the words right after them ("my current base", "I'm on 52k"); a negotiation only
    // its object ("discuss the package"); a question or a need, its clause.
    const reach = isMy ? 3 : c.kind === 'own' && /\s(?:on|at)$/i.test(cue) ? 1 : REACH[c.kind];
    if (gap > reach) continue;
    // "my company's 401(k)", "my clients' pensions": someone else's.
    if (isMy && /^\s+[\p{L}-]+(?:['’]s|s['’])\s/u.test(text.slice(c.end, at + 1))) continue;
    if (!best || c.end > best.end) best = c;
    else if (c.end === best.end) {
      // "I'd be keen to discuss the figure": the negotiation, not the asking. Otherwise the longer cue.
      if (c.kind === 'negotiate' && best.kind === 'ask') best = c;
      else if (!(best.kind === 'negotiate' && c.kind === 'ask') && c.start < best.start) best = c;
    }
  }
  return best;
}

type AfterKind = keyof typeof AFTER;

/** A cue right after the phrase in its clause: "could be increased", "is part of the package", "is reimbursed". */
function afterCue(text: string, term: Span, kinds: readonly AfterKind[] = ['negotiate', 'own'], asked = false): AfterKind | undefined {
  const end = clauseEnd(text, term.end);
  const rest = text.slice(term.end, end);
  for (const kind of kinds) {
    for (const s of spans(AFTER[kind], rest)) {
      if (wordsBetween(rest, 0, s.start) > 6) continue;
      // "is travel reimbursed?", "relocation would be covered": said of the phrase, in a question or with its verb;
      // not "health insurance was the sector I covered".
      if ((kind === 'paid' || kind === 'provided') && !asked && !/^(?:is|are|be|would|will|could|can|get|gets|being|also)\b/i.test(rest.slice(s.start, s.end))) continue;
      return kind;
    }
  }
  // "a defined-benefit pension at the university — is that still available to new staff?"
  if (kinds.includes('own') && /^[^?]*?(?:[—–;,:]|\s-\s)\s*(?:and\s+|but\s+|so\s+)?(?:is|are|would|will|could|can|does|do|might)\s+(?:that|this|it|they|those|these|one)\b[^?]*\?[\s"'”’)]*$/i.test(text.slice(term.end))) return 'own';
  return undefined;
}

/** Where the question starts when the sentence asks one; -1 when it asks nothing. */
function questionStart(text: string): number {
  const trimmed = text.replace(/[\s"'”’)\]\p{Extended_Pictographic}]+$/u, '');
  if (trimmed.endsWith('?')) {
    const [onset] = spans(QUESTION_ONSET, text);
    return onset ? onset.start : 0;
  }
  // A question without its question mark: "can u pls tell the salary for this job".
  if (/^(?:what|what's|whats|how|which)\b/i.test(text)) return 0;
  if (/^(?:can|could|would|will|is|are|do|does|did|may|might|shall|should)\s+(?:you|u|i|we|the|there|it|this|that|my|your|ur|a|an|any|they|someone|anyone|hr)\b/i.test(text)) return 0;
  return -1;
}

/** Does a noun follow `at` ("base isolators", "equity story")? By the parser's tags, or by a word list without them. */
function nounFollows(text: string, at: number, tokens: readonly Token[]): boolean {
  const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(at));
  if (!next) return false;
  const start = at + next[0].length - next[1].length;
  const token = tokens.find((k) => k.start === start);
  if (token && token.tags.size > 0 && !FUNCTION_NEXT.test(` ${next[1]}`)) return token.tags.has('Noun') && !token.tags.has('Pronoun') && !token.tags.has('Gerund');
  return !FUNCTION_NEXT.test(text.slice(at));
}

/** Someone other than the writer owns the phrase, or it is another sense of the word. */
function vetoed(text: string, t: Term, others: Span[], tokensOwner: (at: number) => string | undefined, tokens: readonly Token[] = []): boolean {
  if (others.some((o) => overlaps(o, t))) return true;
  // "base isolators", "dental implants", "the equity story", "the insurance arm": a word that names pay only when no
  // noun follows it ("a higher base", "medical, dental and vision", "equity is part of the deal").
  if (MODIFIER_WORD.test(t.text) && /^\s+[\p{L}]/u.test(text.slice(t.end)) && nounFollows(text, t.end, tokens)) return true;
  // "leave" the verb: "I'd have to leave early", "before you leave".
  if (/^leave$/i.test(t.text) && /\b(?:to|i|you|we|they|he|she|it|will|would|can|could|must|should|might|may|['’]ll|['’]d|not|never|and)\s+$/i.test(text.slice(0, t.start))) return true;
  // "how do your patients pay": a party inside a question that spans words.
  if (/\s/.test(t.text)) for (const w of t.text.split(/\s+/)) if (PARTY_WORD.test(w.replace(/['’]s?$/, ''))) return true;
  // "the oak staircase commission": a commissioned piece of work, named by the noun before it.
  if (/^commissions?$/i.test(t.text)) {
    const prev = /([\p{L}'’-]+)\s+$/u.exec(text.slice(0, t.start))?.[1].toLowerCase();
    if (prev && !COMMISSION_BEFORE.test(prev)) return true;
  }
  if (PRODUCT_AFTER.test(text.slice(t.end))) return true;
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  // "their health insurance", "its pension scheme": a third party's.
  if (/\b(?:their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) && !/\b(?:get|gets|have|has|receive|receives|take|takes|keep|keeps|use|uses|accrue|accrues|hit|earn|earns|achieve|reach|make|put into|pay into|contribute to)\s+their\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)) return true;
  // "your members' health insurance", "customers' pension": a business party's.
  for (const p of spans(PARTY, before)) {
    const word = before.slice(p.start, p.end);
    if (/^members?$/i.test(word) && /\b(?:family|staff|team|crew|faculty)\s+$/i.test(before.slice(0, p.start))) continue;
    const between = before.slice(p.end);
    if (/\b(?:i|me|my|you|we|us)\b/i.test(between)) continue;
    if (wordsBetween(before, p.end, before.length) <= 3) return true;
  }
  // "the incentive programme you run for your dealers", "to bring lapsed customers back": a party the clause serves.
  const after = text.slice(t.end, clauseEnd(text, t.end));
  const words = after.match(/[\p{L}'’-]+/gu)?.slice(0, 9) ?? [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k].replace(/['’]s?$/, '');
    if (!PARTY_WORD.test(word)) continue;
    const lead = words.slice(Math.max(0, k - 3), k).map((w) => w.toLowerCase());
    if (!lead.some((w) => /^(?:for|to|of|with)$/.test(w)) || lead.includes('my')) continue;
    if (/^members?$/i.test(word) && /^(?:family|staff|team|crew|faculty)$/i.test(words[k - 1] ?? '')) continue;
    // "client sites": a singular noun before another noun only describes it.
    if (!/s$/i.test(word) && words[k + 1] && !/^(?:and|or|in|on|at|for|of|to|with|who|that|which|is|are|was|were|will|would|can|could|get|gets|have|has|pay|pays|use|uses)$/i.test(words[k + 1])) continue;
    return true;
  }
  // "the insurance clients", "pension customers": a party right after the phrase.
  const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(t.end));
  if (next && PARTY_WORD.test(next[1])) return true;
  // "visitor parking at the factory", "public transport": for the visit or the public, not a perk of the job.
  if (/(?:visitor|visitors['’]?|guest|public|customer|patient|street|pay-and-display|paid)\s+$/i.test(text.slice(Math.max(0, t.start - 20), t.start)) && /^(?:parking|car park|transport)/i.test(t.text)) return true;
  // "help with moving the pipeline", "moving data between clusters": the verb with its object, not a relocation.
  if (/^(?:moving|move)$/i.test(t.text.split(/\s+/).pop() ?? '') && MOVED_OBJECT.test(text.slice(t.end))) return true;
  // "I didn't want you to think I'd need time off", "I won't need relocation": the writer saying they will not ask.
  if (NEGATED_LEAD.test(clauseLead(text, t.start))) return true;
  // "Priya's vacation", "my colleague's parental leave": a person's.
  const owner = tokensOwner(t.start);
  if (owner) return true;
  return false;
}

function ownerOf(text: string, s: AnalyzedSentence): (at: number) => string | undefined {
  return (at) => {
    const m = /([\p{L}-]+)['’]s\s+(?:[\p{L}-]+\s+)?$/u.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) return undefined;
    const word = m[1];
    if (PEOPLE.test(word)) return word;
    const token = s.tokens.find((k) => k.text.replace(/['’]s$/, '') === word);
    if (token && (token.tags.has('Person') || token.tags.has('FirstName') || token.tags.has('LastName') || token.tags.has('Honorific'))) return word;
    return undefined;
  };
}

/** What follows "moving" when it is a verb with an object: "moving the pipeline", "moving data", "moving it". */
const MOVED_OBJECT = /^\s+(?:the|a|an|this|that|these|those|it|them|our|your|their|its|data|files|workloads?|services?|code|systems?|servers?|stock|goods|inventory|freight|patients?|equipment|production|things|projects?|teams?|people|forward|ahead|fast|quickly)\b/i;
/** A denial in the clause before a term: "didn't want you to think I'd need", "I won't need", "without any". Not doubt
 * or reporting ("not sure whether", "didn't see ... mentioned", "haven't received the benefits guide"), which still ask. */
const NEGATED_LEAD = /(?:\bnot\b|n['’]t\b|\bnever\b|\bno need\b|\bwithout\b)(?![^,;]*\b(?:sure|certain|clear|know|knowing|knew|understand|understood|find|found|see|saw|seen|mention|mentioned|discuss|discussed|ask|asked|receive|received|get|got|hear|heard|include|included|cover|covered|say|said|tell|told|only|just)\b)[^,;]*$/i;

/** The words of the clause before `at`: from the last comma, semicolon, colon, dash or "but" (at most 60 characters). */
function clauseLead(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  const cut = /.*(?:[,;:—–]|\bbut\b|\bhowever\b)/is.exec(before);
  return cut ? before.slice(cut[0].length) : before;
}

/** Single words that name pay only when no noun follows them. */
const MODIFIER_WORD = /^(?:(?:the|my|your|any|some|more|current|a higher|higher|a lower|lower|a better|better|on|less)\s+)?(?:base|dental|medical|vision|optical|equity|stock|insurance|pension|pensions|healthcare|health care|commission|relocation|leave|shares|options)$/i;
/** What may follow such a word: a function word, a verb, or pay words that continue the phrase. */
const FUNCTION_NEXT = /^\s+(?:salary|pay|and|plus|or|of|is|are|was|were|be|been|would|will|could|should|can|might|may|do|does|did|if|than|but|for|in|at|around|with|without|by|to|from|as|on|rate|figure|number|comp|compensation|cover|coverage|insurance|plan|plans|scheme|schemes|benefits?|package|policy|contribution|contributions|match|matching|that|which|you|i|we|they|the|a|an|my|your|their|its|this|these|those|only|also|too|either|included|offered|provided|vest|vests|vesting|accrue|accrues|work|works|kick|start|starts|apply|applies|come|comes|look|looks|like|change|changes|go|goes|count|counts|allowance|budget|support|assistance|costs?|expenses|days|entitlement|then|there|here|now|yet|still|first|after|before|when|while|so|because|etc|each|every|per|please|straight|immediately|right|given|since|considering|despite|though|although|even|too|instead|rather|alongside|beyond|above|below|over|under|up|down|out|off|part|any|some|all|both|either|through|via|into|onto|upon|against|between|among|until|unless|except|once)\b/i;

/** Words that may stand before "commission" when it means pay: "the commission", "sales commission", "on commission". */
const COMMISSION_BEFORE = /^(?:the|a|an|any|some|on|of|and|or|plus|no|my|your|their|is|be|get|gets|earn|earns|pay|pays|paid|sales|base|what|which|how|much|with|without|in|for|include|includes|offer|offers|percentage|earning|uncapped|capped|high|higher|good|standard|typical|usual|first-year|monthly|quarterly|annual|tiered|flat|straight|full|residual|trailing|renewal|override|receive|structured|structure|level|rate|extra|more|less|bonus|also|only|the)$/i;

const PARTY_WORD = new RegExp(`^(?:${PARTY.source})$`, 'iu');
const ENDS_PER_UNIT = new RegExp(`${PER}$`, 'iu');

/** Is this amount the writer's own pay? */
function ownFigure(text: string, f: Span, cues: Cue[]): boolean {
  const g = governor(text, cues, f.start);
  if (g?.kind === 'duty') return false;
  const business = (from: number, to: number) => spans(FIGURE_CONTEXT_BUSINESS, text.slice(Math.max(0, from), Math.min(text.length, to))).length > 0;
  const figure = text.slice(f.start, f.end);
  const rate = ENDS_PER_UNIT.test(figure) || /\b(?:lpa|lakhs?|figures?)\b/i.test(figure);
  // "I charge $90 per hour for freelance projects": the writer's own cue right before the amount makes it theirs; only
  // the words in between and right after can make it business ("I'd need to raise $2M"). "my" only with a pay word
  // ("my current base is 92k", not "my own page to 12k").
  const cue = g ? text.slice(g.start, g.end) : '';
  const between = g ? text.slice(g.end, f.start) : '';
  const direct = g && (g.kind === 'own' || g.kind === 'ownPast' || g.kind === 'ask') && wordsBetween(text, g.end, f.start) <= 4 && (!/^my$/i.test(cue) || spans(FIGURE_CONTEXT_PAY, between).length > 0 || /\b(?:current|expected|target|minimum|desired|last|previous|usual)\b/i.test(between));
  if (direct) {
    const next = /^\s*(?:\S+\s+){0,1}\S*/.exec(text.slice(f.end))![0];
    return !business(g.start, f.end + next.length);
  }
  if (business(f.start - 45, f.end + 30)) return false;
  // A lump sum in millions or crores is a budget or a deal, not a salary, unless it is per year or month.
  if (!rate && /\b(?:m|mn|million|billion|bn|crores?|cr)\b/i.test(figure)) return false;
  if (g && g.kind !== 'negotiate' && !/^my$/i.test(cue)) return true;
  if (spans(FIGURE_CUE, text.slice(Math.max(0, f.start - 30), f.start)).length) return true;
  if (afterCue(text, f) === 'own') return true;
  if (rate || /\bcrores?\b/i.test(figure)) return true;
  return spans(FIGURE_CONTEXT_PAY, text.slice(Math.max(0, f.start - 60), Math.min(text.length, f.end + 30))).length > 0;
}

const FIRES: Record<Level, readonly CueKind[]> = {
  strong: ['ask', 'own', 'receive', 'provide', 'payFor'],
  cue: ['ask', 'own', 'receive', 'provide', 'payFor'],
  goods: ['receive', 'provide', 'payFor'],
  cost: ['payFor'],
  negotiate: [],
};
/** Families whose phrases are the writer's own when they say "my": "my salary", not "my phone" or "my day off". */
const MY_FAMILIES: ReadonlySet<Family> = new Set(['salary', 'benefits', 'bonus', 'equity', 'negotiate']);
const AFTER_FIRES: Record<Level, readonly AfterKind[]> = {
  strong: ['negotiate', 'own', 'paid', 'provided'],
  cue: ['negotiate', 'own'],
  goods: ['negotiate', 'own', 'paid', 'provided'],
  cost: ['paid'],
  negotiate: ['negotiate'],
};

/** Cues, vetoes and figures of one sentence, read once. */
interface Reading {
  text: string;
  tokens: readonly Token[];
  cues: Cue[];
  others: Span[];
  owner: (at: number) => string | undefined;
}

/** Words that say the phrase weighs on the writer's decision. */
const STAKE = /\b(?:factor|factors|important|importance|matters?|mattered|difference|help|helps|decision|deciding|decide|need|needs|needed|want|wanted|discuss|discussed|consider|considering|ask|asking|understand|clarity|clear|priority|priorities|essential|crucial|key|vital|big part|large part|dealbreaker|deal-breaker|justify|afford|expect|expected|expecting|hope|hoped|hoping|looking for|hesitant|concern|concerned|worry|worried|sticking point|non-negotiable|must|requirement|unsure|not sure|curious|wondering|interested to|keen to|make up|makes up|made up|income|earnings|drop|cut|lose|losing|give up|giving up|leave behind|walk away)\b/i;

/**
 * The phrase is the subject of its clause and the clause comes back to the writer: "Salary is an important factor for
 * me", "Relocation support would make a big difference for my family", "Compensation is something I'd want to discuss".
 */
function aboutMe(text: string, t: Term): boolean {
  const clause = text.slice(clauseStart(text, t.start), t.start);
  const lead = clause.slice(clause.lastIndexOf(',') + 1).replace(/^[\s,]*(?:(?:and|but|so|also|honestly|obviously|frankly|clearly|naturally|of course|to be honest|to be fair|for transparency|for context|for me|personally|realistically|equally|likewise|similarly|admittedly|just so you know|as you can imagine)[\s,]+)*/i, '');
  if (!/^(?:(?:the|a|an|any|some|good|decent|fair|meaningful|proper|solid|strong|reasonable|competitive|generous|this|that|such)\s+)*$/i.test(lead)) return false;
  const rest = text.slice(t.end, clauseEnd(text, t.end));
  if (!/^\s*(?:\w+\s+)?(?:is|are|was|were|would|will|could|can|might|may|matters|matter|makes|make|means|mean|remains|seems|sounds|has|have|needs|plays|counts|weighs|carries|helps|affects|decides|determines|usually|really|obviously|also|definitely|certainly|probably)\b/i.test(rest)) return false;
  const words = rest.match(/[\p{L}'’]+/gu)?.slice(0, 12) ?? [];
  if (!words.some((w) => /^(?:i|i['’](?:d|m|ve|ll)|me|my|myself|mine)$/i.test(w))) return false;
  // What it means to them ("a factor for me", "something I'd want to discuss"), not what they know ("an area I know").
  return STAKE.test(rest);
}

/** Is the cue part of a question, or of a sentence where the writer asks, needs or hopes? */
function inRequest(r: Reading, g: Cue, question: number): boolean {
  if (question >= 0 && g.end > question) return true;
  if (/^(?:would|will|could|can|might|may|should)\b/i.test(r.text.slice(g.start, g.end))) return true;
  return r.cues.some((c) => c !== g && (c.kind === 'ask' || c.kind === 'receive' || (c.kind === 'own' && !/^my$/i.test(r.text.slice(c.start, c.end)))) && c.start < g.start);
}

/** Does this pay phrase, in its place, belong to the writer? Returns the message to show. */
function judge(r: Reading, t: Term, question: number): HitId | undefined {
  const { text, cues } = r;
  if (vetoed(text, t, r.others, r.owner, r.tokens)) return undefined;
  // Lunch on the assessment day, travel to the interview: logistics, not perks.
  if ((t.level === 'goods' || t.level === 'cost' || t.family === 'perks') && LOGISTICS.test(text)) return undefined;
  if (t.family === 'negotiate' && SELF_GOVERNING.test(t.text)) return 'negotiate';
  // Owning a thing is not asking for it ("my phone will be on"): "my" counts only for pay itself.
  const withMy = (t.level === 'strong' || t.level === 'cue') && MY_FAMILIES.has(t.family);
  const own: Cue | undefined = withMy && /^my\b/i.test(t.text) ? { start: t.start, end: t.start + 2, kind: 'own' } : undefined;
  const g = own ?? governor(text, cues, t.start, t.end, withMy);
  if (g?.kind === 'duty') return undefined;
  // A negotiation is over pay, not over "moving the rehearsals" or "my qualifications".
  if (g?.kind === 'negotiate') {
    if (t.level === 'goods' || t.level === 'cost') return undefined;
    // "a higher base" is a negotiation when asked for; "enhanced parental leave across forty stores" is a project.
    if (COMPARATIVE.test(text.slice(g.start, g.end)) && !inRequest(r, g, question)) return undefined;
    return 'negotiate';
  }
  // The company providing something counts in a question or a request, not in praise ("the school gives free lunch").
  const provided = g && (g.kind === 'provide' || g.kind === 'payFor');
  const after = afterCue(text, t, AFTER_FIRES[t.level], question >= 0 && t.start >= question);
  if (g && FIRES[t.level].includes(g.kind) && (!provided || inRequest(r, g, question))) return after === 'negotiate' ? 'negotiate' : t.family;
  if (after === 'negotiate') return 'negotiate';
  if (after) return t.family;
  if ((t.level === 'strong' || t.level === 'cue') && aboutMe(text, t)) return t.family;
  if (t.level === 'strong' && question >= 0 && t.start >= question) return t.family;
  return undefined;
}

export function checkText(original: string, s: AnalyzedSentence): Hit | undefined {
  const text = oneByte(original);
  const hit = readSentence(text, s);
  // The message quotes the writer's own characters ("carer’s leave").
  return hit && { ...hit, text: original.slice(hit.start, hit.end) };
}

function readSentence(text: string, s: AnalyzedSentence): (Hit & Span) | undefined {
  const terms = termsIn(text);
  // An amount the writer states for themselves.
  const figures = /\d|figures?\b/i.test(text) ? spans(FIGURE, text) : [];
  if (terms.length === 0 && figures.length === 0) return undefined;
  const cues: Cue[] = [];
  for (const kind of Object.keys(CUES) as CueKind[]) {
    for (const sp of spans(CUES[kind], text)) {
      // "does the team get together", "would I get to meet": not receiving anything.
      // "working on a holiday", "work on weekends": when, not a duty.
      if (kind === 'duty' && /^work(?:ing|ed)?\s+on$/i.test(text.slice(sp.start, sp.end)) && /^\s+(?:(?:a|the)\s+)?(?:(?:public|bank)\s+)?(?:holidays?|weekends?|saturdays?|sundays?|nights?|christmas|new year|eid|diwali|days? off|shifts?)\b/i.test(text.slice(sp.end))) continue;
      if (kind === 'receive' && /\bget$/i.test(text.slice(sp.start, sp.end)) && /^\s+(?:together|to\b|a chance|the chance|an? opportunit|involved|started|back|in touch|along|used|ready|going|on with)/i.test(text.slice(sp.end))) continue;
      cues.push({ ...sp, kind });
    }
  }
  // Earlier pay makes an amount theirs, but "I was given a bonus" is an achievement, not a request.
  const termCues = cues.filter((c) => c.kind !== 'ownPast');
  const r: Reading = { text, tokens: s.tokens, cues: termCues, others: [...spans(OTHER, text), ...spans(STATUS_PHRASES, text)], owner: ownerOf(text, s) };

  for (const t of terms) {
    if (t.family === 'negotiate') continue;
    const bare = BARE_AFTER_PAY.exec(text.slice(t.end));
    if (bare) {
      const at = t.end + bare.index + bare[0].length - bare[1].length;
      figures.push({ start: at, end: at + bare[1].length });
    }
  }
  // "I'd take 80 if the bonus is good": a bare number right after the writer's own cue.
  for (const c of cues) {
    if (c.kind !== 'own' || /^my$/i.test(text.slice(c.start, c.end))) continue;
    const m = /^\s+(?:(?:around|about|roughly|at least|maybe|something like|somewhere around)\s+)?(\d{2,3}(?:[.,]\d)?)(?=\s*(?:[,.;!?]|$|\s(?:if|but|and|or|as|for|with|plus|base|all-in|all in|total)\b))/i.exec(text.slice(c.end));
    if (m) {
      const at = c.end + m.index + m[0].length - m[1].length;
      figures.push({ start: at, end: at + m[1].length });
    }
  }
  for (const f of figures) {
    if (r.others.some((o) => overlaps(o, f))) continue;
    if (ownFigure(text, f, cues)) return { messageId: 'figure', text: '', ...f };
  }

  const question = questionStart(text);
  for (const t of terms) {
    const id = judge(r, t, question);
    if (!id) continue;
    // "How is overtime compensated?" asks about overtime: name the specific phrase and its family.
    const inner = id === t.family && t.family === 'salary' ? t.inner?.find((k) => k.family !== 'salary' && k.family !== 'negotiate' && k.level === 'strong') : undefined;
    const named = inner ?? t;
    return { messageId: inner ? (inner.family as HitId) : id, text: '', start: named.start, end: named.end };
  }
  return undefined;
}

/** A pay phrase that is not someone else's, for a sentence whose question comes in the next one. */
function unclaimedTerm(original: string, s: AnalyzedSentence): Term | undefined {
  const text = oneByte(original);
  const others = [...spans(OTHER, text), ...spans(STATUS_PHRASES, text)];
  const owner = ownerOf(text, s);
  const cues: Cue[] = spans(CUES.duty, text).map((sp) => ({ ...sp, kind: 'duty' as const }));
  return termsIn(text).find((t) => t.level === 'strong' && !vetoed(text, t, others, owner, s.tokens) && governor(text, cues, t.start, t.end)?.kind !== 'duty');
}

function checkSentence(body: string, s: AnalyzedSentence, next: AnalyzedSentence | undefined): Report<M>[] {
  let hit = checkText(s.text, s);
  let last = s;
  // "Some hospitals offer a signing bonus. Would that be something you could consider?"
  if (!hit && next && REFERRING_QUESTION.test(next.text)) {
    const t = unclaimedTerm(s.text, s);
    if (t) {
      hit = { messageId: t.family, text: s.text.slice(t.start, t.end) };
      last = next;
    }
  }
  if (!hit) return [];
  const span = sentenceDeletion(body, { ...s, end: last.end });
  return [
    {
      messageId: hit.messageId,
      data: { text: hit.text.replace(/\s+/g, ' ') },
      start: span.start,
      end: span.end,
      fixes: [{ messageId: 'fixDeleteSentence', replacement: '' }],
    },
  ];
}

/** The sentences the writer wrote: the letter, and a postscript under the signature ("P.S. ..."). */
function ownSentences(a: Analysis): AnalyzedSentence[] {
  const postscriptLines = new Set(a.sentences.filter((s) => s.region === 'signature' && /^\s*p\.?\s?s\.?(?:\s|:|-|$)/i.test(a.layout.lines[s.line]?.text ?? '')).map((s) => s.line));
  return a.sentences.filter((s) => s.region === 'content' || (s.region === 'signature' && postscriptLines.has(s.line)));
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
    const own = ownSentences(a);
    return own.flatMap((s, i) => {
      const next = own[i + 1];
      // The next sentence may carry the question ("... a signing bonus. Would that be possible?"), and the deletion
      // span then runs to its end: both belong in the key.
      const key = next ? `money\u0000${next.text}\u0000${a.body.slice(next.end, next.end + 3)}` : 'money';
      return perSentence(a.body, s, key, () => checkSentence(a.body, s, next));
    });
  },
};

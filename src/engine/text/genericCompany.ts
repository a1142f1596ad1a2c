// The company a sentence says the writer wants to join ("I'd love to join Globex", "a great addition to Northwind
// Traders", "the position at Corvid Analytics"), for the generic rule's reused-template check. Only the object of such a
// phrase counts, and never the writer's own past or current employer, a client, a team, a place or a person.
import type { AnalyzedSentence } from '../analyze';
import { COMPANY_IDIOMS, COMPANY_SUFFIXES, GROUP_NOUNS, HELP_VERBS, JOIN_ANCHOR, NOT_COMPANY, OWN_EMPLOYER, PLACE_SUFFIXES, WEAK_JOIN_ANCHOR } from '../data/generic';
import { findSlots } from './genericSlots';
import { capitalizedRuns, isCompanyRun, isTitleRun, type CapitalizedRun } from './names';

const endingWith = (re: RegExp) => new RegExp(`(?:${re.source})\\s+(?:the\\s+)?$`, 'iu');
const STRONG = endingWith(JOIN_ANCHOR);
const WEAK = endingWith(WEAK_JOIN_ANCHOR);
/** "join X" itself, where X is a firm even when its name holds a title word ("Meridian Partners"). */
const JOIN_DIRECTLY = /\bjoin(?:ing)?\s+(?:the\s+)?$/i;
/** "help Fresh Basket Markets reach its next stage": the writer's help is for the company they would join. */
const HELP = /\bhelp(?:ing)?\s+(?:the\s+)?$/i;
const OWN_BEFORE = new RegExp(OWN_EMPLOYER.source, 'iu');

export interface CompanyContext {
  /** The recipient's company key (the registrable domain label). */
  key: string;
  /** Lowercased names of people in play (the recipient's), never a company. */
  people: ReadonlySet<string>;
  /** Capitalized words of the subject: a role or event the subject names is not a company. */
  subjectWords: ReadonlySet<string>;
}

export interface CompanyMention {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
}

/** "at Utrecht I maintain": the pronoun after a name is not part of it. */
function withoutPronoun(run: CapitalizedRun): CapitalizedRun | undefined {
  let n = run.tokens.length;
  while (n > 0 && run.tokens[n - 1].text === 'I') n--;
  if (n === run.tokens.length) return run;
  if (n === 0) return undefined;
  const tokens = run.tokens.slice(0, n);
  const end = tokens[n - 1].end;
  return { tokens, start: run.start, end, text: run.text.slice(0, end - run.start) };
}

const lastWord = (run: CapitalizedRun) => run.tokens[run.tokens.length - 1].lower.replace(/\.$/, '');

function looksLikeCompany(run: CapitalizedRun): boolean {
  return (run.tokens.length > 1 && COMPANY_SUFFIXES.has(lastWord(run))) || run.tokens.some((t) => t.tags.has('Organization'));
}

/** "help X reach ...", "help X's team to grow": what follows the name is something a company does. */
function helpsItDoSomething(after: string): boolean {
  const verb = /^(?:['’]s\s+\w+)?\s+(?:to\s+)?([\p{L}]+)/u.exec(after)?.[1];
  return !!verb && HELP_VERBS.has(verb.toLowerCase());
}

function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 12 && (letters.match(/\p{Lu}/gu) ?? []).length / letters.length > 0.7;
}

const ANY_ANCHOR = new RegExp(`${JOIN_ANCHOR.source}|${WEAK_JOIN_ANCHOR.source}|\\bhelp(?:ing)?\\s`, 'iu');

/** A cheap first look: does the sentence hold a phrase about joining at all? */
export function mayNameCompanyToJoin(text: string): boolean {
  return ANY_ANCHOR.test(text);
}

/** Companies other than the recipient's that this sentence says the writer wants to join. */
export function companiesToJoin(s: Pick<AnalyzedSentence, 'text' | 'tokens'>, ctx: CompanyContext): CompanyMention[] {
  if (isShouting(s.text)) return [];
  const out: CompanyMention[] = [];
  for (const whole of capitalizedRuns(s)) {
    const run = withoutPronoun(whole);
    if (!run) continue;
    if (!/\p{L}/u.test(run.tokens[0].text)) continue; // "12 noon", "20 days"
    if (run.start === 0) continue; // a sentence opens with a capital; and no anchor precedes it
    if (NOT_COMPANY.has(run.text.toLowerCase()) || run.tokens.every((t) => NOT_COMPANY.has(t.lower))) continue;
    const before = s.text.slice(0, run.start);
    // The phrase ends right before the name: its last few words are enough to look at.
    const tail = before.slice(-60);
    const strong = STRONG.test(tail) || (HELP.test(tail) && helpsItDoSomething(s.text.slice(run.end)));
    const weak = !strong && WEAK.test(tail);
    if (!strong && !weak) continue;
    if (isCompanyRun(run, ctx.key)) continue;
    // "the position at Company Name": a template's field, reported as such.
    if (findSlots(run.text).some((slot) => slot.end - slot.start >= run.text.length - 1)) continue;
    if (ctx.people.has(run.text.toLowerCase()) || run.tokens.every((t) => ctx.subjectWords.has(t.text))) continue;
    const company = looksLikeCompany(run);
    // "an interview with Priya": the weak phrases name people as often as firms.
    if (weak && !company) continue;
    const direct = JOIN_DIRECTLY.test(before);
    if (!direct && !company && isTitleRun(run, s.text)) continue;
    const person = run.tokens.some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('Honorific'));
    const dated = run.tokens.some((t) => t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay'));
    const place = run.tokens.some((t) => t.tags.has('Place'));
    // A place after a strong phrase is the employer's name ("join the kitchen at The Olive Grove"); after a weak one, a city.
    if ((person || dated || (place && weak)) && !company) continue;
    if (run.tokens.length > 1 && PLACE_SUFFIXES.has(lastWord(run))) continue;
    // A single short acronym ("SME", "HR", "IT") is a field or a unit more often than a firm.
    if (run.tokens.length === 1 && /^[\p{Lu}]{2,4}$/u.test(run.text) && !company) continue;
    const after = s.text.slice(run.end);
    const article = /\bthe\s+$/i.test(before);
    // "the Ordine's young architects group", "the Allentown distribution centre", "the Lekki estate project": the name
    // qualifies a thing of its own; "the Sparkline Studio family" still means the firm.
    const nextWord = /^(?:['’]s)?\s+([\p{Ll}][\p{L}-]*)/u.exec(after)?.[1];
    if (article && (/^['’]s\b/.test(after) || (nextWord && !COMPANY_IDIOMS.has(nextWord) && !/^(?:and|or|as|to|in|on|for|with|by|at|next|this|one|someday|soon|one day|because|so|but|if|when|where|which|who|that)$/.test(nextWord)))) continue;
    // "join Globex's growth team", "the Payments team": a team, not the company.
    if (nextWord && GROUP_NOUNS.has(nextWord) && !/^['’]s\b/.test(after)) continue;
    // The writer's own employer, a client, a competitor: "in my current role at X", "clients like X".
    if (OWN_BEFORE.test(s.text.slice(Math.max(0, run.start - 80), run.start))) continue;
    out.push({ start: run.start, end: run.end, text: run.text });
  }
  return out;
}

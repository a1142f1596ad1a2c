import type { Report, Rule } from '../rule';
import { memoBySentence, perSentence } from '../rule';
import type { Analysis, AnalyzedSentence } from '../analyze';
import type { MessageId } from '../messages/en';
import {
  ADDRESSEE_GLUE,
  AGENCIES,
  AGENCY_DOMAIN_PARTS,
  GREETING_ADJECTIVES,
  GROUP_MAILBOX_WORDS,
  GROUP_WORDS,
  HONORIFICS,
  ROLE_QUALIFIERS,
  ROLE_TITLES,
  ROLE_WORDS,
  SALUTATION,
  SHARED_DOMAINS,
  SIR_MADAM,
  TO_AN_AGENCY,
  TO_WHOM,
  WITHDRAWAL,
} from '../data/generic';
import { companyKey, sameCompany } from '../recipient';
import { findSlots, type Slot, type SlotFamily } from '../text/genericSlots';
import { companiesToJoin, mayNameCompanyToJoin, type CompanyContext } from '../text/genericCompany';
import { capitalizedRuns, isCompanyRun } from '../text/names';

type M = MessageId<'generic'>;

/** Each source of reports reads the analysis on its own; check() is their union. Add a source here to extend the rule. */
type Source = (a: Analysis) => Report<M>[];

const SOURCES: Source[] = [slotsInBody, slotsInSubject, impersonalGreetings, wrongCompany];

export const generic: Rule<'generic'> = {
  meta: {
    id: 'generic',
    description: 'The note is written for this person: no unfilled placeholders, template greetings or another company’s name.',
    article: 'Skip the Generic Templates: every message should be customized.',
    severity: 'error',
    followUpOnly: true,
  },
  check(a) {
    return SOURCES.flatMap((source) => source(a));
  },
};

const SLOT_MESSAGE: Record<SlotFamily, M> = {
  bracket: 'slotBracket',
  brace: 'slotBrace',
  angle: 'slotAngle',
  paren: 'slotParen',
  bare: 'slotBare',
  mask: 'slotMask',
};

/** A long instruction is quoted by its opening words. */
function shortText(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 50).trimEnd()}…`;
}

/** The key by which two slots are the same placeholder: "[Company Name]" twice is one thing to fill in. */
function slotKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The recipient's company as the writer's text or the thread spells it: safe to offer as a replacement. */
function companyAsWritten(a: Analysis): string | undefined {
  const key = a.recipient.companyKey;
  if (!key) return undefined;
  for (const s of a.content) for (const r of capitalizedRuns(s)) if (isCompanyRun(r, key)) return r.text;
  const thread = Array.isArray(a.draft.thread) ? a.draft.thread.map((m) => (typeof m?.body === 'string' ? m.body : '')) : [];
  if (a.company && [a.subject, ...thread].some((t) => t.includes(a.company!))) return a.company;
  return undefined;
}

/** What a name slot of the greeting is filled with: the recipient's first name, or their surname after "Mr."/"Dr.". */
function nameFor(a: Analysis, asks: Slot['asks']): string | undefined {
  if (asks === 'firstName') return a.recipient.firstName;
  if (asks === 'lastName') {
    const parts = a.recipient.fullName?.split(/\s+/).filter((p) => /^[\p{L}][\p{L}'-]+$/u.test(p) && !/^(?:mr|mrs|ms|mx|dr|prof)$/i.test(p));
    return parts && parts.length >= 2 ? parts[parts.length - 1] : undefined;
  }
  return undefined;
}

/** The slots of one sentence, offsets relative to it: found once per sentence text, however often the draft is linted. */
function sentenceSlots(s: AnalyzedSentence): Slot[] {
  return memoBySentence(s, 'generic:slots', () => findSlots(s.text, s.tokens));
}

/** Unfilled slots of the letter, one report per distinct placeholder (its first place). */
function slotsInBody(a: Analysis): Report<M>[] {
  let company: string | undefined | null = null; // looked up only when a slot asks for the company
  const seen = new Set<string>();
  const out: Report<M>[] = [];
  for (const s of a.sentences) {
    const slots = sentenceSlots(s);
    if (slots.length === 0) continue;
    const opensWithSalutation = s.region === 'greeting' || /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening|day))\b/i.test(s.text);
    for (const slot of slots) {
      const key = slotKey(slot.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const report: Report<M> = {
        messageId: slot.instruction ? 'instruction' : SLOT_MESSAGE[slot.family],
        data: { text: shortText(slot.text) },
        start: s.start + slot.start,
        end: s.start + slot.end,
      };
      // A fix only where the value is certain: the recipient's name in the greeting, the company as the draft spells it.
      if (slot.asks === 'company' && company === null) company = companyAsWritten(a);
      const value = slot.asks === 'company' ? company : opensWithSalutation && slot.start < 40 ? nameFor(a, slot.asks) : undefined;
      if (value) report.fixes = [{ messageId: 'fixReplace', replacement: value }];
      out.push(report);
    }
  }
  // An instruction written over two sentences ("[Mention X. Then say Y.]") is cut by the sentence splitter: read the line.
  for (const line of a.layout.lines) {
    if (line.start >= a.layout.quoteStart || !/[[(][^\])]{20}/.test(line.text) || /^\s*>/.test(line.text)) continue;
    for (const m of line.text.matchAll(/\[[^[\]\n]{20,400}\]|\([^()\n]{20,400}\)/g)) {
      const start = line.start + m.index!;
      const end = start + m[0].length;
      if (!/[.!?]\s/.test(m[0]) || out.some((r) => r.start !== undefined && r.start < end && start < r.end!)) continue;
      const slot = findSlots(m[0])[0];
      if (!slot?.instruction || seen.has(slotKey(m[0]))) continue;
      seen.add(slotKey(m[0]));
      out.push({ messageId: 'instruction', data: { text: shortText(m[0]) }, start, end });
    }
  }
  return out;
}

/** A subject with a slot ("Thank you – [Job Title] interview"): reported without a span, the subject is not the body. */
function slotsInSubject(a: Analysis): Report<M>[] {
  if (!a.subject) return [];
  if (subjectMemo.subject !== a.subject) subjectMemo = { subject: a.subject, slot: findSlots(a.subject)[0] };
  const slot = subjectMemo.slot;
  return slot ? [{ messageId: 'subjectPlaceholder', data: { text: shortText(slot.text) } }] : [];
}
let subjectMemo: { subject: string; slot?: Slot } = { subject: '' };

const WITHDRAWAL_CUE = new RegExp(WITHDRAWAL.source, 'iu');
const AGENCY_CUE = new RegExp(TO_AN_AGENCY.source, 'iu');
/** A cheap first look: only a sentence opening like a greeting is read word by word. */
const MAY_GREET = /^(?:dear|hello|hi|hey|greetings|good|respected|to|for|attention|attn)\b/i;
const TO_WHOM_AT_START = new RegExp(`^(?:${TO_WHOM.source})`, 'iu');
const SALUTATION_AT_START = new RegExp(`^(?:${SALUTATION.source})[,:]?\\s+`, 'iu');
/** What may follow a greeting written without its comma: "Dear Hiring Manager I wanted to ...". */
const SENTENCE_OPENER = /^\s+(?:I|I'm|I’m|I've|I’ve|Thank|Thanks|It|We|Hope|Please|My|This|Following|Good|Just)\b/;

interface Greeting {
  /** Length of the greeting from the sentence start: salutation and addressee, without the punctuation after them. */
  length: number;
  /** "To whom it may concern", "Dear Sir or Madam": for nobody, whoever the mail goes to. */
  always: boolean;
  /** "To whom it may concern" greets a stranger, "Dear Hiring Manager" a job title. */
  messageId: 'impersonalGreeting' | 'roleGreeting';
}

/**
 * Reads a greeting at the start of a sentence and says whether it greets nobody in particular. The addressee is read
 * word by word: sir or madam, honorifics without a name, roles ("Hiring Manager"), groups a role qualifies ("the
 * Selection Committee"), the recipient's company ("Fjord Freight Hiring Team"). Any other word is a name, and a greeting
 * with a name in it is personal ("Dear Priya and the hiring team").
 */
export function readGreeting(text: string, key: string | undefined): Greeting | undefined {
  const whom = TO_WHOM_AT_START.exec(text);
  if (whom && /^\s*(?:[,:;.!?–—-]|$)|^\s+\p{Lu}/u.test(text.slice(whom[0].length))) return { length: whom[0].length, always: true, messageId: 'impersonalGreeting' };
  const opener = SALUTATION_AT_START.exec(text);
  if (!opener) return undefined;
  const words = [...text.slice(opener[0].length).matchAll(/[\p{L}][\p{L}'’.-]*(?:\(s\))?|[&/]/gu)];
  let sir = false;
  let honorific = false;
  let role = false;
  let qualified = false;
  let title = false;
  let group = false;
  let end = -1;
  let k = 0;
  for (; k < words.length; k++) {
    const m = words[k];
    const at = opener[0].length + m.index!;
    // The addressee ends at the greeting's punctuation.
    if (k > 0 && /[,:;!?–—]|\s-\s|\.\s|\.$/.test(text.slice(end, at))) break;
    const w = m[0].toLowerCase().replace(/’/g, "'").replace(/\(s\)$/, '').replace(/\.$/, '');
    // "Manager." at the end of a sentence keeps its full stop out of the greeting; "Mr." keeps its own.
    const wordEnd = at + (m[0].endsWith('.') && !HONORIFICS.has(w) ? m[0].length - 1 : m[0].length);
    if (w === '&' || w === '/') continue;
    if (ADDRESSEE_GLUE.has(w) || GREETING_ADJECTIVES.has(w)) {
      end = wordEnd;
      continue;
    }
    if (SIR_MADAM.has(w)) sir = true;
    else if (HONORIFICS.has(w)) honorific = true;
    else if (ROLE_WORDS.has(w)) role = true;
    else if (ROLE_QUALIFIERS.has(w)) qualified = true;
    else if (ROLE_TITLES.has(w)) title = true;
    else if (GROUP_WORDS.has(w)) group = true;
    else if (key && /^\p{Lu}/u.test(m[0]) && !honorific && companyLength(words, k, key) > 0) {
      // "Dear Fjord Freight Hiring Team": the company's name is not a person's.
      k += companyLength(words, k, key) - 1;
      end = opener[0].length + words[k].index! + words[k][0].length;
      continue;
    } else break; // a name, or the letter itself
    end = wordEnd;
  }
  if (end < 0) return undefined;
  // "Dear Hiring Manager of the Logistics team", "To the Recruiter for the Analyst role": what the role is for.
  const forWhat = /^\s+((?:of|for|at|in)\s+)?[^,.;:!?\n]{1,40}?\b(?:role|position|team|department|opening|vacancy|post|job|programme|program)(?=\s*(?:[,:;.!?–—-]|$))/i.exec(text.slice(end));
  if (forWhat && (forWhat[1] || /\b(?:of|at|the)$/i.test(text.slice(0, end))) && (role || sir || title)) end += forWhat[0].length;
  const rest = text.slice(end);
  // The addressee must be the whole greeting: punctuation, the end, or a new sentence follows it.
  if (!(/^\s*(?:[,:;.!?–—-]|$)/.test(rest) || SENTENCE_OPENER.test(rest))) return undefined;
  const impersonal = sir || (honorific && !role && !title && !group && !qualified);
  // "Dear HR", "Dear Human Resources": a function addressed in place of the person who has a name.
  const functionOnly = qualified && !title && !group && /^(?:hr|h\.r\.|human resources|recruitment|recruiting|talent acquisition|personnel|staffing)$/i.test(text.slice(opener[0].length, end).trim());
  // "Dear Talent Partner", "Dear Search Committee Chair", "Dear Team Lead": a title that belongs to a role or a group.
  const roleGreeting = role || (title && (qualified || group)) || functionOnly;
  // "Dear Sir" and "Dear Madam" alone are a letter's form for an unnamed reader; "Respected Sir" or "Good morning, sir"
  // honour someone the writer knows.
  if (sir && !/^(?:dear|to)\b/i.test(opener[0]) && !/\b(?:sir|madam|madame|ma'am|mam)\b[^,]*\b(?:sir|madam|madame|ma'am|mam)s?\b|\bsirs\b/i.test(text.slice(0, end))) return undefined;
  if (impersonal) return { length: end, always: true, messageId: 'impersonalGreeting' };
  return roleGreeting ? { length: end, always: false, messageId: 'roleGreeting' } : undefined;
}

/** How many capitalized words from k spell the recipient's company (0 when they do not). */
function companyLength(words: RegExpMatchArray[], k: number, key: string): number {
  const names = [];
  for (let n = 1; n <= Math.min(4, words.length - k); n++) {
    const name = words.slice(k, k + n).map((m) => m[0]);
    if (!name.every((w) => /^\p{Lu}/u.test(w))) break;
    names.push(name);
    if (companyKey(name.join(' ')) === key) return n;
  }
  // A shortened or longer spelling ("Lumen" for lumenhealth), without taking the role words after it.
  const roleWord = (w: string) => [ROLE_WORDS, ROLE_TITLES, ROLE_QUALIFIERS, GROUP_WORDS].some((set) => set.has(w.toLowerCase()));
  for (let n = names.length; n >= 1; n--) if (!names[n - 1].some(roleWord) && sameCompany(names[n - 1].join(' '), key)) return n;
  return 0;
}

/** The salutation a replacement keeps: "Hi Hiring Manager" → "Hi Marta"; a formal one becomes "Dear <full name>". */
function greetingFix(a: Analysis, text: string): string | undefined {
  const first = a.recipient.firstName;
  if (!first) return undefined;
  const opener = /^(hi|hello|hey|good (?:morning|afternoon|evening|day))\b/i.exec(text)?.[1];
  if (opener) return `${opener} ${first}`;
  const titled = /^(dr|prof)\.?\s/i.exec(a.recipient.fullName ?? '');
  const last = nameFor(a, 'lastName');
  if (titled && last) return `Dear ${titled[1][0].toUpperCase()}${titled[1].slice(1).toLowerCase()}. ${last}`;
  const formal = /^(?:to whom|respected|dear (?:sir|madam|madame|sirs|ma'am))/i.test(text);
  return formal && last ? `Dear ${first} ${last}` : `Dear ${first}`;
}

/**
 * "To whom it may concern", "Dear Sir or Madam": a greeting for nobody in particular, wherever it opens a sentence.
 * "Dear Hiring Manager" too, when the mail goes to a person's own address rather than a shared inbox.
 */
/** Display names of shared inboxes ("Research Team <research@x.com>"): mail to a group, not to a person. */
function groupMailbox(displayName: string | undefined): boolean {
  return !!displayName && displayName.split(/[^\p{L}]+/u).some((w) => GROUP_MAILBOX_WORDS.has(w.toLowerCase()));
}

function impersonalGreetings(a: Analysis): Report<M>[] {
  const toPerson = !!a.recipient.address && !a.recipient.roleMailbox && !groupMailbox(a.recipient.fullName);
  const key = a.recipient.companyKey;
  const context = `generic:greeting\u0000${toPerson}\u0000${key ?? ''}\u0000${a.recipient.firstName ?? ''}\u0000${a.recipient.fullName ?? ''}`;
  const out: Report<M>[] = [];
  for (const s of a.content) {
    if (!MAY_GREET.test(s.text)) continue;
    // The letter's greeting line may be cut into sentences after two words ("Hello," | "Recruiter!"): read the whole
    // rest of the line from where the sentence starts.
    const lineEnd = a.body.indexOf('\n', s.start);
    const line = a.body.slice(s.start, lineEnd < 0 ? a.body.length : lineEnd);
    out.push(
      ...perSentence(a.body, s, `${context}\u0000${line}`, () => {
        const g = readGreeting(line, key);
        if (!g || (!g.always && !toPerson)) return [];
        const text = line.slice(0, g.length);
        const replacement = greetingFix(a, text);
        return [
          {
            messageId: g.messageId,
            data: { text },
            start: s.start,
            end: s.start + g.length,
            fixes: replacement ? [{ messageId: 'fixReplace', replacement }] : undefined,
          },
        ];
      }),
    );
  }
  return out;
}

/**
 * A company to join that is not the recipient's: a template reused from another application. Needs a company to compare
 * with (no free mail), and is off for recruiting agencies, whose candidates join their clients.
 */
function wrongCompany(a: Analysis): Report<M>[] {
  const key = a.recipient.companyKey;
  // Free mail, an agency or a shared domain (nhs.net) gives no company to compare with.
  if (!key || [...AGENCY_DOMAIN_PARTS].some((part) => key.includes(part)) || AGENCIES.has(key) || SHARED_DOMAINS.has(key)) return [];
  // Only sentences with a phrase about joining are read further (found once per sentence text).
  const candidates = a.content.filter((s) => s.region !== 'greeting' && memoBySentence(s, 'generic:joins', () => mayNameCompanyToJoin(s.text)));
  if (candidates.length === 0) return [];
  // A withdrawal names the company the writer is joining instead.
  const kind: string = a.kind;
  if (kind === 'withdrawal' || a.content.some((s) => memoBySentence(s, 'generic:not-theirs', () => WITHDRAWAL_CUE.test(s.text) || AGENCY_CUE.test(s.text)))) return [];
  const people = new Set([a.recipient.firstName, ...(a.recipient.fullName?.split(/\s+/) ?? [])].filter((n): n is string => !!n).map((n) => n.toLowerCase()));
  const subjectWords = new Set(a.subject.split(/[^\p{L}\p{N}&'’-]+/u).filter((w) => /^\p{Lu}/u.test(w)));
  const ctx: CompanyContext = { key, people, subjectWords };
  const context = `generic:company\u0000${key}\u0000${[...people].join(' ')}\u0000${[...subjectWords].join(' ')}`;
  // A name their side uses (in the thread, in the recipient's display name) is theirs, however the domain reads.
  const theirText = [a.recipient.fullName ?? '', ...(Array.isArray(a.draft.thread) ? a.draft.thread.map((m) => (typeof m?.body === 'string' ? m.body : '')) : [])].join('\n');
  const mentions = candidates
    .flatMap((s) => memoBySentence(s, context, () => companiesToJoin(s, ctx)).map((c) => ({ s, c })))
    .filter(({ c }) => !theirText.includes(c.text));
  if (mentions.length === 0) return [];
  const label = a.company ?? 'another company';
  // Offered only when the draft or thread spells the right name: the domain only guesses its spacing.
  const right = companyAsWritten(a);
  return mentions.map(({ s, c }) => ({
    messageId: 'wrongCompany',
    data: { text: c.text, company: label },
    start: s.start + c.start,
    end: s.start + c.end,
    fixes: right ? [{ messageId: 'fixReplace', replacement: right }] : undefined,
  }));
}

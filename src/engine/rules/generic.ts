import type { Report, Rule } from '../rule';
import { memoBySentence, perSentence } from '../rule';
import type { Analysis, AnalyzedSentence } from '../analyze';
import type { MessageId } from '../messages/en';
import { nearCopies } from '../thread/cadence';
import { AGENCIES, AGENCY_DOMAIN_PARTS, GROUP_MAILBOX_WORDS, SHARED_DOMAINS, TO_AN_AGENCY, WITHDRAWAL } from '../data/generic';
import { findSlots, type Slot, type SlotFamily } from '../text/genericSlots';
import { companiesToJoin, mayNameCompanyToJoin, type CompanyContext } from '../text/genericCompany';
import { MAY_GREET, readGreeting } from '../text/genericGreeting';
import { capitalizedRuns, isCompanyRun } from '../text/names';

type M = MessageId<'generic'>;

/** Each source of reports reads the analysis on its own; check() is their union. Add a source here to extend the rule. */
type Source = (a: Analysis) => Report<M>[];

// The last source is one note per interviewer (thread/cadence.ts): a near-copy of a note sent to a colleague.
const SOURCES: Source[] = [slotsInBody, slotsInSubject, impersonalGreetings, wrongCompany, nearCopies];

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

/** Display names of shared inboxes ("Research Team <research@x.com>"): mail to a group, not to a person. */
function groupMailbox(displayName: string | undefined): boolean {
  return !!displayName && displayName.split(/[^\p{L}]+/u).some((w) => GROUP_MAILBOX_WORDS.has(w.toLowerCase()));
}

/**
 * "To whom it may concern", "Dear Sir or Madam": a greeting for nobody in particular, wherever it opens a sentence.
 * "Dear Hiring Manager" too, when the mail goes to a person's own address rather than a shared inbox.
 */
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
            messageId: g.kind === 'impersonal' ? 'impersonalGreeting' : 'roleGreeting',
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

const WITHDRAWAL_CUE = new RegExp(WITHDRAWAL.source, 'iu');
const AGENCY_CUE = new RegExp(TO_AN_AGENCY.source, 'iu');

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

import type { Report, Rule } from '../rule';
import { matchesIn, perSentence } from '../rule';
import { ALWAYS_IMPERSONAL, JOIN_ANCHOR, NOT_COMPANY, OWN_EMPLOYER, PLACEHOLDERS, POSSESSIVE_ANCHOR, ROLE_GREETING } from '../data/generic';
import type { Analysis, AnalyzedSentence } from '../analyze';
import { capitalizedRuns, isCompanyRun, isTitleRun } from '../text/names';
import type { MessageId } from '../messages/en';
import { nearCopies } from '../thread/cadence';

type M = MessageId<'generic'>;

const TEAM_WORDS = /^(?:['’]s)?\s+(?:(?:programs|programmes|projects|courses|degrees|teams)\b|team|location|street|road|avenue|lane|drive|square|park|plaza|mall|centre|center|building|tower|station|airport|harbou?r|department|dept|group|squad|org|division|unit|office|role|position|job|programme|program|project|platform|product|route|site|store|branch|campus|ward|clinic|lab|library|school|district|case|account|initiative|conference|summit|certification|degree|course|interview|panel|study|standard)\b/i;

export const generic: Rule<'generic'> = {
  meta: {
    id: 'generic',
    description: 'The note is written for this person: no unfilled placeholders, template greetings or another company’s name.',
    article: 'Skip the Generic Templates: every message should be customized.',
    severity: 'error',
    followUpOnly: false,
  },
  check(a) {
    const out: Report<M>[] = [];
    for (const s of a.sentences) out.push(...perSentence(a.body, s, 'generic:placeholders', () => placeholders(s)));
    for (const pattern of PLACEHOLDERS) {
      const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(a.subject);
      if (m) {
        out.push({ messageId: 'subjectPlaceholder', data: { text: m[0] } });
        break;
      }
    }

    const greeting = a.layout.greeting;
    if (greeting) {
      const always = ALWAYS_IMPERSONAL.test(greeting.text) && !/^greetings\b/i.test(greeting.text);
      const toPerson = !!a.recipient.address && !a.recipient.roleMailbox;
      if (always || (ROLE_GREETING.test(greeting.text) && toPerson)) {
        const name = a.recipient.firstName;
        out.push({
          messageId: 'impersonalGreeting',
          data: { text: greeting.text.replace(/[,:;.]$/, '') },
          start: greeting.start,
          end: greeting.end,
          fixes: name ? [{ messageId: 'fixReplace', replacement: `Dear ${name},` }] : undefined,
        });
      }
    }

    if (a.recipient.companyKey) out.push(...wrongCompany(a));
    // --- one note per interviewer (thread/cadence.ts): a near-copy of a note sent to a colleague ---
    if (a.followUp) out.push(...nearCopies(a));
    // --- end one note per interviewer ---
    return out;
  },
};

function wrongCompany(a: Analysis): Report<M>[] {
  const out: Report<M>[] = [];
  const key = a.recipient.companyKey;
  const people = new Set([a.recipient.firstName, ...(a.recipient.fullName?.split(/\s+/) ?? [])].filter(Boolean).map((n) => n!.toLowerCase()));
  const subjectWords = new Set(a.subject.split(/\W+/).filter((w) => /^[A-Z]/.test(w)));
  // The right name as the draft writes it, to offer as the fix.
  let rightName: string | undefined;
  for (const s of a.content) for (const r of capitalizedRuns(s)) if (!rightName && isCompanyRun(r, key)) rightName = r.text;
  const context = `generic:company\u0000${key}\u0000${rightName ?? ''}\u0000${[...people].join(' ')}\u0000${[...subjectWords].join(' ')}`;
  for (const s of a.content) {
    if (s.region === 'greeting') continue;
    out.push(...perSentence(a.body, s, context, () => wrongCompanyIn(s, key, rightName, rightName ?? a.company ?? 'another company', people, subjectWords)));
  }
  return out;
}

/** `rightName`: the recipient's company as the draft spells it (offered as the fix); `label`: how to name it in the message. */
function wrongCompanyIn(s: AnalyzedSentence, key: string | undefined, rightName: string | undefined, label: string, people: Set<string>, subjectWords: Set<string>): Report<M>[] {
  const out: Report<M>[] = [];
  for (const run of capitalizedRuns(s)) {
    if (run.start === 0 && run.tokens.length === 1) continue; // sentence-initial capital
    if (NOT_COMPANY.has(run.text) || run.tokens.every((t) => NOT_COMPANY.has(t.text))) continue;
    // "join X", or "join the kitchen at X": what one joins is an employer, whatever else its name looks like.
    const strongAnchor = /\bjoin(?:ing)?\s+(?:the\s+)?$|\bjoin(?:ing)?\s+(?:the|your|a)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:at|with)\s+$/i.test(s.text.slice(0, run.start));
    // One joins a company, not a title: after "join", "Meridian Partners" is a firm even though "partner" is a title word.
    if (isCompanyRun(run, key) || (!strongAnchor && isTitleRun(run, s.text)) || people.has(run.text.toLowerCase()) || run.tokens.every((t) => subjectWords.has(t.text))) continue;
    if (!strongAnchor && run.tokens.some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('Place') || t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay'))) {
      if (!run.tokens.some((t) => t.tags.has('Organization'))) continue;
    }
    if (/\s(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Square|Park|Plaza|Mall|Centre|Center|Building|Tower|Way|Place|Station|Airport|Campus)$/.test(run.text)) continue;
    const before = s.text.slice(0, run.start);
    const after = s.text.slice(run.end);
    const anchored = JOIN_ANCHOR.test(before) || (POSSESSIVE_ANCHOR.test(s.text.slice(run.end)) && /\b(?:join|part of|contribut|excited|thrilled|fit|work(?:ing)? (?:with|at|for)|opportunity|role|position)\b/i.test(s.text));
    if (!anchored || TEAM_WORDS.test(after)) continue;
    if (OWN_EMPLOYER.test(s.text.slice(Math.max(0, run.start - 70), run.start))) continue;
    out.push({
      messageId: 'wrongCompany',
      data: { text: run.text, company: label },
      start: s.start + run.start,
      end: s.start + run.end,
      // Offered only when the draft itself spells the right name somewhere: the domain only guesses its spacing.
      fixes: rightName ? [{ messageId: 'fixReplace', replacement: rightName }] : undefined,
    });
  }
  return out;
}

function placeholders(s: AnalyzedSentence): Report<M>[] {
  const out: Report<M>[] = [];
  const taken: [number, number][] = [];
  for (const pattern of PLACEHOLDERS) {
    for (const m of matchesIn(s, pattern)) {
      if (taken.some(([start, end]) => m.at < end && start < m.endAt)) continue;
      taken.push([m.at, m.endAt]);
      out.push({ messageId: 'placeholder', data: { text: m[0] }, start: m.at, end: m.endAt });
    }
  }
  return out;
}

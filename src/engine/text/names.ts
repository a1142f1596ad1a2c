// Capitalized runs ("Fjord Freight", "Senior Accountant") and what they are: the recipient's company, a job title.
import type { AnalyzedSentence } from '../analyze';
import type { Token } from './tokens';
import { sameCompany } from '../recipient';

const CAP_WORD = /^(?:[\p{Lu}][\p{L}\p{N}&'’.-]*|[\p{Lu}\p{N}]{2,}|&)$/u;

export interface CapitalizedRun {
  text: string;
  /** Offsets relative to the sentence; a trailing possessive 's is left out. */
  start: number;
  end: number;
  tokens: Token[];
}

const runCache = new WeakMap<object, CapitalizedRun[]>();

/** Capitalized runs of a sentence, computed once per token list (token lists are cached per sentence text). */
export function capitalizedRuns(s: Pick<AnalyzedSentence, 'text' | 'tokens'>): CapitalizedRun[] {
  const cached = runCache.get(s.tokens);
  if (cached) return cached;
  const runs: CapitalizedRun[] = [];
  runCache.set(s.tokens, runs);
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!CAP_WORD.test(tokens[i].text) || tokens[i].text === '&') continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 4) {
      const next = tokens[j + 1];
      const gap = s.text.slice(tokens[j].end, next.start);
      if (!/^[ ]?$|^ & $|^-$/.test(gap) || !CAP_WORD.test(next.text)) break;
      j++;
    }
    const start = tokens[i].start;
    let end = tokens[j].end;
    if (/['’]s$/.test(s.text.slice(start, end))) end -= 2;
    runs.push({ text: s.text.slice(start, end), start, end, tokens: tokens.slice(i, j + 1) });
    i = j;
  }
  return runs;
}

/** Words that make a capitalized run a job title. */
export const TITLE_WORDS = /\b(?:senior|junior|lead|principal|staff|chief|head|associate|assistant|analyst|manager|engineer|developer|nurse|teacher|officer|coordinator|co-ordinator|director|specialist|technician|consultant|designer|scientist|intern|internship|fellow|fellowship|administrator|clerk|accountant|representative|rep|supervisor|chef|driver|operator|paralegal|lecturer|lectureship|professor|researcher|advisor|adviser|planner|architect|therapist|pharmacist|physician|surgeon|counsel|attorney|solicitor|barrister|librarian|editor|writer|producer|executive|partner|president|vp|recruiter|generalist|buyer|merchandiser|cashier|associate|apprentice|trainee|graduate|postdoc|postdoctoral|tutor|instructor|coach|worker|aide|assistantship|paraprofessional|steward|agent|controller|auditor|inspector|estimator|foreman|electrician|plumber|carpenter|mechanic|welder|machinist|programmer|tester|owner|strategist|marketer|copywriter|bookkeeper|secretary|receptionist|dispatcher|caseworker|counsellor|counselor|hygienist|midwife|paramedic|technologist|leader|attendant|bartender|barista|caregiver|carer|custodian|janitor|porter|courier|handler|picker|packer|stocker|loader|teller|underwriter|adjuster|actuary|economist|statistician|biologist|chemist|physicist|geologist|nurse practitioner|dentist|veterinarian|optometrist|radiographer|sonographer|phlebotomist|dietitian|nutritionist|psychologist|social worker|curator|archivist|translator|interpreter|journalist|reporter|photographer|animator|illustrator|artist|musician|lifeguard|firefighter|deputy|sergeant|lieutenant|captain|superintendent|principal|dean|registrar|provost)s?\b/i;

export function isTitleRun(run: CapitalizedRun, sentenceText: string): boolean {
  if (TITLE_WORDS.test(run.text) || run.tokens.some((t) => t.tags.has('Actor'))) return true;
  // "Lecturer in Economics", "Head of Science": the field belongs to the title.
  const before = sentenceText.slice(Math.max(0, run.start - 40), run.start);
  if (/[\p{Lu}][\p{L}]+\s+(?:in|of|for)\s+(?:the\s+)?$/u.test(before) && TITLE_WORDS.test(before)) return true;
  return /^\s+(?:position|role|post|job|vacancy|opening|opportunity|interview|team)\b/i.test(sentenceText.slice(run.end));
}

const companyMemo = new Map<string, boolean>();

export function isCompanyRun(run: CapitalizedRun, companyKey: string | undefined): boolean {
  if (!companyKey) return false;
  const memoKey = `${companyKey}\u0000${run.text}`;
  let same = companyMemo.get(memoKey);
  if (same === undefined) {
    const words = run.text.split(/\s+/);
    same = false;
    for (let n = words.length; n >= 1 && !same; n--) same = sameCompany(words.slice(0, n).join(' '), companyKey);
    if (companyMemo.size > 5000) companyMemo.clear();
    companyMemo.set(memoKey, same);
  }
  return same;
}

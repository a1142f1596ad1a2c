// Greetings that greet nobody in particular, for the generic rule: "To whom it may concern", "Dear Sir or Madam",
// "Dear Hiring Manager". The addressee is read word by word, so any wording of a role or an unnamed reader is caught,
// and a greeting with a name in it never is.
import {
  ADDRESSEE_GLUE,
  GREETING_ADJECTIVES,
  GROUP_WORDS,
  HONORIFICS,
  ROLE_QUALIFIERS,
  ROLE_TITLES,
  ROLE_WORDS,
  SALUTATION,
  SIR_MADAM,
  TO_WHOM,
} from '../data/generic';
import { companyKey, sameCompany } from '../recipient';

/** A cheap first look: only a sentence opening like a greeting is read word by word. */
export const MAY_GREET = /^(?:dear|hello|hi|hey|greetings|good|respected|to|for|attention|attn)\b/i;
const TO_WHOM_AT_START = new RegExp(`^(?:${TO_WHOM.source})`, 'iu');
const SALUTATION_AT_START = new RegExp(`^(?:${SALUTATION.source})[,:]?\\s+`, 'iu');
/** What may follow a greeting written without its comma: "Dear Hiring Manager I wanted to ...". */
const SENTENCE_OPENER = /^\s+(?:I|I'm|I’m|I've|I’ve|Thank|Thanks|It|We|Hope|Please|My|This|Following|Good|Just)\b/;

export interface Greeting {
  /** Length of the greeting from the sentence start: salutation and addressee, without the punctuation after them. */
  length: number;
  /** "To whom it may concern", "Dear Sir or Madam": for nobody, whoever the mail goes to. */
  always: boolean;
  /** "To whom it may concern" greets a stranger (impersonal), "Dear Hiring Manager" a job title (role). */
  kind: 'impersonal' | 'role';
}

/**
 * Reads a greeting at the start of a sentence and says whether it greets nobody in particular. The addressee is read
 * word by word: sir or madam, honorifics without a name, roles ("Hiring Manager"), groups a role qualifies ("the
 * Selection Committee"), the recipient's company ("Fjord Freight Hiring Team"). Any other word is a name, and a greeting
 * with a name in it is personal ("Dear Priya and the hiring team").
 */
export function readGreeting(text: string, key: string | undefined): Greeting | undefined {
  const whom = TO_WHOM_AT_START.exec(text);
  if (whom && /^\s*(?:[,:;.!?–—-]|$)|^\s+\p{Lu}/u.test(text.slice(whom[0].length))) return { length: whom[0].length, always: true, kind: 'impersonal' };
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
  if (impersonal) return { length: end, always: true, kind: 'impersonal' };
  return roleGreeting ? { length: end, always: false, kind: 'role' } : undefined;
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

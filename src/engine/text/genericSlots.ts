// The slots a template leaves in a text, whatever their shape: [bracketed], {{merge fields}}, <angled>, (parenthetical
// instructions), field names left as plain words ("Company Name"), and masks for numbers and dates (XX/XX/XXXX, ___).
// A slot is recognised by what it asks for, not by its spelling: its words name a field of a form ("name", "title",
// "company"), or tell the template's user what to write ("mention one thing you discussed"). Plain linear scans.
import {
  CANDIDATE_ATTRIBUTES,
  CATEGORY_WORDS,
  DESCRIBERS,
  FIELD_WORDS,
  FORM_WORDS,
  HEARD_IN_INTERVIEW,
  HTML_TAGS,
  INSTRUCTION_VERBS,
  JOB_SLOTS,
  MASK_UNITS,
  NOT_A_SLOT,
  NOT_IN_A_FIELD_NAME,
  NUMBERED_SLOTS,
  SLOT_MODIFIERS,
  THEIR_WORK,
  VAGUE_HEADS,
} from '../data/generic';
import type { Token } from './tokens';
import { TITLE_WORDS } from './names';

export type SlotFamily = 'bracket' | 'brace' | 'angle' | 'paren' | 'bare' | 'mask';

export interface Slot {
  family: SlotFamily;
  /** Offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The slot tells the template's user what to write ("[Add one sentence here about ...]"). */
  instruction: boolean;
  /** What the slot asks for, when a value the engine knows could fill it. */
  asks?: 'firstName' | 'lastName' | 'company';
}

const whole = (re: RegExp) => new RegExp(`^(?:${re.source})$`, 'iu');
const NOT_A_SLOT_WHOLE = whole(NOT_A_SLOT);
const HEARD_AT_END = new RegExp(`(?:^|\\s)(?:${HEARD_IN_INTERVIEW.source})[.!?]*$`, 'iu');

/** Words of a slot's content, lowercased, possessive kept ("interviewer's"), slashes and punctuation dropped. */
function words(content: string): string[] {
  return (content.toLowerCase().replace(/[’]/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu) ?? []).map((w) => w.replace(/[.'-]+$/, ''));
}

/** The writer speaking for themselves: never a template's slot or instruction. */
const isWritersVoice = (w: string) => /^(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|us|our|ours)$/.test(w);
const nounIn = (set: ReadonlySet<string>, w: string) => {
  const base = w.replace(/'s$|s'$/, '');
  return set.has(base) || (base.endsWith('s') && set.has(base.slice(0, -1)));
};
const isSlotNoun = (w: string) => nounIn(FIELD_WORDS, w) || nounIn(CATEGORY_WORDS, w);
const isSlotWord = (w: string): boolean => isSlotNoun(w) || SLOT_MODIFIERS.has(w) || (w.includes('-') && w.split('-').every((part) => part && isSlotWord(part)));

/**
 * Does this content describe a field to fill rather than say something? "your name", "name of second interviewer",
 * "event or launch they mentioned", "company". Every word is a field word or a modifier, at least one is a noun.
 */
export function describesField(content: string): boolean {
  // "(something specific about the company, e.g. its training program)": the example is the template's, not a value.
  let text = content.trim().replace(/,?\s+(?:e\.g\.?|i\.e\.?|eg|ie|for example|for instance|such as)(?:\s|,|$).*$/i, '');
  if (!text || words(text).some(isWritersVoice)) return false;
  // "topic they recommended", "something you noticed during the interview": the head before what they said or did.
  const heard = HEARD_AT_END.exec(text);
  let clause = false;
  if (heard && heard.index > 0) text = text.slice(0, heard.index);
  else {
    // "a quality you share with the company", "name of person who referred you", "one thing that stood out": a
    // head, then a clause about the user or the interviewer, or any clause after a vague head ("something that ...").
    const who = /^(.+?)\s+((?:that|which|who|whom|where|when|you|they|he|she|the interviewer|your interviewer)\s+\p{L}.*)$/iu.exec(text);
    if (who) {
      const about = /\b(?:you|your|they|them|their|he|she|him|her|interviewer|interviewers)\b/i.test(who[2]);
      const vague = words(who[1]).some((w) => VAGUE_HEADS.has(w));
      if (about || vague) {
        text = who[1];
        clause = true;
      }
    }
  }
  const ws = words(text);
  if (ws.length === 0 || ws.length > 8) return false;
  // "(skill 1)": a number only after what a template numbers; "(Level 2)", "(Band 6)" are real.
  if (!ws.every((w, k) => isSlotWord(w) || (/^[1-9]$/.test(w) && k > 0 && NUMBERED_SLOTS.has(ws[k - 1])))) return false;
  // After "your" or "their", a template asks about its user ("your field"); "(your idea)" is the reader's own.
  // After "their", the interviewer's company and work ("their company", "their current project").
  const owner = ws.findIndex((w) => w === 'your' || w === 'their');
  const owned = owner >= 0 ? ws.slice(owner + 1) : [];
  const theirs = ws[owner] === 'their' && owned.some((w) => JOB_SLOTS.has(w) || THEIR_WORK.has(w));
  if (owner >= 0 && !ws.some((w) => nounIn(FIELD_WORDS, w)) && !owned.some((w) => nounIn(CANDIDATE_ATTRIBUTES, w)) && !theirs) return false;
  // A variable ("Dr. X", "the team's approach to X") marks a template whatever else it says.
  const variable = /(?:^|[\s.])[XYZ](?:\s|$)/.test(text);
  if (variable && ws.length >= 2) return true; // never a lone "(X)": "Twitter (X)"
  if (!ws.some(isSlotNoun)) return false;
  const field = ws.some((w) => nounIn(FIELD_WORDS, w));
  // "(the team)", "(the article you sent)": a definite thing the writer clarifies, unless it asks for a field ("the
  // company name"), is the job itself ("the position you applied for"), or describes one the way a template does,
  // with a possessive ("the department's current challenges").
  if (/^(?:the|this|that)$/.test(ws[0])) {
    const possessive = ws.length >= 3 && /'s$|s'$/.test(ws[1]);
    if (!field && !possessive && !(heard && !clause) && !(clause && ws.some((w) => JOB_SLOTS.has(w)))) return false;
  }
  if (/^(?:a|an)$/.test(ws[0]) && !heard && !clause && !field) return false;
  return true;
}

/** Does this content tell the template's user what to write? "Add one sentence here about ...", "insert link". */
export function isInstruction(content: string): boolean {
  const text = content.trim();
  const ws = words(text);
  if (ws.length < 2) return false;
  // A template speaks to its user as "you"; "(use my personal email)" is the writer's own aside.
  if (ws.some(isWritersVoice) && !/\bnote to self\b/i.test(text)) return false;
  // "Optional: mention ...", "NOTE TO SELF: ...", "Closing paragraph: ...": a label for the user, then the instruction.
  const label = /^([\p{L} ]{2,30}):\s*\S/u.exec(text);
  if (label) {
    const head = words(label[1]);
    // "Note: the office is shut on Friday" is the writer's; "Note to self:" and "Tip:" are the template's.
    if (head.some((w) => w === 'self' || w === 'todo' || (INSTRUCTION_VERBS.has(w) && w !== 'note' && w !== 'example'))) return true;
    if (head.length <= 2) return false; // any other label is the writer's own
  }
  // "(one or two sentences about why you want the job)", "(short paragraph on your strengths)": text for the user to write.
  if (/^(?:(?:a|one|two|three|a few|a couple of|\d+)(?:\s*(?:or|to|-|–)\s*(?:two|three|four|\d+))?\s+)?(?:short\s+|brief\s+|quick\s+)?(?:sentence|sentences|paragraph|paragraphs|line|lines|words)(?:\s+(?:about|on|that|explaining|describing|saying|summari[sz]ing|highlighting|why|how|where)\b|\s*$)/i.test(text)) return true;
  if (!INSTRUCTION_VERBS.has(ws[0]) || (ws[0] === 'name' && /^(?:of|and|or)$/.test(ws[1]))) return false;
  if (ws[0] === 'note' && /^(?:something|a|an|one|any|how|what|your|the|which|why)$/.test(ws[1])) return true;
  // A bare noun used as a verb elsewhere ("note", "example", "paragraph") instructs only as a label.
  if (/^(?:note|tip|example|paragraph|sentence|closing|opening|optional|list|end|close|change|say|give|share|thank|finish)$/.test(ws[0])) {
    return /^(?:thank|share|give|list|close|end|finish)$/.test(ws[0]) && /\b(?:them|their|they|you|your|the interviewer|here)\b/i.test(text);
  }
  return ws.slice(1).some((w) => isSlotNoun(w) || /^(?:a|an|the|your|you|they|them|their|one|two|here|this|how|why|what|something|specific|any|why|where|when|in|later|blank|blanks|details?)$/.test(w));
}

/** Is a [bracketed] content a slot? Brackets in a letter are slots unless they are one of the few other things they can be. */
function bracketIsSlot(content: string, quoted: boolean): boolean {
  const text = content.trim();
  if (!/\p{L}.*\p{L}/su.test(text)) return false; // [1], [x], [ ], [...]
  if (NOT_A_SLOT_WHOLE.test(text)) return false;
  // "[Attachment: CV.pdf]", "[cid:image001.png@...]", "[Ref: RH-2026-114]", "[image: logo]": what a mail program writes.
  if (/^(?:attachment|attached|cid|image|ref|reference|file|mailto|link|photo|picture|video|logo|ticket|case|job ref|ref\.|id)\s*[:#]/i.test(text)) return false;
  if (/^#|^https?:|^www\.|@/i.test(text)) return false;
  // The writer's own references: [Figure 1], [see page 3], [Appendix A], [sic].
  if (/^(?:see|cf\.?|figure|fig\.?|table|appendix|page|pp?\.|slide|exhibit|chart|footnote|section|annex|source|via|emphasis)\b/i.test(text)) return false;
  // Ticket and reference codes: [PLAT-2291], [RH-2026-114], [INC0012345], [#412], [1/2], [Q3-7].
  if (/^[\p{Lu}\p{N}]+(?:[-_/.][\p{Lu}\p{N}]+)*$/u.test(text) && /\d/.test(text)) return false;
  // A mail system's tag: one word in capitals that names no field ([EXTERNAL], [SPAM], [URGENT]).
  if (/^[\p{Lu}]{2,}$/u.test(text) && !isSlotNoun(text.toLowerCase())) return false;
  // Inside a quotation, brackets are the writer's own insertion ("they [the board] approved it").
  if (quoted && !describesField(text) && !isInstruction(text)) return false;
  return true;
}

/** A {single-brace} or ${dollar-brace} content that names a field: {company}, {first_name}, {FirstName}, ${firstName}. */
function identifierNamesField(content: string): boolean {
  const spaced = content
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .trim();
  if (!/^[\p{L}][\p{L}\p{N} '-]*$/u.test(spaced)) return false;
  return describesField(spaced) || words(spaced).some((w) => FIELD_WORDS.has(w) || CATEGORY_WORDS.has(w));
}

function inQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

/** What a slot asks for, so that a known value can fill it. */
function asksFor(content: string): Slot['asks'] {
  const ws = words(content.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]+/g, ' '));
  if (ws.some((w) => /^(?:your|my|candidate|sender|signature|previous|prior|former|current|other|second|third|referrer|receptionist|recruiter's)$/.test(w))) return undefined;
  if (ws.some((w) => w === 'last' || w === 'surname' || w === 'family')) return 'lastName';
  const nouns = ws.filter((w) => !SLOT_MODIFIERS.has(w) || w === 'first');
  if (nouns.length && nouns.every((w) => /^(?:first|name|interviewer|interviewer's|recruiter|manager|manager's|hiring|contact|person|person's|recipient|given)$/.test(w))) return 'firstName';
  if (nouns.length && nouns.every((w) => /^(?:company|company's|organisation|organization|org|firm|business|employer|name)$/.test(w)) && !ws.includes('employer')) return 'company';
  return undefined;
}

/** A template's own label for a field, however capitalised: "Job Title", "Interviewer Name", "Company", "Date". */
const FIELD_LABEL = /^(?:(?:the\s+)?(?:job|position|role)\s+title|position|role|title|company(?:\s+name)?|organi[sz]ation(?:\s+name)?|employer|name|(?:first|last|full|given|sur)\s*name|(?:interviewer|hiring manager|recruiter|manager|contact|recipient)(?:['’]s)?(?:\s+(?:first\s+|last\s+|full\s+)?name)?|date|day|time|department|team|location|city|skill|topic|insert\b.*|add\b.*)$/i;

const SALUTATION_BEFORE = /(?:^|\s)(?:dear|hi|hello|hey|to|mr|mrs|ms|mx|dr|prof|mr\.\/ms|mr\/mrs|mr\.\/mrs|sir|madam)\.?\s*$/i;

/**
 * "(weakness)", "(mentor)", "(branch)": a common noun in brackets where the sentence needs a noun phrase, after a
 * preposition, an article or a verb ("about (topic)", "the (branch) team", "thank (mentor)"). A writer's own aside
 * follows a complete phrase instead ("the Senior Analyst role (contract)"). Needs the sentence's tagged tokens.
 */
function nounInSlot(open: number, close: number, tokens: readonly Token[] | undefined): boolean {
  if (!tokens) return false;
  const inside = tokens.filter((t) => t.start > open && t.end <= close);
  if (inside.length === 0 || inside.length > 3) return false;
  const glue = (t: Token) => /^(?:of|or|and)$/.test(t.lower);
  if (glue(inside[0]) || glue(inside[inside.length - 1])) return false;
  const noun = (t: Token) =>
    /^[\p{Ll}][\p{Ll}'-]*$/u.test(t.text) &&
    t.tags.has('Noun') &&
    !['Pronoun', 'Possessive', 'Adjective', 'Adverb', 'Verb', 'Value', 'Date', 'Person', 'Place', 'Organization', 'Acronym'].some((tag) => t.tags.has(tag));
  if (!inside.every((t) => glue(t) || noun(t))) return false;
  const previous = [...tokens].reverse().find((t) => t.end <= open);
  if (!previous) return false;
  if (/^(?:dear|hi|hello|hey|to|about|at|for|in|on|with|from|by|into|of|regarding|including|like|as|via|during|the|a|an|your|their|his|her)$/.test(previous.lower)) return true;
  return ['Preposition', 'Determiner', 'Possessive', 'Infinitive'].some((tag) => previous.tags.has(tag));
}

function parenIsSlot(text: string, open: number, content: string, tokens?: readonly Token[]): boolean {
  const before = text.slice(0, open);
  // "interviewer(s)", "f(x)": a suffix or an argument attached to a word; "Hi(name)" is still a slot.
  if (/[\p{L}\p{N}]$/u.test(before) && (content.length <= 3 || /^(?:s|es|ies|ed|er|ers|ing|a|an|x|y|n|i)$/i.test(content))) return false;
  if (inQuotes(text, open)) return false;
  // Enumerators: (1), (a), (iii).
  if (/^\s*(?:\d+|[a-z]|[ivxlc]+)\s*$/i.test(content)) return false;
  const ws = words(content);
  if (ws.length === 0) return false;
  if (isInstruction(content)) return true;
  // "Data Engineer (Platform)", "a date (Project Manager interview)": a real title's specialty or a named interview, in
  // Title Case after a capitalised word or holding a job title; a template's label ("(Job Title)", "(Interviewer
  // Name)", "(Company)") stays a slot.
  if (/^\p{Lu}/u.test(content.trim()) && !FIELD_LABEL.test(content.trim())) {
    const last = /([\p{L}][\p{L}'’.-]*)\s*$/u.exec(before)?.[1];
    if ((last && /^\p{Lu}\p{Ll}/u.test(last) && !SALUTATION_BEFORE.test(before)) || TITLE_WORDS.test(content)) return false;
  }
  // "(email or phone)": how to reach the writer, not a field to fill.
  if (ws.length > 1 && ws.every((w) => /^(?:e-?mail|phone|mobile|text|sms|whatsapp|call|zoom|teams|or|and|in|person)$/.test(w))) return false;
  // "Dear (Mr./Ms.) Jensen": the template lets its user choose.
  if (/^(?:mr|mrs|ms|miss|mx|dr)\.?(?:\s*\/\s*(?:mr|mrs|ms|miss|mx|dr)\.?)+$/i.test(content.trim())) return true;
  // "(what you enjoyed most)", "(how you could help them)": a question the template asks its user.
  const whClause = /^(?:what|how|why|which|where|when|who)$/.test(ws[0]) && ws.some((w) => /^(?:you|your|you're|they|their|them|the interviewer)$/.test(w));
  if (whClause) return true;
  if (!describesField(content)) return nounInSlot(open, open + content.length + 2, tokens);
  // "Acme (the company)", "Mbeki (my reference)": an appositive after a name clarifies it.
  const previous = /([\p{L}][\p{L}'’.-]*)\s*$/u.exec(before)?.[1];
  if (previous && /^\p{Lu}/u.test(previous) && !SALUTATION_BEFORE.test(before) && /^(?:the|a|an|his|her|their)$/.test(ws[0])) return false;
  return true;
}

function angleIsSlot(content: string, before: string): boolean {
  // Result<Job, Error>, List<String>: a type, written against its name.
  if (/[\p{L}\p{N}_]$/u.test(before)) return false;
  if (!/^\p{L}/u.test(content)) return false; // <3, < 2 hours, <-, </p>, <!-- -->
  if (/@|:\/\/|^www\.|^mailto:/i.test(content)) return false; // <name@x.com>, <https://...>
  const tag = /^([a-z][a-z0-9]*)(?:\s+[a-z-]+\s*=.*)?\s*\/?$/i.exec(content);
  if (tag && HTML_TAGS.has(tag[1].toLowerCase())) return false;
  return /\p{L}.*\p{L}/su.test(content);
}

/** Delimited slots: brackets, braces, angle brackets, parentheses and merge tags. */
function delimited(text: string, out: Slot[], tokens?: readonly Token[]): void {
  const push = (family: SlotFamily, start: number, end: number, content: string) =>
    out.push({ family, start, end, text: text.slice(start, end), instruction: isInstruction(content), asks: asksFor(content) });

  for (const m of text.matchAll(/\[([^[\]\n]{1,400})\]/g)) {
    const end = m.index! + m[0].length;
    if (text[end] === '(') continue; // [a markdown link](https://...)
    if (bracketIsSlot(m[1], inQuotes(text, m.index!))) push('bracket', m.index!, end, m[1]);
  }
  for (const m of text.matchAll(/\{\{\s*([^{}\n]{1,80}?)\s*\}\}/g)) if (/\p{L}/u.test(m[1])) push('brace', m.index!, m.index! + m[0].length, m[1]);
  for (const m of text.matchAll(/\$\{\s*([\p{L}_][\p{L}\p{N}_.]{0,40})\s*\}/gu)) {
    if (identifierNamesField(m[1])) push('brace', m.index!, m.index! + m[0].length, m[1]);
  }
  for (const m of text.matchAll(/(?<![{$/\p{L}\p{N}_}])\{\s*([\p{L}][\p{L}\p{N}_ .-]{0,40}?)\s*\}(?![}/])/gu)) {
    if (identifierNamesField(m[1])) push('brace', m.index!, m.index! + m[0].length, m[1]);
  }
  for (const m of text.matchAll(/\*\|([A-Z][A-Z0-9_]{1,30})\|\*|(?<![\p{L}\p{N}%])%([A-Z][A-Z0-9_]{2,30})%(?![\p{L}\p{N}%])/gu)) {
    push('brace', m.index!, m.index! + m[0].length, (m[1] ?? m[2]).replace(/_/g, ' '));
  }
  for (const m of text.matchAll(/<<\s*([^<>\n]{1,80}?)\s*>>/g)) if (/\p{L}/u.test(m[1])) push('angle', m.index!, m.index! + m[0].length, m[1]);
  for (const m of text.matchAll(/(?<!<)<([^<>\n]{1,120})>(?!>)/g)) {
    if (angleIsSlot(m[1], text.slice(0, m.index!))) push('angle', m.index!, m.index! + m[0].length, m[1]);
  }
  for (const m of text.matchAll(/\(([^()\n]{1,240})\)/g)) {
    if (parenIsSlot(text, m.index!, m[1], tokens)) push('paren', m.index!, m.index! + m[0].length, m[1]);
  }
}

const UNIT_ALT = [...MASK_UNITS].join('|');
/** Masks for numbers, dates and names: (XXX) XXX-XXXX, XX/XX/XXXX, $XX,XXX, $X million, X years, XXX, ___, __th. */
const MASKS: RegExp[] = [
  /\(?\b[Xx]{3}\)?[ .-]?[Xx]{3}[ .-][Xx]{4}\b|\(?#{3}\)?[ .-]?#{3}[ .-]#{4}/g,
  /(?<![\p{L}\p{N}_$£€])[$£€]?\s?(?:X{2,}|x{2,}|_{2,}|#{2,}|X)(?:[/.:,-](?:X+|x{2,}|_{2,}|#{2,}|\d{1,4}))+(?:\s?(?:k|m|bn|million|billion))?(?![\p{L}\p{N}_])/gu,
  /(?<![\p{L}\p{N}_])[$£€]\s?X+(?:\s?(?:k|m|bn|million|billion|thousand))?(?![\p{L}\p{N}_])/gu,
  /(?<![\p{L}\p{N}_$£€])\d{0,2}X{2,}(?:th|st|nd|rd|s)?(?![\p{L}\p{N}_])/gu,
  new RegExp(String.raw`(?<![\p{L}\p{N}_-])(?:X|N|\((?:X+|N|#+)\))\+?(?:%|\s+(?:${UNIT_ALT})(?![\p{L}\p{N}_]))`, 'gu'),
  /(?<![\p{L}\p{N}_])_{2,}(?:th|st|nd|rd)?(?![\p{L}\p{N}_])/gu,
  // "Dear Mr. X": a letter standing for a surname.
  /(?<=\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?\s)[XYZ](?![\p{L}\p{N}_.'’-])/gu,
  // "Dear ...,", "the ... position": dots where a word must stand, after a greeting or a small word and before a word.
  /(?<=(?:^|\s)(?:dear|hi|hello|mr\.?|ms\.?|mrs\.?|dr\.?|the|a|an|at|on|in|for|with|to|of|my|your)\s)(?:\.{3,}|…+)(?=\s?[,\p{L}])/giu,
];

function masks(text: string, out: Slot[]): void {
  // A line of underscores is a separator (Outlook's), not a blank.
  if (/^_{8,}$/.test(text.trim())) return;
  for (const re of MASKS) {
    for (const m of text.matchAll(re)) {
      let start = m.index!;
      let value = m[0];
      const lead = value.length - value.trimStart().length;
      start += lead;
      value = value.trim();
      if (!/[Xx_YZN#.…]/.test(value)) continue;
      // "X years" is flagged on the X alone: the unit is the writer's.
      const unit = /^((?:X|N|\((?:X+|N|#+)\))\+?)\s+(\p{L}+)$/u.exec(value);
      if (unit && MASK_UNITS.has(unit[2].toLowerCase())) value = unit[1];
      out.push({ family: 'mask', start, end: start + value.length, text: value, instruction: false });
    }
  }
}

/** Words the bare scanner walks over: capitalized words, numbers after a noun ("Skill 1"), "of" inside ("Date of Interview"). */
const BARE_WORD = /[\p{L}][\p{L}'’]*|\d/gu;

/** After a field name: a value it labels ("Phone Number: 555 0143", "License Number 12345"), or talk about the form
 * itself ("the Company Name field"). Either way the field name is meant. */
function labelsAValue(after: string): boolean {
  return /^\.?\s*[:#]|^\.?\s*\d/.test(after) || FORM_WORDS.has(/^\s+([\p{L}]+)/u.exec(after)?.[1].toLowerCase() ?? '');
}

const GLUED_FIELDS = /^(?:firstname|lastname|surname|fullname|yourname|companyname|jobtitle|name)$/;
const HONORIFIC_BEFORE = /(?:^|\s)(?:dear|hi|hello|hey|mr|mrs|ms|mx|miss|dr|prof|mr\.?\/ms|mr\.?\/mrs)\.?\s+$/i;
const STANDS_FOR_A_FIRM = /(?:^|\s)(?:at|with|join|joining|to|for|from)\s+$/i;

/**
 * One word alone is a slot only where a name must stand: "Dear Mr. Surname", "Hi Firstname", "the role at XYZ",
 * "a career at Company". Elsewhere "Name" or "Company" is an ordinary word.
 */
function lonelySlot(text: string, t: { text: string; lower: string; start: number; end: number }): boolean {
  const before = text.slice(0, t.start);
  if (/^[\p{Lu}]/u.test(t.text) && GLUED_FIELDS.test(t.lower) && HONORIFIC_BEFORE.test(before) && !/^\s*[\p{Lu}]/u.test(text.slice(t.end))) return true;
  if (/^(?:firstname|lastname|fullname|yourname|companyname|jobtitle)$/.test(t.lower)) return true;
  if (/^(?:XYZ|ABC|Company|Organisation|Organization|Employer)$/.test(t.text) && STANDS_FOR_A_FIRM.test(before)) return !/^\s*['’]?\s*[\p{Lu}]/u.test(text.slice(t.end));
  return false;
}

/**
 * A template's field names left as plain words: "Company Name", "Your Name", "Hiring Manager Name", "Job Title",
 * "Previous Company", "Skill 1", "ABC Company". Every word capitalized and a field word; the run asks for a value.
 */
function bare(text: string, out: Slot[]): void {
  const letters = text.replace(/[^\p{L}]/gu, '');
  // In a letter typed in capitals every word is capitalized; its field names cannot be told from its words.
  if (letters.length > 12 && (letters.match(/\p{Lu}/gu) ?? []).length / letters.length > 0.7) {
    if (!/\b(?:YOUR|THEIR) (?:FULL )?(?:NAME|TITLE|NUMBER|EMAIL|PHONE)\b|\bCOMPANY NAME\b|\bJOB TITLE\b/.test(text)) return;
  }
  const tokens = [...text.matchAll(BARE_WORD)].map((m) => ({ text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start: m.index!, end: m.index! + m[0].length }));
  let i = 0;
  while (i < tokens.length) {
    const run: typeof tokens = [];
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j];
      const gap = run.length ? text.slice(run[run.length - 1].end, t.start) : '';
      if (run.length && !/^\s{1,2}$/.test(gap)) break;
      const capital = /^\p{Lu}/u.test(t.text);
      const base = t.lower.replace(/'s$/, '');
      const fieldWord = isSlotWord(t.lower) || isSlotWord(base) || base === 'abc' || base === 'xyz' || base === 'here';
      if (capital && fieldWord && !/^(?:the|a|an|of|and|or|to|in|at|for|with|from|about|this|that)$/.test(base)) run.push(t);
      else if (/^\d$/.test(t.text) && run.length && NUMBERED_SLOTS.has(run[run.length - 1].lower)) run.push(t);
      else if (t.lower === 'of' && run.length && j + 1 < tokens.length && /^\p{Lu}/u.test(tokens[j + 1].text)) run.push(t);
      else break;
      j++;
    }
    while (run.length && run[run.length - 1].lower === 'of') run.pop();
    if (run.length === 1 && lonelySlot(text, run[0])) {
      out.push({ family: 'bare', start: run[0].start, end: run[0].end, text: run[0].text, instruction: false, asks: asksFor(run[0].text) });
    } else if (run.length >= 2) {
      const ws = run.map((t) => t.lower.replace(/'s$/, ''));
      const hasField = ws.some((w) => FIELD_WORDS.has(w));
      // "Previous Company", "Specific Topic Discussed"; "Your ..." only with a field word or a longer run: "Thank You For
      // Your Time" is a title-cased courtesy, "Your Name" a slot.
      const described = DESCRIBERS.has(ws[0]) && ws.slice(1).some((w) => CATEGORY_WORDS.has(w)) && (ws.length > 2 || !/^(?:your|their)$/.test(ws[0]));
      const dummy = (ws[0] === 'abc' || ws[0] === 'xyz') && ws.slice(1).some((w) => CATEGORY_WORDS.has(w));
      const numbered = ws.length === 2 && NUMBERED_SLOTS.has(ws[0]) && /^\d$/.test(ws[1]);
      const start = run[0].start;
      let end = run[run.length - 1].end;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      const after = text.slice(end);
      const label = labelsAValue(after);
      if ((hasField || described || dummy || numbered) && !label && !inQuotes(text, start) && !(ws.length === 2 && ws[0] === 'here')) {
        const content = text.slice(start, end);
        out.push({ family: 'bare', start, end, text: content, instruction: false, asks: asksFor(content) });
      }
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * "<Anything> Name" is a form's label: "Store Manager Name", "Recipient Name", "Restaurant Name". Up to three
 * capitalized words before "Name", none of them a greeting, pronoun or function word.
 */
function fieldLabels(text: string, out: Slot[]): void {
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’])((?:[\p{Lu}][\p{L}'’-]*\s){1,3})(?:Name|Names|NAME|Surname)(?![\p{L}\p{N}])/gu)) {
    // The label starts after any greeting, pronoun or function word that opens the capitalized run ("Dear Store Name").
    const lead = [...m[1].matchAll(/\S+/g)].find((w) => !NOT_IN_A_FIELD_NAME.has(w[0].replace(/['’]s$/, '').toLowerCase()));
    if (!lead) continue;
    const start = m.index! + lead.index!;
    const end = m.index! + m[0].length;
    if (inQuotes(text, start) || labelsAValue(text.slice(end))) continue;
    out.push({ family: 'bare', start, end, text: text.slice(start, end), instruction: false, asks: asksFor(text.slice(start, end)) });
  }
}

/**
 * A template's section heading left in with its instruction: "Closing paragraph: reaffirm your interest ...",
 * "Paragraph one: a one-sentence thank you". The whole sentence is the template talking.
 */
const SECTION_LABEL = /^\s*(?:(?:opening|closing|middle|first|second|third|final|last|body|introductory|concluding)\s+paragraph|paragraph\s+(?:one|two|three|four|[1-4])|(?:opening|closing)\s+(?:line|sentence))(?:\s*\([^)]*\))?\s*:\s*\S/i;

function sectionLabel(text: string, out: Slot[]): void {
  if (!SECTION_LABEL.test(text)) return;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  out.push({ family: 'bare', start, end, text: text.slice(start, end), instruction: true });
}

/**
 * Every slot in a text, first by position; where two overlap, the longer, and a delimited or masked one before a bare
 * one. `tokens` (the sentence's tagged words) let a lone common noun in brackets count where a noun phrase belongs.
 */
export function findSlots(text: string, tokens?: readonly Token[]): Slot[] {
  const found: Slot[] = [];
  sectionLabel(text, found);
  delimited(text, found, tokens);
  masks(text, found);
  bare(text, found);
  fieldLabels(text, found);
  const kept: Slot[] = [];
  // Longer slots first, so "(XXX) XXX-XXXX" wins over its "XXX" and "XX/XX/XXXX" over "XXXX".
  const order = found.map((s, i) => ({ s, i })).sort((x, y) => familyRank(x.s) - familyRank(y.s) || y.s.end - y.s.start - (x.s.end - x.s.start) || x.i - y.i);
  for (const { s } of order) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((x, y) => x.start - y.start);
}

function familyRank(s: Slot): number {
  if (s.instruction && s.family === 'bare') return -1; // a section label takes its whole sentence
  return s.family === 'bare' ? 2 : 0;
}

// Who the draft is addressed to: first name and company, read from the To addresses.
import { COMPANY_WORDS } from './data/companyWords';
import { FREE_MAIL_DOMAINS, PUBLIC_SUFFIX_SECOND_LEVEL, ROLE_MAILBOXES } from './data/domains';

export interface Recipient {
  /** "Priya" from "Priya Raman <priya.raman@x.com>" or from "priya.raman@x.com". */
  firstName?: string;
  fullName?: string;
  address?: string;
  /** The registrable domain label, e.g. "harvestmill" for people@harvestmill.co.uk; absent for free mail. */
  companyKey?: string;
  /** A readable company name guessed from the domain ("Harvestmill"); prefer a name found in the text when it matches companyKey. */
  company?: string;
  freeMail: boolean;
  /** A shared inbox (jobs@, careers@ ...) rather than a person. */
  roleMailbox: boolean;
  /** Name-like pieces of the address's local part ("r.sandoval" → ["sandoval"]). */
  localNames?: string[];
}

const ADDRESS = /([^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[a-z]{2,})/i;

function capitalize(word: string): string {
  return word ? word[0].toUpperCase() + word.slice(1).toLowerCase() : word;
}

const KNOWN_WORDS = new Set(COMPANY_WORDS);

/**
 * Splits a squashed name into known words where it can: "prairiemutual" → ["prairie", "mutual"], "lumenhealth" →
 * ["lumen", "health"]. One unknown piece of 5–12 letters is allowed beside known words (a brand name); anything less
 * certain stays whole ("netflix" is not "net flix").
 */
function segmentWords(label: string): string[] {
  const n = label.length;
  // best[i]: the highest score of a split of label[0, i); known words score their length squared, an unknown piece -1.
  const best: { score: number; from: number; unknown: number }[] = [{ score: 0, from: -1, unknown: 0 }];
  for (let i = 1; i <= n; i++) {
    best[i] = { score: -Infinity, from: -1, unknown: 0 };
    for (let j = Math.max(0, i - 14); j < i; j++) {
      const prev = best[j];
      if (prev.score === -Infinity) continue;
      const piece = label.slice(j, i);
      const known = piece.length >= 2 && KNOWN_WORDS.has(piece);
      if (!known && (piece.length < 5 || piece.length > 12 || prev.unknown > 0)) continue;
      const score = prev.score + (known ? piece.length * piece.length : -1);
      if (score > best[i].score) best[i] = { score, from: j, unknown: prev.unknown + (known ? 0 : 1) };
    }
  }
  if (best[n].score === -Infinity || best[n].score < 0) return [label];
  const words: string[] = [];
  for (let i = n; i > 0; i = best[i].from) words.unshift(label.slice(best[i].from, i));
  return words;
}

/** A company name people would write, from a domain label: "prairie-mutual" or "prairiemutual" → "Prairie Mutual". */
export function companyFromLabel(label: string): string {
  return label
    .split('-')
    .filter(Boolean)
    .flatMap((part) => segmentWords(part.toLowerCase()))
    .map(capitalize)
    .join(' ');
}

/** Normalizes a company or domain name for comparison: "Harvest Mill, Inc." → "harvestmill". */
export function companyKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/\b(inc|llc|ltd|limited|plc|corp|corporation|co|gmbh|ag|sa|pty|pvt|group|the)\b\.?/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Does a company name written in the text refer to the recipient's company? Prefix matches either way ("Lumen" ~ lumenhealth). */
export function sameCompany(name: string, key: string | undefined): boolean {
  if (!key) return false;
  const k = companyKey(name);
  if (k.length < 2) return false;
  if (k === key) return true;
  const shorter = k.length < key.length ? k : key;
  const longer = k.length < key.length ? key : k;
  if (shorter.length >= 3 && longer.startsWith(shorter)) return true;
  // "Polaris Insurance" ~ polarisinsure: a long common prefix is the same name abbreviated.
  let common = 0;
  while (common < shorter.length && shorter[common] === longer[common]) common++;
  return common >= 6 && common >= shorter.length - 3;
}

function registrableLabel(domain: string): string | undefined {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  let i = labels.length - 2;
  if (labels.length >= 3 && PUBLIC_SUFFIX_SECOND_LEVEL.has(labels[i]) && labels[labels.length - 1].length === 2) i -= 1;
  return labels[i];
}

export function parseRecipient(raw: string): Recipient {
  const text = raw.trim();
  const match = ADDRESS.exec(text);
  const address = match?.[1].toLowerCase();
  let fullName = text.replace(ADDRESS, '').replace(/[<>"']/g, '').trim() || undefined;
  if (fullName && /,/.test(fullName)) {
    // "Raman, Priya" → "Priya Raman"
    const [last, first] = fullName.split(',').map((s) => s.trim());
    if (first && last) fullName = `${first} ${last}`;
  }
  let firstName: string | undefined;
  let roleMailbox = false;
  let freeMail = false;
  let key: string | undefined;
  let company: string | undefined;
  if (address) {
    const [local, domain] = address.split('@');
    roleMailbox = ROLE_MAILBOXES.has(local.replace(/[._-]?\d+$/, '')) || /^(jobs?|careers?|hr|recruit|talent|hiring)[._-]/.test(local);
    freeMail = FREE_MAIL_DOMAINS.has(domain);
    if (!freeMail) {
      key = registrableLabel(domain);
      if (key) company = companyFromLabel(key);
    }
    if (!fullName && !roleMailbox) {
      const parts = local.split(/[._-]+/).filter((p) => /^[a-z]{2,}$/.test(p));
      if (parts.length >= 2 || (parts.length === 1 && /[._-]/.test(local) === false && parts[0].length <= 10 && !freeMail)) {
        // Only a dotted local part ("priya.raman") reliably holds a first name; a lone word might be a surname or a nickname.
        if (parts.length >= 2) firstName = capitalize(parts[0]);
      }
    }
  }
  if (fullName) {
    const first = fullName.split(/\s+/).find((w) => /^[\p{L}][\p{L}'-]*$/u.test(w) && !/^(mr|mrs|ms|dr|prof|mx)\.?$/i.test(w));
    if (first) firstName = capitalize(first);
  }
  const localNames = address ? address.split('@')[0].split(/[._-]+/).filter((p) => /^[a-z]{3,}$/.test(p)) : undefined;
  return { firstName, fullName, address, companyKey: key, company, freeMail, roleMailbox, localNames };
}

/** The first recipient that says something; an empty list gives an unknown recipient. */
export function parseRecipients(to: readonly string[] | undefined): Recipient {
  // Split "a@x.com, b@y.com" but keep '"Jensen, Marta" <m@x.no>' whole: a comma splits only after an address.
  const list = (to ?? []).flatMap((entry) => (typeof entry === 'string' ? entry.split(/;|(?<=@[^\s,;<>"]+>?)\s*,/) : [])).filter((s) => s.trim());
  if (list.length === 0) return { freeMail: false, roleMailbox: false };
  return parseRecipient(list[0]);
}

const CAPITALIZED_RUN = /(?<![\p{L}\p{N}])[\p{Lu}][\p{L}\p{N}&'’.-]*(?:[ \t]+(?:&[ \t]+)?[\p{Lu}][\p{L}\p{N}&'’.-]*){0,4}/gu;
const MAILBOX_WORDS = /\s+(?:careers?|jobs?|recruiting|recruitment|talent(?: acquisition)?|hiring(?: team)?|hr|people(?: team)?|team|no-?reply)$/i;

/**
 * The recipient's company as people write it: as the given texts spell it (the draft, then the quoted or earlier mail
 * of the thread), else from the recipient's display name ("Lumen Health Careers"), else the domain split into words.
 */
// Linting after each keystroke asks again for the same texts: the last answer is kept.
let lastCompany: { key: string; display: string; texts: readonly string[]; name: string | undefined } | null = null;

export function companyDisplayName(recipient: Recipient, texts: readonly string[]): string | undefined {
  const key = recipient.companyKey;
  if (!key) return undefined;
  const display = recipient.fullName ?? '';
  const same = lastCompany && lastCompany.key === key && lastCompany.display === display && lastCompany.texts.length === texts.length && lastCompany.texts.every((t, i) => t === texts[i]);
  if (same) return lastCompany!.name;
  const name = findCompanyName(recipient, key, texts);
  lastCompany = { key, display, texts: [...texts], name };
  return name;
}

function findCompanyName(recipient: Recipient, key: string, texts: readonly string[]): string | undefined {
  // In each text, a name that is exactly the domain's ("Prairie Mutual" for prairiemutual) beats a longer or shorter one.
  for (const text of texts) {
    let near: string | undefined;
    for (const m of text.matchAll(CAPITALIZED_RUN)) {
      const words = m[0].replace(/['’]s$/, '').split(/[ \t]+/);
      for (let n = words.length; n >= 1; n--) {
        const name = words.slice(0, n).join(' ').replace(/[.,]+$/, '');
        const k = companyKey(name);
        if (k === key) return name;
        if (!near && k.length >= Math.min(key.length, 4) && sameCompany(name, key)) near = name;
      }
    }
    if (near) return near;
  }
  const display = recipient.fullName?.replace(MAILBOX_WORDS, '').trim();
  if (display && recipient.roleMailbox && sameCompany(display, key)) return display;
  return recipient.company;
}

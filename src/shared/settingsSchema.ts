// The shape of what the extension stores, and how stored values are checked. Pure: no browser API, importable anywhere.
import { RULE_IDS, type RuleId } from '../engine/types';

export interface StoredSettings {
  rules: Record<RuleId, boolean>;
  paused: boolean;
  windowHours: number;
  userName: string;
}

/** What saveSettings accepts: any top-level field, and rules one id at a time (so two quick toggles don't undo each other). */
export type SettingsPatch = Partial<Omit<StoredSettings, 'rules'>> & { rules?: Partial<Record<RuleId, boolean>> };

export const SETTINGS_KEY = 'settings';
export const MEMO_PREFIX = 'memo:';

export const WINDOW_HOURS_MIN = 24;
export const WINDOW_HOURS_MAX = 168;
export const USER_NAME_MAX = 100;
export const MEMO_NOTES_MAX = 4000;

export const DEFAULT_SETTINGS: StoredSettings = Object.freeze({
  rules: Object.freeze(Object.fromEntries(RULE_IDS.map((id) => [id, true])) as Record<RuleId, boolean>),
  paused: false,
  windowHours: 48,
  userName: '',
}) as StoredSettings;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

const RULE_ID_SET: ReadonlySet<string> = new Set(RULE_IDS);

export function isRuleId(x: unknown): x is RuleId {
  return typeof x === 'string' && RULE_ID_SET.has(x);
}

function defaultRules(): Record<RuleId, boolean> {
  return { ...DEFAULT_SETTINGS.rules };
}

/**
 * Turns whatever is in storage (or came from an older version, or was tampered with) into valid settings.
 * Each bad field falls back to its default on its own; `repaired` says whether anything had to change.
 */
export function normalizeSettings(raw: unknown): { settings: StoredSettings; repaired: boolean } {
  if (!isPlainObject(raw)) {
    return { settings: { ...DEFAULT_SETTINGS, rules: defaultRules() }, repaired: true };
  }
  let repaired = false;

  const rules = defaultRules();
  if (isPlainObject(raw.rules)) {
    const given = raw.rules;
    for (const id of RULE_IDS) {
      const value = given[id];
      if (typeof value === 'boolean') rules[id] = value;
      else repaired = true;
    }
    for (const key in given) {
      if (!RULE_ID_SET.has(key)) {
        repaired = true;
        break;
      }
    }
  } else {
    repaired = true;
  }

  let paused = DEFAULT_SETTINGS.paused;
  if (typeof raw.paused === 'boolean') paused = raw.paused;
  else repaired = true;

  let windowHours = DEFAULT_SETTINGS.windowHours;
  const hours = raw.windowHours;
  if (typeof hours === 'number' && Number.isFinite(hours)) {
    windowHours = Math.min(WINDOW_HOURS_MAX, Math.max(WINDOW_HOURS_MIN, Math.round(hours)));
    if (windowHours !== hours) repaired = true;
  } else {
    repaired = true;
  }

  let userName = DEFAULT_SETTINGS.userName;
  if (typeof raw.userName === 'string' && raw.userName.length <= USER_NAME_MAX) userName = raw.userName;
  else repaired = true;

  for (const key in raw) {
    if (key !== 'rules' && key !== 'paused' && key !== 'windowHours' && key !== 'userName') {
      repaired = true;
      break;
    }
  }

  return { settings: { rules, paused, windowHours, userName }, repaired };
}

export interface InterviewMemo {
  /** ISO 8601 date-time of the interview (or '' when only notes were kept). */
  interviewAt: string;
  /** What was discussed, in the writer's own words. */
  notes: string;
  /** ISO 8601 time of the last save. */
  savedAt: string;
}

/** The storage key for a recipient: addresses are case-insensitive, and "Name <addr>" is accepted. */
export function memoKey(address: string): string {
  const angle = /<([^<>]+)>\s*$/.exec(address);
  const bare = (angle ? angle[1] : address).trim().toLowerCase();
  if (!bare) throw new TypeError('An interview memo needs a recipient address');
  return MEMO_PREFIX + bare;
}

function isIsoDate(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 40 && !Number.isNaN(Date.parse(x));
}

/** A stored memo, or null when it is missing or malformed. */
export function normalizeMemo(raw: unknown): InterviewMemo | null {
  if (!isPlainObject(raw)) return null;
  const { interviewAt, notes, savedAt } = raw;
  if (!(interviewAt === '' || isIsoDate(interviewAt))) return null;
  if (typeof notes !== 'string' || notes.length > MEMO_NOTES_MAX) return null;
  if (!isIsoDate(savedAt)) return null;
  if (interviewAt === '' && notes.trim() === '') return null;
  return { interviewAt, notes, savedAt };
}


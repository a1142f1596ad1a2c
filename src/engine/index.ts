// The engine's public entry (dist/engine.mjs): CONTRACT.md section 2.
export { lint } from './lint';
export { prepare } from './prepare';
export { RULE_IDS, DEFAULT_ENGINE_SETTINGS } from './types';
export type { Draft, Hint, Fix, LintResult, Settings, Severity, RuleId, ThreadMessage, SentNote, Plan, Kind } from './types';
export { rules } from './rules/index';
export { parseRecipients, parseRecipient } from './recipient';
export { score } from './score';
export { fingerprint } from './fingerprint';

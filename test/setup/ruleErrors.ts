// Every unit test fails when a rule throws inside lint(): lint() itself never throws (it reports the rule in
// LintResult.errors), so without this a crashing rule would look like a silent one. A test that means to provoke a
// rule error takes the errors with takeRuleErrors() before it ends.
import { afterEach } from 'vitest';
import { onRuleError } from '../../src/engine/lint';

let seen: { rule: string; message: string }[] = [];
onRuleError(({ rule, message }) => seen.push({ rule, message }));

/** The rule errors reported since the test began; they no longer fail it. */
export function takeRuleErrors(): { rule: string; message: string }[] {
  const taken = seen;
  seen = [];
  return taken;
}

afterEach(() => {
  const errors = takeRuleErrors();
  if (errors.length) throw new Error(`a rule threw inside lint(): ${errors.map((e) => `${e.rule}: ${e.message}`).join('; ')}`);
});

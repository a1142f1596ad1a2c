// The engine for the content script, loaded when the first compose window opens and warmed in idle time: evaluating
// compromise builds its lexicon, and its first parse compiles much more; both happen before the user types, in idle
// callbacks of their own, so that the first lint of the real draft is as quick as any later one.
import type { EngineSource, LintEngine } from '../coach/draftCoach.ts';
import type { Draft } from '../engine/types.ts';
import { defaultRunIdle } from './scheduler.ts';

/** A short thank-you that goes through the engine's main paths (names, a project, a question, a sign-off). */
const WARM_UP: Draft = {
  body:
    'Hi Priya,\n\nThank you for taking the time to meet with me on Tuesday. I enjoyed hearing how your team is rebuilding ' +
    'the patient-intake flow, and testing new forms with clinic staff first. Could you let me know the next steps?\n\nBest,\nJordan',
  subject: 'Thank you - Senior Product Designer interview',
  to: ['priya.raman@lumenhealth.com'],
};

const idle = (runIdle: typeof defaultRunIdle) => new Promise<void>((resolve) => void runIdle(resolve));

export function lazyEngine(importEngine: () => Promise<LintEngine>, runIdle = defaultRunIdle): EngineSource {
  let current: LintEngine | null = null;
  let loading: Promise<LintEngine> | null = null;
  return {
    get current() {
      return current;
    },
    load() {
      loading ??= (async () => {
        await idle(runIdle);
        const engine = await importEngine();
        await idle(runIdle);
        const now = new Date().toISOString();
        // A small slice first (compromise's first parse), then a whole lint (each rule's first run).
        engine.prepare({ ...WARM_UP, now }, 200);
        await idle(runIdle);
        engine.lint({ ...WARM_UP, now });
        current = engine;
        return engine;
      })();
      return loading;
    },
  };
}

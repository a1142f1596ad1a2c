// What the content script needs from the engine, in one module so that it can be loaded lazily: compromise builds its
// lexicon when evaluated (hundreds of ms), which a Gmail tab without an open compose window should never pay for.
export { lint, prepare, fingerprint } from '../engine/index.ts';
export { buildSkeleton } from '../engine/skeleton.ts';
export { parseRecipients } from '../engine/recipient.ts';

// What the trainer (test/corpus/train.mjs) needs from the engine, bundled as dist/learn.mjs by `node build.mjs --engine-only`.
export { sentenceFeatures, featureWords } from './features';
export { probabilities, predict, type Model } from './model';
export { train, DEFAULT_TRAIN, type Example, type TrainOptions } from './train';
export { layout } from '../text/segment';
import { analyze } from '../analyze';
import { draftFeatures } from '../classify';
import { DEFAULT_ENGINE_SETTINGS, type Draft } from '../types';

/** The classifier's features of a draft, exactly as lint() computes them. */
export function kindFeatures(draft: Draft): string[] {
  return draftFeatures(analyze(draft, DEFAULT_ENGINE_SETTINGS).classifyInput);
}

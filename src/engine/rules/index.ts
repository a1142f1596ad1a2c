// The registry: every rule, sorted by id. A consistency test checks each has its docs and its tests.
import type { AnyRule } from '../rule';
import { generic } from './generic';
import { gratitude } from './gratitude';
import { money } from './money';
import { pushy } from './pushy';
import { specificity } from './specificity';
import { timing } from './timing';
import { tone } from './tone';

export const rules: readonly AnyRule[] = [generic, gratitude, money, pushy, specificity, timing, tone];

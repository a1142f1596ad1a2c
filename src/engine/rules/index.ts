// The registry: every rule, sorted by id. A consistency test checks each has its docs and its tests.
import type { AnyRule } from '../rule';
import { generic } from './generic';
import { gratitude } from './gratitude';
import { length } from './length';
import { money } from './money';
import { pushy } from './pushy';
import { sendTime } from './send-time';
import { specificity } from './specificity';
import { subject } from './subject';
import { timing } from './timing';
import { tone } from './tone';

export const rules: readonly AnyRule[] = [generic, gratitude, length, money, pushy, sendTime, specificity, subject, timing, tone];

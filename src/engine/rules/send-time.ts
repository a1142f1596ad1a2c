import type { Rule } from '../rule';
import { businessDayFrom, dayOf, describeTime, instantOf, minutesOf, weekdayOf } from '../dates';

/** Late at night: from 22:00 to 06:00 in the writer's zone. */
const NIGHT_FROM = 22 * 60;
const NIGHT_UNTIL = 6 * 60;
/** The next business morning, as suggested. */
const MORNING = 9 * 60;

export const sendTime: Rule<'send-time'> = {
  meta: {
    id: 'send-time',
    description: 'The note lands in their working day: not late at night or at the weekend.',
    article: 'Be professional: land in their working day (both sites have “Schedule send”).',
    severity: 'info',
    followUpOnly: true,
  },
  check(a) {
    // The writer's zone is the offset written in `now` (UTC for "…Z"); with no `now` the hour is unknown.
    if (typeof a.draft.now !== 'string') return [];
    const now = a.now.getTime();
    const day = dayOf(now, a.zone);
    const minutes = minutesOf(now, a.zone);
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
    const night = minutes >= NIGHT_FROM || minutes < NIGHT_UNTIL;
    if (!weekend && !night) return [];
    const morning = businessDayFrom(minutes < NIGHT_UNTIL ? day : day + 1);
    const suggestion = describeTime(instantOf(morning, MORNING, a.zone), a.zone);
    return [{ messageId: weekend ? 'weekend' : 'night', data: { suggestion } }];
  },
};

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index';
import { followUp, ruleTester } from '../ruleTester';

const thanks = 'Hi Marta,\n\nThank you for meeting with me yesterday. The ferry re-planning you described stayed with me, and I would be glad to help with the TMS migration you are planning.\n\nBest,\nJonas';
// Interview Monday 9 February 2026, 13:00 UTC.
const at = (now: string) => followUp(thanks, { now });

describe('send-time', () => {
  ruleTester('send-time', {
    valid: [
      at('2026-02-10T08:00:00Z'),
      at('2026-02-10T06:00:00+01:00'),
      at('2026-02-10T21:59:00+01:00'),
      // 23:30 UTC is 18:30 in New York: the offset in `now` is the writer's zone.
      at('2026-02-10T18:30:00-05:00'),
      followUp(thanks, { now: undefined }),
    ],
    invalid: [
      { draft: at('2026-02-10T23:30:00Z'), flags: [null] },
      { draft: at('2026-02-10T22:00:00+01:00'), flags: [null] },
      { draft: at('2026-02-11T05:59:00+01:00'), flags: [null] },
      { draft: at('2026-02-14T11:00:00+01:00'), flags: [null] },
      { draft: at('2026-02-15T15:00:00-08:00'), flags: [null] },
    ],
  });

  const hint = (now: string) => lint(at(now)).hints.find((h) => h.rule === 'send-time')!;

  it('suggests the next business morning, in the writer’s zone', () => {
    expect(hint('2026-02-10T23:30:00+01:00')).toMatchObject({ severity: 'info', messageId: 'night' });
    expect(hint('2026-02-10T23:30:00+01:00').message).toContain('Wed 11 Feb, 9:00');
    expect(hint('2026-02-11T02:00:00+01:00').message).toContain('Wed 11 Feb, 9:00');
    // Friday night and the weekend wait for Monday.
    expect(hint('2026-02-13T23:00:00+01:00').message).toContain('Mon 16 Feb, 9:00');
    expect(hint('2026-02-14T11:00:00+01:00')).toMatchObject({ messageId: 'weekend' });
    expect(hint('2026-02-15T23:30:00+01:00').message).toContain('Mon 16 Feb, 9:00');
  });

  it('is never a timing hint, and timing does not fire for the hour', () => {
    const result = lint(at('2026-02-10T23:30:00+01:00'));
    expect(result.hints.filter((h) => h.rule === 'timing')).toEqual([]);
    expect(result.hints.filter((h) => h.rule === 'send-time')).toHaveLength(1);
  });
});

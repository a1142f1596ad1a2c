import { describe, expect, it } from 'vitest';
import { isBackgroundToContent, isDraftState, isFromOwnExtension, isMessage, isPopupToContent } from '../../src/shared/messages';

describe('isMessage', () => {
  it.each([
    [{ type: 'pause-draft', paused: true }],
    [{ type: 'pause-draft', paused: false }],
    [{ type: 'get-draft-state' }],
    [{ type: 'toggle-sidebar' }],
  ])('accepts %j', (msg) => {
    expect(isMessage(msg)).toBe(true);
  });

  it.each([
    [undefined],
    [null],
    ['pause-draft'],
    [[{ type: 'toggle-sidebar' }]],
    [{}],
    [{ type: 'pause-draft' }],
    [{ type: 'pause-draft', paused: 'yes' }],
    [{ type: 'erase-everything' }],
    [{ type: 42 }],
  ])('rejects %j', (msg) => {
    expect(isMessage(msg)).toBe(false);
  });

  it('tells the direction apart', () => {
    expect(isPopupToContent({ type: 'get-draft-state' })).toBe(true);
    expect(isPopupToContent({ type: 'toggle-sidebar' })).toBe(false);
    expect(isBackgroundToContent({ type: 'toggle-sidebar' })).toBe(true);
    expect(isBackgroundToContent({ type: 'pause-draft', paused: true })).toBe(false);
  });
});

describe('isDraftState', () => {
  it('checks both flags', () => {
    expect(isDraftState({ coaching: true, paused: false })).toBe(true);
    expect(isDraftState({ coaching: true })).toBe(false);
    expect(isDraftState(undefined)).toBe(false);
  });
});

describe('isFromOwnExtension', () => {
  it('accepts only our own extension id', () => {
    expect(isFromOwnExtension({ id: 'abc' }, 'abc')).toBe(true);
    expect(isFromOwnExtension({ id: 'other' }, 'abc')).toBe(false);
    expect(isFromOwnExtension({}, 'abc')).toBe(false);
  });
});

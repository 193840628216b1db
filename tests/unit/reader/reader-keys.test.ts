import { describe, expect, test } from 'vitest';
import { keyAction } from '../../../components/reader/reader-keys';

const press = (key: string, extra: Partial<KeyboardEvent> & { tag?: string; type?: string } = {}, vertical = false) => {
  const target = extra.tag ? { tagName: extra.tag, getAttribute: () => extra.type ?? null, isContentEditable: false } : null;
  return keyAction({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, isComposing: false, ...extra, target } as unknown as KeyboardEvent, vertical);
};

describe('the view’s keys', () => {
  test('Esc closes, + and - size, s saves, p panel, a settings, v vertical, ? help', () => {
    expect(press('Escape')).toBe('close');
    expect(press('+')).toBe('larger');
    expect(press('=')).toBe('larger');
    expect(press('-')).toBe('smaller');
    expect(press('s')).toBe('save');
    expect(press('S')).toBe('save');
    expect(press('p')).toBe('panel');
    expect(press('a')).toBe('settings');
    expect(press('v')).toBe('vertical');
    expect(press('?')).toBe('help');
  });
  test('letters never act with a modifier, while typing or while an IME composes; Esc always closes', () => {
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('p', { metaKey: true })).toBeNull();
    expect(press('s', { tag: 'INPUT', type: 'search' })).toBeNull();
    expect(press('s', { tag: 'TEXTAREA' })).toBeNull();
    expect(press('s', { isComposing: true })).toBeNull();
    expect(press('s', { tag: 'INPUT', type: 'radio' })).toBe('save');
    expect(press('Escape', { tag: 'INPUT', type: 'search' })).toBe('close');
  });
  test('vertical writing moves as in Japanese e-book readers; horizontal leaves them to the browser', () => {
    expect(press('PageDown', {}, true)).toBe('pageNext');
    expect(press('PageUp', {}, true)).toBe('pagePrev');
    expect(press(' ', {}, true)).toBe('pageNext');
    expect(press(' ', { shiftKey: true }, true)).toBe('pagePrev');
    expect(press('ArrowLeft', {}, true)).toBe('lineNext');
    expect(press('ArrowDown', {}, true)).toBe('lineNext');
    expect(press('ArrowRight', {}, true)).toBe('linePrev');
    expect(press('ArrowUp', {}, true)).toBe('linePrev');
    expect(press('Home', {}, true)).toBe('start');
    expect(press('End', {}, true)).toBe('end');
    expect(press('PageDown')).toBeNull();
    expect(press('ArrowLeft', { tag: 'INPUT', type: 'radio' }, true)).toBeNull(); // the radio group moves
    expect(press(' ', { tag: 'BUTTON' }, true)).toBeNull(); // Space presses the button
  });
});

/**
 * The clean view's keys (issue #14), as data: which key does what, in what mode. Kept apart
 * from the components so the help popover lists exactly what the handler does. Single letters
 * only without modifiers and never while typing in a field; the vertical-writing moves follow
 * Japanese e-book readers (the text advances leftwards: ← and ↓ go on, → and ↑ go back).
 */

export type ReaderAction =
  | 'close'
  | 'save'
  | 'panel'
  | 'settings'
  | 'vertical'
  | 'help'
  | 'larger'
  | 'smaller'
  | 'pageNext'
  | 'pagePrev'
  | 'lineNext'
  | 'linePrev'
  | 'start'
  | 'end';

/** The key shown in tooltips and the help list, per action that has one. */
export const SHORTCUTS = {
  close: 'Esc',
  save: 'S',
  settings: 'A',
  panel: 'P',
  vertical: 'V',
  help: '?',
  size: '+ / −',
} as const;

const LETTERS: Record<string, ReaderAction> = {
  s: 'save',
  p: 'panel',
  a: 'settings',
  v: 'vertical',
  '?': 'help',
  '+': 'larger',
  '=': 'larger',
  '-': 'smaller',
  _: 'smaller',
};

const VERTICAL_MOVES: Record<string, [ReaderAction, ReaderAction]> = {
  // key: [without Shift, with Shift]
  PageDown: ['pageNext', 'pageNext'],
  PageUp: ['pagePrev', 'pagePrev'],
  ' ': ['pageNext', 'pagePrev'],
  ArrowLeft: ['lineNext', 'lineNext'],
  ArrowDown: ['lineNext', 'lineNext'],
  ArrowRight: ['linePrev', 'linePrev'],
  ArrowUp: ['linePrev', 'linePrev'],
  Home: ['start', 'start'],
  End: ['end', 'end'],
};

/** Elements whose own keys win: text fields, selects, editable content, range sliders. */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) return true;
  if (tag !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
}

/** Radio groups and checkboxes use the arrow keys and Space themselves. */
function ownsArrows(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && el.tagName === 'INPUT' && ['radio', 'checkbox'].includes((el.getAttribute('type') ?? '').toLowerCase());
}

/** What a key press means in the view, or null when the browser's own handling should run. */
export function keyAction(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target' | 'isComposing'>, vertical: boolean): ReaderAction | null {
  if (e.isComposing) return null;
  if (e.key === 'Escape') return 'close';
  if (e.altKey || e.ctrlKey || e.metaKey || typingIn(e.target)) return null;
  const letter = LETTERS[e.key.length === 1 ? e.key.toLowerCase() : ''];
  if (letter) return letter;
  if (!vertical || ownsArrows(e.target)) return null;
  const move = VERTICAL_MOVES[e.key];
  // Space on a button presses it
  if (move && e.key === ' ' && (e.target as HTMLElement | null)?.tagName === 'BUTTON') return null;
  return move ? move[e.shiftKey ? 1 : 0] : null;
}

/**
 * One row's action menu (issue #14: Mark read and Delete on every row made the list a wall of
 * buttons). The WAI-ARIA menu button pattern: the button has a name and says it opens a menu;
 * Enter, Space or ↓ open it on the first item, ↑ on the last; ↑/↓ move (wrapping), Home/End,
 * a letter jumps to the next item starting with it; Esc closes and gives focus back to the
 * button, Tab closes and moves on, a click outside closes. The menu opens upwards when there
 * is no room below (the popup's last rows).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MoreIcon } from './icons';

export interface MenuItem {
  /** stable key, also `data-action` for tests and styles */
  id: string;
  label: string;
  onSelect(): void;
  /** destructive (Delete): drawn apart, in the alert colour */
  danger?: boolean;
}

interface RowMenuProps {
  /** the button's accessible name ("More actions for “title”") */
  label: string;
  /** the button's tooltip */
  tip: string;
  items: MenuItem[];
}

/** Space kept between the menu and the window's bottom edge before it opens upwards instead. */
const EDGE_PX = 8;

export function RowMenu({ label, tip, items }: RowMenuProps) {
  const [open, setOpen] = useState(false);
  const [upwards, setUpwards] = useState(false);
  /** which item takes focus once the menu is in the DOM */
  const initial = useRef<'first' | 'last'>('first');
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  const menuItems = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const focusAt = (i: number) => {
    const all = menuItems();
    if (all.length) all[(i + all.length) % all.length].focus();
  };
  const show = (which: 'first' | 'last') => {
    initial.current = which;
    if (open) focusAt(which === 'first' ? 0 : -1);
    else setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    setUpwards(false);
    if (refocus) button.current?.focus();
  };

  // placed and focused before the frame paints, so it never flashes below the window's edge
  useLayoutEffect(() => {
    if (!open || !menu.current || !button.current) return;
    const below = window.innerHeight - button.current.getBoundingClientRect().bottom;
    const needed = menu.current.offsetHeight + EDGE_PX;
    setUpwards(below < needed && button.current.getBoundingClientRect().top > needed);
    focusAt(initial.current === 'first' ? 0 : -1);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (ev: Event) => {
      if (!wrap.current?.contains(ev.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [open]);

  const onButtonKey = (ev: KeyboardEvent) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      show(ev.key === 'ArrowDown' ? 'first' : 'last');
      ev.preventDefault();
      ev.stopPropagation();
    } else if (ev.key === 'Escape' && open) {
      close(true);
      ev.preventDefault();
      ev.stopPropagation();
    }
  };

  const onMenuKey = (ev: KeyboardEvent) => {
    const all = menuItems();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const key = ev.key;
    if (key === 'ArrowDown') focusAt(at + 1);
    else if (key === 'ArrowUp') focusAt(at - 1);
    else if (key === 'Home' || key === 'PageUp') focusAt(0);
    else if (key === 'End' || key === 'PageDown') focusAt(-1);
    else if (key === 'Escape') close(true);
    else if (key === 'Tab') {
      close(false);
      return; // focus moves on as Tab says
    } else if (key.length === 1 && /\S/u.test(key) && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      const k = key.toLocaleLowerCase();
      for (let n = 1; n <= all.length; n++) {
        const i = (at + n) % all.length;
        if (all[i].textContent?.trim().toLocaleLowerCase().startsWith(k)) {
          all[i].focus();
          break;
        }
      }
    } else return;
    ev.preventDefault();
    ev.stopPropagation();
  };

  const onFocusOut = (ev: FocusEvent) => {
    const next = ev.relatedTarget as Node | null;
    // focus went elsewhere in the page (not to the window's frame, which gives no target)
    if (open && next && !wrap.current?.contains(next)) close(false);
  };

  const firstDanger = items.findIndex((i) => i.danger);
  return (
    <div class={open ? 'lib-menu open' : 'lib-menu'} ref={wrap} onFocusOut={onFocusOut}>
      <button
        ref={button}
        type="button"
        class="lib-menu-button"
        id={`${id}-button`}
        aria-label={label}
        title={tip}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(true) : show('first'))}
        onKeyDown={onButtonKey}
      >
        <MoreIcon />
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          class={upwards ? 'lib-menu-list upwards' : 'lib-menu-list'}
          onKeyDown={onMenuKey}
        >
          {items.map((item, i) => (
            <li key={item.id} role="none" class={i === firstDanger && i > 0 ? 'lib-menu-sep' : undefined}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-action={item.id}
                class={item.danger ? 'lib-menu-item danger' : 'lib-menu-item'}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

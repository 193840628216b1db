/**
 * The toolbar's icons: 20 px line drawings in the text colour, hidden from assistive technology
 * (every button carries its own name). Drawn here rather than taken from an icon font: nothing
 * is loaded from outside, and the shapes follow the theme and forced-colors mode.
 */
import type { JSX } from 'preact';

function Icon({ children }: { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg class="hb-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const CloseIcon = () => (
  <Icon>
    <path d="M6 6l12 12M18 6L6 18" />
  </Icon>
);

export const SaveIcon = ({ filled }: { filled: boolean }) => (
  <Icon>
    <path d="M6.5 3.5h11v17l-5.5-4-5.5 4z" class={filled ? 'hb-fill' : undefined} />
  </Icon>
);

/** A page with a side column: the sources and quotes panel. */
export const PanelIcon = () => (
  <Icon>
    <>
      <rect x="3.5" y="4.5" width="17" height="15" rx="1.5" />
      <path d="M14.5 4.5v15M16.5 8.5h2M16.5 11.5h2M16.5 14.5h2" />
    </>
  </Icon>
);

/** Lines running top to bottom, read right to left: vertical writing. */
export const VerticalIcon = () => (
  <Icon>
    <path d="M17 4v13M12.5 4v16M8 4v9M17 17l-1.8-1.8M17 17l1.8-1.8" />
  </Icon>
);

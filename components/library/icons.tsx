/**
 * The library's few icons: 16 px line drawings in the text colour, hidden from assistive
 * technology (each control carries its own name). Drawn here: nothing is loaded from outside,
 * and they follow light/dark and forced-colors mode.
 */
import type { ComponentChildren } from 'preact';

function Icon({ children, size = 16 }: { children: ComponentChildren; size?: number }) {
  return (
    <svg class="lib-icon" viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** Three dots in a row: "more actions". */
export const MoreIcon = () => (
  <Icon>
    <circle cx="3" cy="8" r="1.4" class="lib-icon-fill" />
    <circle cx="8" cy="8" r="1.4" class="lib-icon-fill" />
    <circle cx="13" cy="8" r="1.4" class="lib-icon-fill" />
  </Icon>
);

export const CheckIcon = () => (
  <Icon>
    <path d="M3 8.5l3.2 3L13 4.5" />
  </Icon>
);

/** A ring with a gap; the stylesheet turns it (unless reduced motion is asked for). */
export const SpinnerIcon = () => (
  <Icon>
    <path class="lib-spin" d="M8 2.2A5.8 5.8 0 1 1 2.2 8" />
  </Icon>
);

/** An arrow into a tray: export (download). */
export const ExportIcon = () => (
  <Icon>
    <path d="M8 2v8M4.8 6.8L8 10l3.2-3.2M2.5 11v2.5h11V11" />
  </Icon>
);

/** An arrow out of a tray: import (upload). */
export const ImportIcon = () => (
  <Icon>
    <path d="M8 10V2M4.8 5.2L8 2l3.2 3.2M2.5 11v2.5h11V11" />
  </Icon>
);

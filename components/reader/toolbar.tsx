/**
 * The view's slim bar (issue #14): close on the left; Save, "Aa" settings, the sources panel,
 * vertical writing and the "?" help on the right. Icon buttons, each with a name, a tooltip that
 * shows its key, and a state (pressed, expanded) where it has one. Every button is always there
 * (unavailable ones are marked so), so the bar never shifts; it stays one row at 400 px.
 */
import { strings, type UiLang } from '../../utils/reader/strings';
import { CloseIcon, PanelIcon, SaveIcon, VerticalIcon } from './icons';
import { SHORTCUTS } from './reader-keys';

export type Pop = 'settings' | 'help' | null;

interface Props {
  uiLang: UiLang;
  onClose?: () => void;
  onSave?: () => void;
  saveLabel?: string;
  pop: Pop;
  onPop: (p: Pop) => void;
  /** the panel exists for this article */
  hasPanel: boolean;
  panelOpen: boolean;
  onPanel: () => void;
  verticalOk: boolean;
  vertical: boolean;
  onVertical: () => void;
}

export function Toolbar(p: Props) {
  const t = strings(p.uiLang);
  const saved = p.saveLabel === t.saved;
  const saveName = p.saveLabel ?? t.save;
  const pops = (which: Exclude<Pop, null>) => ({
    'aria-expanded': p.pop === which,
    'aria-controls': `hb-pop-${which}`,
    onClick: () => p.onPop(p.pop === which ? null : which),
  });
  return (
    <header class="hb-bar">
      <div class="hb-bar-start">
        {p.onClose && (
          <button type="button" class="hb-btn hb-close" data-action="close" aria-label={t.close} title={t.tip(t.close, SHORTCUTS.close)} onClick={p.onClose}>
            <CloseIcon />
          </button>
        )}
      </div>
      <div class="hb-bar-end">
        {p.onSave && (
          <button type="button" class="hb-btn hb-save" data-action="save" aria-label={saveName} title={t.tip(saveName, SHORTCUTS.save)} onClick={p.onSave}>
            <SaveIcon filled={saved} />
          </button>
        )}
        <button type="button" class="hb-btn hb-aa" data-action="settings" aria-label={t.settings} title={t.tip(t.settings, SHORTCUTS.settings)} {...pops('settings')}>
          <span class="hb-aa-glyph" aria-hidden="true">
            Aa
          </span>
        </button>
        <button
          type="button"
          class="hb-btn"
          data-action="panel"
          aria-label={t.panel}
          title={t.tip(t.panel, SHORTCUTS.panel)}
          aria-expanded={p.hasPanel ? p.panelOpen : undefined}
          aria-controls={p.hasPanel ? 'hb-panel' : undefined}
          aria-disabled={!p.hasPanel || undefined}
          onClick={() => p.hasPanel && p.onPanel()}
        >
          <PanelIcon />
        </button>
        <button
          type="button"
          class="hb-btn"
          data-action="vertical"
          aria-label={p.verticalOk ? t.vertical : t.verticalUnavailable}
          title={t.tip(p.verticalOk ? t.vertical : t.verticalUnavailable, SHORTCUTS.vertical)}
          aria-pressed={p.verticalOk ? p.vertical : false}
          aria-disabled={!p.verticalOk || undefined}
          onClick={() => p.verticalOk && p.onVertical()}
        >
          <VerticalIcon />
        </button>
        <button type="button" class="hb-btn hb-help-btn" data-action="help" aria-label={t.help} title={t.tip(t.help, SHORTCUTS.help)} {...pops('help')}>
          <span aria-hidden="true">?</span>
        </button>
      </div>
      {p.saveLabel && (
        <span class="hb-sr" role="status">
          {p.saveLabel}
        </span>
      )}
    </header>
  );
}

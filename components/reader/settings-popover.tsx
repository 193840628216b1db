/**
 * The "Aa" popover (issue #14): theme swatches, the two faces each shown in its own face, − / +
 * steppers with their values for size, spacing and line length, and the vertical-writing and
 * furigana switches. Every change applies at once. Line length and spacing are the article
 * script's own (remembered per script). Plain elements and state, no Popover API: it works the
 * same in Firefox and inside the closed shadow root.
 */
import type { ComponentChildren } from 'preact';
import {
  fontStack,
  LIMITS,
  measureOf,
  supportsVertical,
  widthLimits,
  withMeasure,
  type FontFamily,
  type ReaderSettings,
  type Theme,
} from '../../utils/reader/settings';
import { strings, type UiLang } from '../../utils/reader/strings';

interface Props {
  id: string;
  settings: ReaderSettings;
  onChange: (s: ReaderSettings) => void;
  /** the article's language (measure per script, faces, vertical) */
  lang: string | null;
  hasRuby: boolean;
  uiLang: UiLang;
}

const THEMES: Theme[] = ['auto', 'light', 'sepia', 'dark'];
const FONTS: FontFamily[] = ['serif', 'sans'];

function Stepper(props: { label: string; value: string; less: string; more: string; onLess?: () => void; onMore?: () => void; name: string }) {
  return (
    <div class="hb-stepper" role="group" aria-label={props.label} data-setting={props.name}>
      <span class="hb-stepper-label" aria-hidden="true">
        {props.label}
      </span>
      <button type="button" class="hb-step" data-step="less" aria-label={`${props.label}: ${props.less}`} title={props.less} disabled={!props.onLess} onClick={props.onLess}>
        −
      </button>
      <output class="hb-step-value" aria-live="polite">
        {props.value}
      </output>
      <button type="button" class="hb-step" data-step="more" aria-label={`${props.label}: ${props.more}`} title={props.more} disabled={!props.onMore} onClick={props.onMore}>
        +
      </button>
    </div>
  );
}

function Switch(props: { label: ComponentChildren; checked: boolean; disabled?: boolean; onChange: (v: boolean) => void; name: string }) {
  return (
    <label class="hb-switch" data-setting={props.name}>
      <input type="checkbox" role="switch" checked={props.checked} disabled={props.disabled} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span>{props.label}</span>
    </label>
  );
}

/** Rounds away float noise (1.7000000000000002). */
const round1 = (n: number) => Math.round(n * 10) / 10;

export function SettingsPopover({ id, settings: s, onChange, lang, hasRuby, uiLang }: Props) {
  const t = strings(uiLang);
  const set = (patch: Partial<ReaderSettings>) => onChange({ ...s, ...patch });
  const m = measureOf(s, lang);
  const wl = widthLimits(m.script);
  const lh = LIMITS.lineHeight;
  const fs = LIMITS.fontSize;
  const size = (d: number) => () => set({ fontSize: Math.min(fs.max, Math.max(fs.min, s.fontSize + d * fs.step)) });
  const leading = (d: number) => () => onChange(withMeasure(s, lang, { lineHeight: round1(m.lineHeight + d * lh.step) }));
  const width = (d: number) => () => onChange(withMeasure(s, lang, { width: m.width + d * wl.step }));
  const themeNames: Record<Theme, string> = { auto: t.themeAuto, light: t.themeLight, sepia: t.themeSepia, dark: t.themeDark };
  const fontNames: Record<FontFamily, string> = { serif: t.fontSerif, sans: t.fontSans };
  const verticalOk = supportsVertical(lang);

  return (
    <div id={id} class="hb-pop hb-settings" role="dialog" aria-label={t.settings}>
      <fieldset class="hb-themes" data-setting="theme">
        <legend>{t.theme}</legend>
        {THEMES.map((th) => (
          <label key={th} class="hb-swatch" data-theme-swatch={th} title={themeNames[th]}>
            <input type="radio" name={`${id}-theme`} value={th} checked={s.theme === th} onChange={() => set({ theme: th })} aria-label={themeNames[th]} />
            <span class="hb-swatch-dot" aria-hidden="true" />
          </label>
        ))}
      </fieldset>
      <fieldset class="hb-fonts" data-setting="font">
        <legend>{t.font}</legend>
        {FONTS.map((f) => (
          <label key={f} class="hb-font-choice">
            <input type="radio" name={`${id}-font`} value={f} checked={s.font === f} onChange={() => set({ font: f })} />
            <span style={{ fontFamily: fontStack(f, lang) }}>{fontNames[f]}</span>
          </label>
        ))}
      </fieldset>
      <Stepper
        name="fontSize"
        label={t.fontSize}
        value={`${s.fontSize}px`}
        less={t.smaller}
        more={t.larger}
        onLess={s.fontSize > fs.min ? size(-1) : undefined}
        onMore={s.fontSize < fs.max ? size(1) : undefined}
      />
      <Stepper
        name="lineHeight"
        label={t.lineHeight}
        value={m.lineHeight.toFixed(m.lineHeight * 10 === Math.round(m.lineHeight * 10) ? 1 : 2)}
        less={t.smaller}
        more={t.larger}
        onLess={m.lineHeight > lh.min ? leading(-1) : undefined}
        onMore={m.lineHeight < lh.max ? leading(1) : undefined}
      />
      <Stepper
        name="width"
        label={t.width}
        value={t.widthValue(m.width)}
        less={t.smaller}
        more={t.larger}
        onLess={m.width > wl.min ? width(-1) : undefined}
        onMore={m.width < wl.max ? width(1) : undefined}
      />
      <div class="hb-switches">
        <Switch name="vertical" label={verticalOk ? t.vertical : t.verticalUnavailable} checked={s.vertical && verticalOk} disabled={!verticalOk} onChange={(v) => set({ vertical: v })} />
        {hasRuby && <Switch name="furigana" label={t.furigana} checked={s.furigana} onChange={(v) => set({ furigana: v })} />}
      </div>
    </div>
  );
}

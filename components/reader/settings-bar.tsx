/** The reading settings: native, labelled controls; every change applies at once. */
import { LIMITS, supportsVertical, type FontFamily, type ReaderSettings, type Theme } from '../../utils/reader/settings';
import { strings, type UiLang } from '../../utils/reader/strings';

interface Props {
  settings: ReaderSettings;
  onChange: (s: ReaderSettings) => void;
  lang: string | null;
  hasRuby: boolean;
  uiLang: UiLang;
}

const LINE_HEIGHTS = [1.4, 1.6, 1.8, 2.0, 2.2];
const WIDTHS = [28, 32, 36, 42, 48];

export function SettingsBar({ settings: s, onChange, lang, hasRuby, uiLang }: Props) {
  const t = strings(uiLang);
  const set = (patch: Partial<ReaderSettings>) => onChange({ ...s, ...patch });
  const step = (d: number) =>
    set({ fontSize: Math.min(LIMITS.fontSize.max, Math.max(LIMITS.fontSize.min, s.fontSize + d * LIMITS.fontSize.step)) });
  return (
    <div class="hb-settings" role="group" aria-label={t.settings}>
      <label>
        {t.theme}{' '}
        <select data-setting="theme" value={s.theme} onChange={(e) => set({ theme: e.currentTarget.value as Theme })}>
          <option value="auto">{t.themeAuto}</option>
          <option value="light">{t.themeLight}</option>
          <option value="sepia">{t.themeSepia}</option>
          <option value="dark">{t.themeDark}</option>
        </select>
      </label>
      <label>
        {t.font}{' '}
        <select data-setting="font" value={s.font} onChange={(e) => set({ font: e.currentTarget.value as FontFamily })}>
          <option value="serif">{t.fontSerif}</option>
          <option value="sans">{t.fontSans}</option>
        </select>
      </label>
      <span class="hb-size" role="group" aria-label={t.fontSize}>
        <button type="button" data-setting="smaller" aria-label={`${t.fontSize}: ${t.smaller}`} onClick={() => step(-1)}>
          A−
        </button>
        <output aria-live="polite">{s.fontSize}</output>
        <button type="button" data-setting="larger" aria-label={`${t.fontSize}: ${t.larger}`} onClick={() => step(1)}>
          A+
        </button>
      </span>
      <label>
        {t.lineHeight}{' '}
        <select
          data-setting="lineHeight"
          value={String(s.lineHeight)}
          onChange={(e) => set({ lineHeight: Number(e.currentTarget.value) })}
        >
          {withCurrent(LINE_HEIGHTS, s.lineHeight).map((v) => (
            <option key={v} value={String(v)}>
              {v.toFixed(1)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.width}{' '}
        <select data-setting="width" value={String(s.width)} onChange={(e) => set({ width: Number(e.currentTarget.value) })}>
          {withCurrent(WIDTHS, s.width).map((v) => (
            <option key={v} value={String(v)}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {supportsVertical(lang) && (
        <label>
          <input
            type="checkbox"
            data-setting="vertical"
            checked={s.vertical}
            onChange={(e) => set({ vertical: e.currentTarget.checked })}
          />{' '}
          {t.vertical}
        </label>
      )}
      {hasRuby && (
        <label>
          <input
            type="checkbox"
            data-setting="furigana"
            checked={s.furigana}
            onChange={(e) => set({ furigana: e.currentTarget.checked })}
          />{' '}
          {t.furigana}
        </label>
      )}
    </div>
  );
}

function withCurrent(values: number[], current: number): number[] {
  return values.includes(current) ? values : [...values, current].sort((a, b) => a - b);
}

/**
 * Reading settings of the clean view and their translation to CSS custom properties. Pure: the
 * same settings render the content script's view and the saved-article page alike.
 */

export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans';

export interface ReaderSettings {
  theme: Theme;
  font: FontFamily;
  /** body text size in CSS px */
  fontSize: number;
  /** unitless line-height */
  lineHeight: number;
  /** content measure in `em` (horizontal) — the line length */
  width: number;
  /** 縦書き for ja/zh articles */
  vertical: boolean;
  /** show ruby text (furigana) */
  furigana: boolean;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  theme: 'auto',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.8,
  width: 36,
  vertical: false,
  furigana: true,
};

export const LIMITS = {
  fontSize: { min: 12, max: 40, step: 1 },
  lineHeight: { min: 1.2, max: 2.6, step: 0.1 },
  width: { min: 20, max: 60, step: 2 },
} as const;

const THEMES: Theme[] = ['auto', 'light', 'sepia', 'dark'];

function clamp(n: unknown, min: number, max: number, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Settings read from storage may be old, partial or tampered with: coerce them to valid values. */
export function normaliseSettings(raw: unknown): ReaderSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  const d = DEFAULT_READER_SETTINGS;
  return {
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : d.theme,
    font: r.font === 'sans' || r.font === 'serif' ? r.font : d.font,
    fontSize: clamp(r.fontSize, LIMITS.fontSize.min, LIMITS.fontSize.max, d.fontSize),
    lineHeight: Math.round(clamp(r.lineHeight, LIMITS.lineHeight.min, LIMITS.lineHeight.max, d.lineHeight) * 10) / 10,
    width: clamp(r.width, LIMITS.width.min, LIMITS.width.max, d.width),
    vertical: typeof r.vertical === 'boolean' ? r.vertical : d.vertical,
    furigana: typeof r.furigana === 'boolean' ? r.furigana : d.furigana,
  };
}

export type Script = 'ja' | 'zh-Hans' | 'zh-Hant' | 'ko' | 'latin';

/** Which CJK glyph set a BCP 47 tag needs (ja, zh-Hans, zh-Hant and ko glyphs differ). */
export function scriptOf(lang: string | null | undefined): Script {
  const l = (lang ?? '').toLowerCase();
  if (l.startsWith('ja')) return 'ja';
  if (l.startsWith('ko')) return 'ko';
  if (l.startsWith('zh')) {
    // Traditional: explicit Hant, or the regions that write it by default.
    if (/hant|-tw\b|-hk\b|-mo\b/.test(l)) return 'zh-Hant';
    return 'zh-Hans';
  }
  return 'latin';
}

/** Vertical writing is offered for Japanese and Chinese (Korean is written horizontally today). */
export function supportsVertical(lang: string | null | undefined): boolean {
  const s = scriptOf(lang);
  return s === 'ja' || s === 'zh-Hans' || s === 'zh-Hant';
}

// Noto CJK first (Debian's fonts-noto-cjk, also on ChromeOS/Android), then each OS's own faces.
const FONT_STACKS: Record<Script, Record<FontFamily, string>> = {
  ja: {
    serif: '"Noto Serif CJK JP", "Noto Serif JP", "Hiragino Mincho ProN", "Yu Mincho", YuMincho, serif',
    sans: '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", YuGothic, Meiryo, sans-serif',
  },
  'zh-Hans': {
    serif: '"Noto Serif CJK SC", "Noto Serif SC", "Songti SC", SimSun, serif',
    sans: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  },
  'zh-Hant': {
    serif: '"Noto Serif CJK TC", "Noto Serif TC", "Songti TC", PMingLiU, serif',
    sans: '"Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
  },
  ko: {
    serif: '"Noto Serif CJK KR", "Noto Serif KR", AppleMyungjo, Batang, serif',
    sans: '"Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif',
  },
  latin: {
    serif: 'Charter, "Bitstream Charter", "Noto Serif", Georgia, "Times New Roman", serif',
    sans: 'system-ui, -apple-system, "Segoe UI", "Noto Sans", Roboto, Arial, sans-serif',
  },
};

export function fontStack(font: FontFamily, lang: string | null | undefined): string {
  return FONT_STACKS[scriptOf(lang)][font];
}

/** CSS custom properties for the view's root element (strings, ready for a style object). */
export function settingsToCssVars(s: ReaderSettings, lang: string | null | undefined): Record<string, string> {
  return {
    '--hb-font': fontStack(s.font, lang),
    '--hb-size': `${s.fontSize}px`,
    '--hb-leading': String(s.lineHeight),
    '--hb-measure': `${s.width}em`,
  };
}

/** The effective writing mode: vertical only when asked for and the language supports it. */
export function isVertical(s: ReaderSettings, lang: string | null | undefined): boolean {
  return s.vertical && supportsVertical(lang);
}

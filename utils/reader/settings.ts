/**
 * Reading settings of the clean view and their translation to CSS custom properties. Pure: the
 * same settings render the content script's view and the saved-article page alike.
 */

export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans';
export type Script = 'ja' | 'zh-Hans' | 'zh-Hant' | 'ko' | 'latin';
export const SCRIPTS: readonly Script[] = ['ja', 'zh-Hans', 'zh-Hant', 'ko', 'latin'];

/** The user's own measure for one script; unset fields take the script's default. */
export interface ScriptMeasure {
  /** characters per line (full-width characters for CJK) */
  width?: number;
  /** unitless line-height */
  lineHeight?: number;
}

export interface ReaderSettings {
  theme: Theme;
  font: FontFamily;
  /** body text size in CSS px */
  fontSize: number;
  /** line length and spacing chosen by the user, remembered per script (issue #14) */
  measures: Partial<Record<Script, ScriptMeasure>>;
  /** 縦書き for ja/zh articles */
  vertical: boolean;
  /** show ruby text (furigana) */
  furigana: boolean;
  /** the sources panel shown beside the article when there is room (else behind its button) */
  panel: boolean;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  theme: 'auto',
  font: 'serif',
  fontSize: 19,
  measures: {},
  vertical: false,
  furigana: true,
  panel: true,
};

/**
 * Each script's default measure, as typographers set it: 35–40 full-width characters a line
 * for Japanese and Chinese (JLREQ; Japanese books run 38–43, news columns fewer), Korean a
 * little shorter since its words are spaced; 60–70 characters at 1.5–1.6 for Latin scripts
 * (Bringhurst’s 45–75, 66 ideal; 68 set, since a line that breaks between words ends a few characters short). CJK needs more leading: its characters fill the em square.
 */
export const DEFAULT_MEASURES: Record<Script, Required<ScriptMeasure>> = {
  ja: { width: 38, lineHeight: 1.85 },
  'zh-Hans': { width: 38, lineHeight: 1.85 },
  'zh-Hant': { width: 38, lineHeight: 1.85 },
  ko: { width: 36, lineHeight: 1.75 },
  latin: { width: 68, lineHeight: 1.55 },
};

/**
 * Average advance of a Latin character, in em, for running text (lower case, spaces,
 * punctuation) in faces like Charter or Georgia: used until the view has measured the face the
 * browser actually uses (wide fallbacks such as DejaVu Serif run near 0.55).
 */
export const LATIN_EM_PER_CHAR = 0.46;

export const LIMITS = {
  fontSize: { min: 12, max: 40, step: 1 },
  lineHeight: { min: 1.2, max: 2.6, step: 0.1 },
  width: {
    cjk: { min: 16, max: 60, step: 2 },
    latin: { min: 30, max: 100, step: 4 },
  },
} as const;

const THEMES: Theme[] = ['auto', 'light', 'sepia', 'dark'];

function clamp(n: unknown, min: number, max: number, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

const isCjk = (s: Script) => s !== 'latin';
export const widthLimits = (s: Script) => (isCjk(s) ? LIMITS.width.cjk : LIMITS.width.latin);

function normaliseMeasure(raw: unknown, script: Script): ScriptMeasure | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const out: ScriptMeasure = {};
  const w = widthLimits(script);
  if (typeof r.width === 'number' && Number.isFinite(r.width)) out.width = Math.round(clamp(r.width, w.min, w.max, w.min));
  if (typeof r.lineHeight === 'number' && Number.isFinite(r.lineHeight)) {
    out.lineHeight = Math.round(clamp(r.lineHeight, LIMITS.lineHeight.min, LIMITS.lineHeight.max, 1.5) * 100) / 100;
  }
  return out.width === undefined && out.lineHeight === undefined ? undefined : out;
}

/** Settings read from storage may be old, partial or tampered with: coerce them to valid values. */
export function normaliseSettings(raw: unknown): ReaderSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  const d = DEFAULT_READER_SETTINGS;
  const measures: ReaderSettings['measures'] = {};
  const rm = r.measures && typeof r.measures === 'object' ? (r.measures as Record<string, unknown>) : {};
  for (const s of SCRIPTS) {
    const m = Object.prototype.hasOwnProperty.call(rm, s) ? normaliseMeasure(rm[s], s) : undefined;
    if (m) measures[s] = m;
  }
  return {
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : d.theme,
    font: r.font === 'sans' || r.font === 'serif' ? r.font : d.font,
    fontSize: clamp(r.fontSize, LIMITS.fontSize.min, LIMITS.fontSize.max, d.fontSize),
    measures,
    vertical: typeof r.vertical === 'boolean' ? r.vertical : d.vertical,
    furigana: typeof r.furigana === 'boolean' ? r.furigana : d.furigana,
    panel: typeof r.panel === 'boolean' ? r.panel : d.panel,
  };
}

/** The measure in force for an article: the user's for its script, else the script's default. */
export function measureOf(s: ReaderSettings, lang: string | null | undefined): Required<ScriptMeasure> & { script: Script } {
  const script = scriptOf(lang);
  const own = s.measures[script] ?? {};
  const d = DEFAULT_MEASURES[script];
  return { script, width: own.width ?? d.width, lineHeight: own.lineHeight ?? d.lineHeight };
}

/** The settings with the article's script's measure changed (other scripts keep theirs). */
export function withMeasure(s: ReaderSettings, lang: string | null | undefined, patch: ScriptMeasure): ReaderSettings {
  const script = scriptOf(lang);
  const next = normaliseMeasure({ ...s.measures[script], ...patch }, script);
  const measures = { ...s.measures };
  if (next) measures[script] = next;
  else delete measures[script];
  return { ...s, measures };
}

/**
 * The measure as a CSS length: em for full-width scripts; for Latin, characters times the
 * average advance of the face in use (measured by the view, see components/reader/latin-advance.ts),
 * else a typical one.
 */
export function measureCss(width: number, script: Script, latinEmPerChar = LATIN_EM_PER_CHAR): string {
  return isCjk(script) ? `${width}em` : `${Math.round(width * latinEmPerChar * 100) / 100}em`;
}

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
export function settingsToCssVars(s: ReaderSettings, lang: string | null | undefined, latinEmPerChar?: number): Record<string, string> {
  const m = measureOf(s, lang);
  return {
    '--hb-font': fontStack(s.font, lang),
    '--hb-size': `${s.fontSize}px`,
    '--hb-leading': String(m.lineHeight),
    '--hb-measure': measureCss(m.width, m.script, latinEmPerChar),
  };
}

/** The effective writing mode: vertical only when asked for and the language supports it. */
export function isVertical(s: ReaderSettings, lang: string | null | undefined): boolean {
  return s.vertical && supportsVertical(lang);
}

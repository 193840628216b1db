/**
 * The source & quote panel (issues #4, #10): who published the article, the sources it cites
 * (kind, mentions and the sentence each was found in), its photo credits and unnamed sources on
 * a line each, and its direct quotes grouped by speaker with the speaker's role. Every item with
 * a paragraph is a real button that calls onJump(paragraph); credits seen only under a picture
 * have none and are plain text. The panel's terms are explained in plain words at its end.
 *
 * Page text is rendered as JSX text children only, never as HTML. Saved and imported records
 * may hold anything: unknown kinds read as "other", missing lists as empty.
 *
 * In the clean view the analysis arrives after the article has painted (its own bundle): until
 * then the panel holds its place with its title and one quiet line (`state`), so the article
 * does not move when the lists fill in.
 */
import type { ComponentChildren } from 'preact';
import type { Quote, Source } from '../../utils/analysis/types';
import { kindLabel, panelStrings, type PanelLang } from './strings';

export interface SourcesPanelProps {
  sources: Source[];
  quotes: Quote[];
  anonymousSources: number;
  lang: PanelLang;
  onJump: (paragraph: number) => void;
  /** the article's language, so quoted words get their own marks (「」 for Japanese in an English UI) */
  contentLang?: string | null;
  /** the page's own publisher ("published by"), shown apart from the sources; optional (older records have none) */
  publisher?: string | null;
  /** the analysis is still loading, or could not be loaded: the title and one line instead of the lists */
  state?: 'loading' | 'failed';
}

export interface SpeakerGroup {
  speaker: string | null;
  role: string | null;
  quotes: Quote[];
}

/** Quotes grouped by speaker in order of the speaker's first quote; unattributed last. The role is the first one given. */
export function groupBySpeaker(quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string | null, SpeakerGroup>();
  for (const q of quotes) {
    const key = typeof q.speaker === 'string' ? q.speaker : null;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { speaker: key, role: null, quotes: [] }));
    g.quotes.push(q);
    if (!g.role && typeof q.role === 'string' && q.role) g.role = q.role;
  }
  const out = [...groups.values()];
  return [...out.filter((g) => g.speaker !== null), ...out.filter((g) => g.speaker === null)];
}

const firstParagraph = (s: Source): number | undefined => (Array.isArray(s.paragraphs) && Number.isInteger(s.paragraphs[0]) ? s.paragraphs[0] : undefined);

/** Cited sources, credits and unnamed sources, each shown once in its own place. */
export function splitSources(sources: Source[]): { cited: Source[]; credits: Source[]; anonymous: Source[] } {
  const list = Array.isArray(sources) ? sources.filter((s) => s && typeof s.name === 'string') : [];
  return {
    anonymous: list.filter((s) => s.kind === 'anonymous'),
    credits: list.filter((s) => s.kind !== 'anonymous' && s.credit === true),
    cited: list.filter((s) => s.kind !== 'anonymous' && s.credit !== true),
  };
}

export function SourcesPanel({ sources, quotes, anonymousSources, lang, onJump, contentLang, publisher, state }: SourcesPanelProps) {
  const t = panelStrings(lang);
  if (state) {
    return (
      <section class="hb-sp" aria-labelledby="hb-sp-title" lang={lang} aria-busy={state === 'loading' ? 'true' : undefined} data-state={state}>
        <h2 id="hb-sp-title">{t.title}</h2>
        <p class={`hb-sp-empty hb-sp-${state}`}>{state === 'loading' ? t.loading : t.failed}</p>
      </section>
    );
  }
  const { cited, credits, anonymous } = splitSources(sources);
  const quoteList = Array.isArray(quotes) ? quotes.filter((q) => q && typeof q.text === 'string') : [];
  const empty = cited.length + credits.length + anonymous.length === 0 && quoteList.length === 0 && !anonymousSources;
  const jumpButton = (paragraph: number | undefined, children: ComponentChildren, cls?: string) =>
    paragraph === undefined ? (
      <span class={`hb-sp-static${cls ? ' ' + cls : ''}`}>{children}</span>
    ) : (
      <button type="button" class={cls} title={t.jump(paragraph)} onClick={() => onJump(paragraph)}>
        {children}
      </button>
    );
  return (
    <section class="hb-sp" aria-labelledby="hb-sp-title" lang={lang}>
      <h2 id="hb-sp-title">{t.title}</h2>
      {publisher && (
        <p class="hb-sp-publisher">
          <span class="hb-sp-label">{t.publishedBy}</span> <span class="hb-sp-name">{publisher}</span>
        </p>
      )}
      {empty ? (
        <p class="hb-sp-empty" role="status">
          {t.empty}
        </p>
      ) : (
        <>
          <h3>{t.sources}</h3>
          {cited.length === 0 ? (
            <p class="hb-sp-empty">{t.noSources}</p>
          ) : (
            <ul class="hb-sp-sources">
              {cited.map((s, i) => (
                <li key={`${s.name}-${i}`} data-kind={String(s.kind)}>
                  {jumpButton(
                    firstParagraph(s),
                    <>
                      <span class="hb-sp-name">{s.name}</span>
                      <span class="hb-sp-meta">
                        {kindLabel(s.kind, lang)} · {t.mentions(Number(s.mentions) || 1)}
                      </span>
                      {typeof s.sentence === 'string' && s.sentence && (
                        <span class="hb-sp-sentence" lang={contentLang ?? undefined}>
                          {s.sentence}
                        </span>
                      )}
                    </>,
                  )}
                </li>
              ))}
            </ul>
          )}
          {anonymous.length > 0 ? (
            <p class="hb-sp-anon">
              <span class="hb-sp-label">{t.anonymousLabel}</span>{' '}
              {anonymous.map((s, i) => (
                <span key={`${s.name}-${i}`} class="hb-sp-inline">
                  {jumpButton(firstParagraph(s), <span lang={contentLang ?? undefined}>{s.name}</span>, 'hb-sp-chip')}
                </span>
              ))}
            </p>
          ) : (
            anonymousSources > 0 && <p class="hb-sp-anon">{t.anonymous(anonymousSources)}</p>
          )}
          {credits.length > 0 && (
            <p class="hb-sp-credits">
              <span class="hb-sp-label">{t.credits}</span>{' '}
              {credits.map((s, i) => (
                <span key={`${s.name}-${i}`} class="hb-sp-inline" title={typeof s.sentence === 'string' ? s.sentence : undefined}>
                  {jumpButton(firstParagraph(s), <span lang={contentLang ?? undefined}>{s.name}</span>, 'hb-sp-chip')}
                </span>
              ))}
            </p>
          )}
          <h3>{t.quotes}</h3>
          {quoteList.length === 0 ? (
            <p class="hb-sp-empty">{t.noQuotes}</p>
          ) : (
            <ul class="hb-sp-quotes">
              {groupBySpeaker(quoteList).map((g, gi) => (
                <li key={`${g.speaker ?? ''}-${gi}`}>
                  <p class="hb-sp-speaker">
                    <span lang={contentLang ?? undefined}>{g.speaker ?? t.unknownSpeaker}</span>
                    {g.role && (
                      <span class="hb-sp-role" lang={contentLang ?? undefined}>
                        {g.role}
                      </span>
                    )}
                  </p>
                  <ul>
                    {g.quotes.map((q, qi) => (
                      <li key={qi}>
                        {jumpButton(
                          Number.isInteger(q.paragraph) ? q.paragraph : undefined,
                          <>
                            <span class="hb-sp-quote">
                              <q lang={contentLang ?? undefined}>{q.text}</q>
                            </span>
                            {typeof q.via === 'string' && q.via && <span class="hb-sp-via">{t.via(q.via)}</span>}
                          </>,
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <details class="hb-sp-terms">
        <summary>{t.termsTitle}</summary>
        <dl>
          {t.terms.map((x) => (
            <div key={x.term}>
              <dt>{x.term}</dt>
              <dd>{x.meaning}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

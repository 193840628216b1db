/**
 * The source & quote panel (issue #4): the sources an article cites (kind, mention count) and
 * its direct quotes grouped by speaker. Every item with a paragraph is a real button that
 * calls onJump(paragraph); sources seen only in a caption or credit have no paragraph and are
 * plain text. Page text is rendered as JSX text children only, never as HTML.
 */
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
}

export interface SpeakerGroup {
  speaker: string | null;
  quotes: Quote[];
}

/** Quotes grouped by speaker in order of the speaker's first quote; unattributed last. */
export function groupBySpeaker(quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string | null, Quote[]>();
  for (const q of quotes) {
    const list = groups.get(q.speaker) ?? [];
    list.push(q);
    groups.set(q.speaker, list);
  }
  const out = [...groups.entries()].map(([speaker, qs]) => ({ speaker, quotes: qs }));
  return [...out.filter((g) => g.speaker !== null), ...out.filter((g) => g.speaker === null)];
}

export function SourcesPanel({ sources, quotes, anonymousSources, lang, onJump, contentLang }: SourcesPanelProps) {
  const t = panelStrings(lang);
  const empty = sources.length === 0 && quotes.length === 0;
  return (
    <section class="hb-sp" aria-labelledby="hb-sp-title" lang={lang}>
      <h2 id="hb-sp-title">{t.title}</h2>
      {empty ? (
        <p class="hb-sp-empty" role="status">
          {t.empty}
        </p>
      ) : (
        <>
          <h3>{t.sources}</h3>
          {sources.length === 0 ? (
            <p class="hb-sp-empty">{t.noSources}</p>
          ) : (
            <ul class="hb-sp-sources">
              {sources.map((s, i) => {
                const first = s.paragraphs[0];
                const label = (
                  <>
                    <span class="hb-sp-name">{s.name}</span>
                    <span class="hb-sp-meta">
                      {kindLabel(s.kind, lang)} · {t.mentions(s.mentions)}
                      {first === undefined ? ` · ${t.creditOnly}` : ''}
                    </span>
                  </>
                );
                return (
                  <li key={`${s.name}-${i}`} data-kind={s.kind}>
                    {first === undefined ? (
                      <span class="hb-sp-static">{label}</span>
                    ) : (
                      <button type="button" title={t.jump(first)} onClick={() => onJump(first)}>
                        {label}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {anonymousSources > 0 && <p class="hb-sp-anon">{t.anonymous(anonymousSources)}</p>}
          <h3>{t.quotes}</h3>
          {quotes.length === 0 ? (
            <p class="hb-sp-empty">{t.noQuotes}</p>
          ) : (
            <ul class="hb-sp-quotes">
              {groupBySpeaker(quotes).map((g, gi) => (
                <li key={`${g.speaker ?? ''}-${gi}`}>
                  <p class="hb-sp-speaker">{g.speaker ?? t.unknownSpeaker}</p>
                  <ul>
                    {g.quotes.map((q, qi) => (
                      <li key={qi}>
                        <button type="button" title={t.jump(q.paragraph)} onClick={() => onJump(q.paragraph)}>
                          <span class="hb-sp-quote">
                            <q lang={contentLang ?? undefined}>{q.text}</q>
                          </span>
                          {q.via && <span class="hb-sp-via">{t.via(q.via)}</span>}
                        </button>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The line rules (LINE_NOTICE_RULES, post phase) take whole lines, never a phrase out of a
 * sentence: an inline element (strong, span, em …) counts as a line only when nothing else is
 * written beside it up to the nearest block or <br>. Shapes from trafilatura-dev: appen's
 * "<strong>Follow us</strong> to stay up to date" (labelled `with`), a contact box's phone and fax
 * lines set in strongs between <br>s (parcoabruzzo), a follow prompt in a strong between paragraphs.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutter } from '../../../utils/extract/declutter';

const STORY =
  '<p>La ciudad abrió este sábado un nuevo parque de cuatro hectáreas junto al río, con senderos, zonas de juego y un anfiteatro al aire libre.</p>';

function run(html: string): { left: string; rules: string[] } {
  const doc = new JSDOM(`<!DOCTYPE html><body><div id="root">${STORY}${html}${STORY}</div></body>`).window.document;
  const root = doc.getElementById('root')!;
  const removals = declutter(root, { phase: 'post', title: null, lang: null });
  return { left: (root.textContent ?? '').replace(/\s+/g, ' '), rules: removals.map((r) => r.rule) };
}

describe('line rules and running text', () => {
  it('keeps a phone number set in bold inside a story sentence', () => {
    const { left, rules } = run(
      '<p>Die Polizei bittet um Hinweise unter <strong>Tel. 0863/91131</strong> oder bei jeder anderen Dienststelle in der Stadt.</p>',
    );
    expect(rules).not.toContain('contact-details-line');
    expect(left).toContain('Hinweise unter Tel. 0863/91131 oder bei jeder');
  });

  it('keeps a bold "Follow us on …" that opens a longer sentence, nested in a link', () => {
    const { left, rules } = run(
      '<p><a href="/x"><strong>Folge uns auf Instagram</strong></a>: Dort zeigen wir jeden Tag neue Bilder vom Park und seinen Besuchern.</p>',
    );
    expect(rules).not.toContain('follow-prompt-line');
    expect(left).toContain('Folge uns auf Instagram: Dort zeigen');
  });

  it('still takes lines set apart by <br> inside one paragraph', () => {
    const { left, rules } = run('<p><strong>Tel. 0863/91131</strong><br><strong>Fax 0863/912132</strong><br>Via del Castello 2</p>');
    expect(rules.filter((r) => r === 'contact-details-line')).toHaveLength(2);
    expect(left).not.toContain('0863/91131');
    expect(left).toContain('Via del Castello 2');
  });

  it('still takes an inline line standing alone between paragraphs', () => {
    const { left, rules } = run('<strong>Folge uns auf Instagram!</strong>');
    expect(rules).toContain('follow-prompt-line');
    expect(left).not.toContain('Instagram');
  });
});

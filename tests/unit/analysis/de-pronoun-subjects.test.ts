/**
 * German „…“, sagte er: "er" is the person the paragraph introduced as a sentence's subject before the
 * quote ("Tobias Lindner, Sprecher der Grünen, nennt …"; "Der Hamburger Datenschutzbeauftragte Johannes
 * Caspar erklärt, …"), not whoever spoke in an earlier paragraph. Seen on the round-13 tune page
 * tf-de-tagesschau-rheinmetall (made-up sentences here).
 */
import { describe, expect, it } from 'vitest';
import { run, speakers } from '../../helpers/analysis-run';

describe('German "er" after a quote', () => {
  it('is the person the paragraph names as a subject before the quote', () => {
    const r = run(
      [
        'Der Konzern sei von einem Datenabgriff betroffen gewesen, "Lieferscheine sowie etwaige Begleitdokumente aus lokaler Warenanlieferung", so ein Sprecher.',
        'Karl Brenner, sicherheitspolitischer Sprecher der Grünen, nennt den Vorfall ernst. Er fordert Transparenz. "Der Konzern muss sicherstellen, dass alle Kunden informiert werden", sagte er.',
        'Der Hamburger Datenschutzbeauftragte Jonas Weidner erklärt, dass die Frist kurz ist. "Die Meldung muss innerhalb von 72 Stunden erfolgen", sagte er.',
      ],
      'de',
    );
    expect(speakers(r)).toEqual(['ein Sprecher', 'Karl Brenner', 'Jonas Weidner']);
  });

  it('takes no noun phrase for a person ("Interne Unterlagen des Konzerns", "Die Bundeswehr")', () => {
    const r = run(['Interne Unterlagen des Konzerns sind im Netz aufgetaucht. Die Bundeswehr und andere Armeen nutzen die Fahrzeuge. "Das ist ein Fall, der uns alle betrifft", sagte er.'], 'de');
    expect(speakers(r)).toEqual([null]);
  });
});

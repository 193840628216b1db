/**
 * Issue #10, round 15: English speakers named wrongly on the tune pages, by structure, each on a
 * short made-up article (no text from the labelled pages). Each test failed on the round-14 rules
 * unless marked as a guard.
 */
import { describe, expect, it } from 'vitest';
import { run, speakers } from '../../helpers/analysis-run';

const Q1 = '“We ask you to let our volunteers run the clinic this winter,”';
const Q2 = '“The shelter has no heating and the children are cold,”';

describe('English: a plural description speaks for the group the article says they form', () => {
  it('"the nurses, members of a new group Nurses for Safe Shelters" → "the nurses said" is the group', () => {
    const r = run(
      [
        'The nurses, members of a newly formed group Nurses for Safe Shelters, have offered to run a clinic at the site.',
        `${Q1} the nurses said in the letter.`,
      ],
      'en',
    );
    expect(speakers(r)).toEqual(['Nurses for Safe Shelters']);
  });

  it('"a group of midwives" ties another plural to the one named group; "the letter signed by six midwives" too', () => {
    const r = run(
      [
        'A group of midwives is urging the city to reopen the ward.',
        'The nurses, members of a newly formed group Nurses for Safe Shelters, wrote to the mayor.',
        `${Q1} the midwives stated.`,
        `${Q2} says the letter signed by six midwives.`,
      ],
      'en',
    );
    expect(speakers(r)).toEqual(['Nurses for Safe Shelters', 'Nurses for Safe Shelters']);
  });

  it('"Parents First, a coalition of teachers and parents" → "the parents said"', () => {
    const r = run(['Parents First, a coalition of teachers and parents, met on Monday.', `${Q2} the parents said.`], 'en');
    expect(speakers(r)).toEqual(['Parents First']);
  });

  it('guard: two groups named, "the nurses said" is neither (no guess)', () => {
    const r = run(
      [
        'The nurses, members of a group Nurses for Safe Shelters, joined doctors who are members of the campaign Care Not Cages.',
        `${Q1} the nurses said.`,
      ],
      'en',
    );
    expect(speakers(r)).not.toContain('Nurses for Safe Shelters');
    expect(speakers(r)).not.toContain('Care Not Cages');
  });

  it('guard: a plural the article never ties to the group ("the protesters") is not the group', () => {
    const r = run(
      ['The nurses, members of a group Nurses for Safe Shelters, offered help.', 'Protesters gathered outside.', `${Q2} the protesters said.`],
      'en',
    );
    expect(speakers(r)).not.toContain('Nurses for Safe Shelters');
  });
});

describe('English: after a comma the reporting verb is inverted, its subject follows it', () => {
  it('"…, says Dana Reyes, who called it “…”": the person after the verb, not the clause before', () => {
    const r = run(['Winter shelters are running out of beds across the valley, says Dana Reyes, who called it “a very long and painful season for families”.'], 'en');
    expect(speakers(r)).toEqual(['Dana Reyes']);
  });

  it('"…, says a report highlighting the “…”": the quote is kept, unattributed (a report with no issuer named)', () => {
    const r = run(['Thousands of cleaners are treated as second-class workers on short contracts, says a report highlighting the “steady rise of insecure work in the sector”.'], 'en');
    expect(r.quotes.map((q) => q.text)).toEqual(['steady rise of insecure work in the sector']);
    expect(speakers(r)).toEqual([null]);
  });

  it('guard: a subject before the verb after an earlier comma ("On Monday, Dana Reyes said …") is unchanged', () => {
    const r = run(['On Monday, Dana Reyes said the shelters faced “a very long and painful season for families”.'], 'en');
    expect(speakers(r)).toEqual(['Dana Reyes']);
  });
});

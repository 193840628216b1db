/**
 * Issue #10, round 4: precision over guessing. Where the evidence for a speaker is weak, the quote
 * is "unattributed" rather than given a name that may be wrong. Each case is a short made-up
 * article (not text from the labelled pages); every test fails on the round-3 rules.
 */
import { describe, expect, it } from 'vitest';
import { run, pairs } from '../../helpers/analysis-run';

describe('pronouns with two fitting people', () => {
  // (round 16: the unnamed spokesperson opens the sentence just before "he said", so the quote is
  // theirs, as the labels have it for this shape (tf-en-guardian-academics); it is still not Holt)
  it('does not give "he said" to the last named speaker when someone else has reported since', () => {
    const r = run(
      [
        '“We will build the new bridge before the winter comes,” said Mary Holt, the county engineer.',
        'Holt has led the project since 2019.',
        'But a spokesperson for the Riverside Residents Association said its members had not been consulted.',
        '“Nobody asked the people who live next to the river what they wanted,” he said.',
        '“We learned about the plans from the local paper last week.”',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([
      ['Mary Holt', 'We will build the new bridge before the winter comes,'],
      ['a spokesperson for the Riverside Residents Association', 'Nobody asked the people who live next to the river what they wanted,'],
      ['a spokesperson for the Riverside Residents Association', 'We learned about the plans from the local paper last week.'],
    ]);
  });

  // (round 16: the sentence just before the pronoun opens, after its leading clause, with Green, so
  // "he says" is Green's, as it was without the clause; round 4 read past the clause and left it
  // unattributed. Either way it is not Fisher, the last speaker)
  it('does not give "he says" to the last speaker when another named person reported in between', () => {
    const r = run(
      [
        '“The market for cloud games is still very young,” says Tom Fisher, who runs the service.',
        '“Players will wait a few years before they switch,” says Anna Green, a studio director.',
        '“Our network is the largest in the world by far,” Fisher says.',
        'While rivals are cautious, Green says there is room for a second service. “We want our games on every screen we can reach,” he says.',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([
      ['Tom Fisher', 'The market for cloud games is still very young,'],
      ['Anna Green', 'Players will wait a few years before they switch,'],
      ['Tom Fisher', 'Our network is the largest in the world by far,'],
      ['Anna Green', 'We want our games on every screen we can reach,'],
    ]);
  });

  it('leaves "he said" unattributed when another person, named in full, was a clause subject since', () => {
    const r = run(
      [
        '“We need a second launch pad before the end of the decade,” said Tom Young, a former engineer.',
        'At a hearing last month, Rep. Robert Aderholt (R-AL), the ranking member of the panel, pushed for more money for the rocket.',
        '“I understand there is a growing confidence among the contractors,” he said.',
      ],
      'en',
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Tom Young', null]);
  });

  it('keeps "he said" when the only people named since are objects, not reporters', () => {
    const r = run(
      [
        'Daniel Reyes, a teacher at Lincoln High School, said lawmakers have ignored schools.',
        'Reyes criticised Governor Adams and asked about Adams’s budget.',
        '“They never visit a classroom before they vote on our pay,” he said.',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([['Daniel Reyes', 'They never visit a classroom before they vote on our pay,']]);
  });
});

describe('speakers that can name no one', () => {
  it('does not reach past a reporter who cannot be named to someone named earlier', () => {
    const r = run(
      [
        'Ahmed Karimi runs the town council.',
        'A local trader who feared reprisals and asked not to be named said the market had closed.',
        '“Nobody will open a stall here until the soldiers leave the town,” he said.',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([[null, 'Nobody will open a stall here until the soldiers leave the town,']]);
  });

  it('reads the subject after the verb ("…, said Maria E. Lopez") as the one a later "she" points to', () => {
    const r = run(
      [
        'Jonas Berg, the trade minister, defended the tariffs.',
        'Car parts have become dearer, too, said Maria E. Lopez, an economist at the state university. “About a third of all parts now come from abroad,” she said.',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([['Maria E. Lopez', 'About a third of all parts now come from abroad,']]);
  });

  it('reads "as noted by registered dietitian Trista Best" as the one a later "she" points to', () => {
    const r = run(
      [
        'Healthline lists the vitamins most adults lack.',
        'Most people eat too little fibre, as noted by registered dietitian Trista Best. “You will be more nourished when you take in nutrients from other sources than food,” she said.',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([['Trista Best', 'You will be more nourished when you take in nutrients from other sources than food,']]);
  });

  it('takes no participle opening a sentence as a first name ("Hosting Cook on stage")', () => {
    const r = run(
      [
        'Tim Cook spoke at the conference on Tuesday.',
        'Hosting Cook on stage, Marc Benioff praised the company. Customers “began to ask for this and that every single day,” Cook told the audience.',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([['Tim Cook', 'began to ask for this and that every single day,']]);
  });

  it('drops the channel from the name ("Fadem in a Tuesday research report said")', () => {
    const r = run(['“Sales fell in every region that we track this year,” Fadem in a Tuesday research report said. Zachary Fadem covers retail.'], 'en');
    expect(pairs(r)).toEqual([['Zachary Fadem', 'Sales fell in every region that we track this year,']]);
  });

  // (a regression check for the short-clause rule above: it passes on round 3 and failed on its first version)
  it('takes no capitalised first word of a sentence as a subject ("The students were told")', () => {
    const r = run(
      [
        'Fraser Amos, a final-year student, is helping to organise a rent strike.',
        'Around 1,700 students were tested. The students were told to stay in their rooms for two weeks.',
        '“Universities are putting rents and revenues above the lives of students,” he says.',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([['Fraser Amos', 'Universities are putting rents and revenues above the lives of students,']]);
  });

  it('keeps a possessive body out of the name ("said NASA’s Steve Clarke")', () => {
    const r = run(['“Buying rides to the Moon is the cheapest way to do science there,” said NASA’s Steve Clarke.'], 'en');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Steve Clarke']);
  });

  it('reads the subject after a leading clause ("When …, Holt realized") as the one "she" points to', () => {
    const r = run(
      [
        '“It was a hard film to make,” said Charlie Dowd, who directed it. Mary Holt starred in it.',
        'When the music did not go away, Holt realized that she had to learn an instrument. “I called a very talented friend of mine and asked for lessons,” she said.',
      ],
      'en',
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Charlie Dowd', 'Mary Holt']);
  });

  it('never resolves "he" or "she" to an acronym', () => {
    const r = run(['NASA announced the new rocket on Monday.', '“While I share the frustration with the delays, switching horses midstream is not a wise move,” he continued.'], 'en');
    expect(r.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('never names a company suffix, a lone function word or a day as the speaker', () => {
    // (round 13: the company suffix's comma no longer ends the appositive, so the name before it speaks)
    const r = run(['Steve Menet, Senior Vice President of Sales for Acme, Inc., says: “Effective alarm management continues to be a high focus for hospitals.”'], 'en');
    expect(r.quotes.map((q) => [q.speaker, q.role])).toEqual([['Steve Menet', 'Senior Vice President of Sales for Acme']]);
  });

  it('never names a phrase that opens with an adverb ("then for some reason …") or a lone "One"', () => {
    const a = run(['“It is probably best if we split up and search the house,” then for some reason the guard said.'], 'en');
    const b = run(['One of the staff members was there.', '“The government looked to universities to sort out the mess,” One said.'], 'en');
    expect([...a.quotes, ...b.quotes].map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('descriptions and clauses', () => {
  it('lets "the 48-year-old" point only to this paragraph or the last speaker, never further back', () => {
    const r = run(
      [
        'Maria Gomez has agreed to replace Peter Lang as the club’s coach.',
        'Lang was dismissed last night after five years in charge.',
        'Talks with Gomez’s agents went on into Tuesday night.',
        'The 48-year-old said after the announcement: “I am proud to be joining a club with such a long history and such loyal fans.”',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([[null, 'I am proud to be joining a club with such a long history and such loyal fans.']]);
  });

  it('does not continue the last speaker into a paragraph that opens with someone else', () => {
    const r = run(
      [
        '“Rents are far too high for students in this city,” said Fraser Amos, a student leader.',
        'Dan (not his real name), a 19-year-old first-year student, has just returned home. “I was living in a flat with five other students who were very different from me.”',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([
      ['Fraser Amos', 'Rents are far too high for students in this city,'],
      [null, 'I was living in a flat with five other students who were very different from me.'],
    ]);
  });

  it('reads the subject of a free relative ("in what host Tom Price described as")', () => {
    const r = run(['Anna Kim was voted off the show in what host Tom Price described as the “hardest verdict of the whole season so far.”'], 'en');
    expect(pairs(r)).toEqual([['Tom Price', 'hardest verdict of the whole season so far.']]);
  });
});

describe('the last speaker, when someone else has been named since (Japanese, Chinese)', () => {
  it('leaves a Japanese quote with no topic unattributed rather than give it to an earlier speaker', () => {
    const r = run(['山田太郎氏は「今年は厳しい一年になる見込みだ」と述べた。', '一方、鈴木花子社長は新工場の建設を発表した。', '「来年には黒字に戻せるだろう」と述べた。'], 'ja');
    expect(pairs(r)).toEqual([
      ['山田太郎', '今年は厳しい一年になる見込みだ'],
      [null, '来年には黒字に戻せるだろう'],
    ]);
  });

  it('does not continue a Chinese speaker past another person who spoke since', () => {
    const r = run(['张伟说：“今年的市场形势非常严峻，我们必须做好准备。”', '李娜表示，公司将在明年扩大生产规模。', '“我们有信心在明年实现盈利，并继续招聘员工。”'], 'zh');
    expect(r.quotes.map((q) => q.speaker)).not.toContain(null);
    expect(pairs(r)).toEqual([['张伟', '今年的市场形势非常严峻，我们必须做好准备。']]);
  });
});

describe('Chinese speaker phrases', () => {
  it('takes "according to" (据) out of the speaker: 据李四透露的，“…”', () => {
    const r = run(['据李四透露的，“这个项目今年年底一定会顺利完成。”'], 'zh');
    expect(pairs(r)).toEqual([['李四', '这个项目今年年底一定会顺利完成。']]);
  });
});

describe('a rejected speaker is no handover', () => {
  it('leaves the quote after a fragment speaker unattributed, not given to the speaker before', () => {
    const r = run(
      [
        '“The new gate will be finished before the harvest festival,” said Mary Holt, the county engineer.',
        '“Nobody will find anything in those boxes at the depot,” then for some reason the guard said. “The keys were lost a long time ago.”',
      ],
      'en',
    );
    expect(pairs(r)).toEqual([
      ['Mary Holt', 'The new gate will be finished before the harvest festival,'],
      [null, 'Nobody will find anything in those boxes at the depot,'],
      [null, 'The keys were lost a long time ago.'],
    ]);
  });
});

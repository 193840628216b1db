/**
 * English press-release shapes: "Name, Title Company, says: “…”" and "Name, Senior Vice President of
 * Sales for Company, Inc., says: “…”". A capitalised title between commas was read as the speaker
 * ("Ascom North America") and a company suffix's comma ended the appositive; a comma before a
 * title ended nothing, so "the Argus Leader of Sioux Falls, Gov. Kristi Noem" made a role of the
 * newspaper. Seen on the round-13 tune pages sh-en-ascom-draeger-release and sh-en-nj-meth-slogan
 * (made-up sentences here).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/analysis-run';

const who = (blocks: string[]) => run(blocks, 'en').quotes.map((q) => [q.speaker, q.role]);

describe('title appositives', () => {
  it('the name before a capitalised title speaks, with the title as role', () => {
    expect(who(['Rob Goldman, President Acme North America, says: “By working with Brightline, Acme can help hospitals do more.”'])).toEqual([
      ['Rob Goldman', 'President Acme North America'],
    ]);
  });

  it('a company suffix keeps its comma inside the role', () => {
    expect(who(['“Effective alarm management continues to be a high focus for hospitals,” said Dana Holt, Senior Vice President of Sales for Brightline, Inc.'])).toEqual([
      ['Dana Holt', 'Senior Vice President of Sales for Brightline'],
    ]);
  });

  it('a comma before a title ends the role', () => {
    expect(who(['According to a report in the Herald of Sioux Falls, Gov. Kristi Noem launched the campaign.', '“The whole point of this campaign is to raise awareness,” Noem said.'])).toEqual([
      ['Kristi Noem', 'Governor'],
    ]);
  });
});

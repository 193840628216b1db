/**
 * Abbreviations after which Intl.Segmenter wrongly ends an English sentence ("Mr. ||Smith",
 * "Gen. ||Lee", "St. ||Paul": measured with Node 20's ICU 78). Titles and months of wire copy.
 */
export const SENTENCE_ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr Prof Sr Jr St Mt Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Gov Sen Rep Rev Hon Pres Supt Insp Det Atty ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos vs etc Inc Corp Co Ltd Bros Ave Blvd Rd Ft Dept Univ approx'
  ).split(' '),
);

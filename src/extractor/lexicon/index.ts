// The extractor's data half: the indicator lexicon, the locality gazetteer and their matchers.
// Both matchers take the text normalised and lowercased (NFC, canonical tones, Ð → đ, plain spaces) and return
// offsets into that string. To scan once, pass the same scanTokens(lower) to both. Tries are built on first use.
export { INDICATORS, type IndicatorEntry, type IndicatorGroup } from './indicators.ts';
export {
  findIndicatorMentions,
  indicatorById,
  indicatorForUnit,
  lexiconPhrases,
  percentVariantOf,
  type IndicatorMention,
  type LexiconPhrase,
} from './match-indicators.ts';
export {
  PROVINCES,
  type CommuneType,
  type DistrictType,
  type LocalityLevel,
  type ProvinceRecord,
  type ProvinceType,
  type UnitType,
} from './localities.ts';
export {
  LOCALITY_UNITS,
  compareLevel,
  districtsOn,
  levelRank,
  provinceOf,
  provincesOn,
  successorOf,
  unitsByCanonical,
  unitsNamed,
  type LocalityUnit,
} from './gazetteer.ts';
export { findLocalityMentions, type LocalityCandidate, type LocalityMention } from './match-localities.ts';
export { canonicalTones, normaliseKey, scanTokens, streamFor, type TokenStream } from './tokenize.ts';

// Country names (English and Spanish, as lists and screening inputs write them) to ISO 3166-1
// alpha-2 codes, through i18n-iso-countries plus the spellings OFAC uses that it lacks.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { foldName } from '../../names/normalize.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/es.json'));

// OFAC's spellings and regions that are not names of an ISO country in the package.
const EXTRA: Record<string, string> = {
  syria: 'SY', burma: 'MM', 'korea north': 'KP', 'korea south': 'KR', laos: 'LA', moldova: 'MD', macau: 'MO',
  'west bank': 'PS', gaza: 'PS', palestinian: 'PS', 'congo democratic republic of the': 'CD',
  'congo republic of the': 'CG', 'cote d ivoire': 'CI', 'bahamas the': 'BS', 'gambia the': 'GM',
  'netherlands antilles': 'CW', 'region crimea': 'UA', crimea: 'UA', 'region kherson': 'UA', 'region zaporizhzhia': 'UA',
  'region donetsk': 'UA', 'region luhansk': 'UA', 'russian federation': 'RU', 'iran islamic republic of': 'IR',
  'united states': 'US', usa: 'US', 'u s a': 'US', 'estados unidos': 'US', eeuu: 'US', 'united kingdom': 'GB', uk: 'GB',
  'st kitts and nevis': 'KN', 'st lucia': 'LC', 'st vincent and the grenadines': 'VC', 'cabo verde': 'CV',
  'timor leste': 'TL', kosovo: 'XK', 'micronesia federated states of': 'FM', 'brunei': 'BN', 'vatican city': 'VA',
};

let byName: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const locale of ['en', 'es']) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const n of names) byName.set(foldName(n), code);
    }
  }
  for (const [n, code] of Object.entries(EXTRA)) byName.set(n, code);
  return byName;
}

/** ISO alpha-2 code of a country name or code ("Mexico", "México", "MX", "MEX"), or null. */
export function countryCode(name: string): string | null {
  const trimmed = name.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const a2 = countries.alpha3ToAlpha2(trimmed.toUpperCase());
    if (a2) return a2;
  }
  return table().get(foldName(trimmed)) ?? null;
}

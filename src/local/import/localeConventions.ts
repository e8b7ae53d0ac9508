/**
 * The parts of a spreadsheet locale that decide how Sheets reads typed or
 * imported text: the decimal separator, the thousands separators, and
 * whether `1/2/2025` is January 2 or February 1. Locales are written
 * `language_REGION` as Sheets shows them (`en_US`, `de_DE`); `de-DE` and a
 * bare `de` are read too. Other languages read with a decimal point and
 * day-first dates, as most of the world writes them.
 */

/** How one locale writes numbers and dates. */
export interface LocaleConventions {
  /** Decimal separator. */
  decimal: '.' | ',';
  /** Characters accepted between groups of three digits. */
  grouping: string;
  /** True when a slashed date is day/month/year (en_GB, de_DE, fr_FR…); false for month/day/year (en_US). */
  dayFirst: boolean;
}

/** Locales whose slashed dates are month first; every other locale reads day first. */
const MONTH_FIRST = new Set(['en', 'en_US', 'en_PH', 'es_US', 'fil', 'fil_PH']);
/** Languages that write a decimal comma (CLDR), apart from the regions listed in POINT_REGIONS. */
const COMMA_LANGUAGES = new Set(
  'de fr es it nl pt ru pl sv nb no nn da fi cs sk tr id el ro hu uk bg hr sl sr lt lv et vi ca eu gl is az kk be'.split(' '),
);
/** Regions of comma languages that write a decimal point. */
const POINT_REGIONS = new Set(['de_CH', 'de_LI', 'it_CH', 'es_MX', 'es_US', 'es_GT', 'es_DO', 'es_HN', 'es_NI', 'es_PA', 'es_PE', 'es_PR', 'es_SV']);
/** Comma languages that group thousands with a space (plain, no-break or narrow no-break). */
const SPACE_GROUPING = new Set('fr ru pl sv nb no nn fi cs sk uk bg hu lt lv et kk be'.split(' '));
const SPACES = ' \u00a0\u202f';

/**
 * The conventions of a spreadsheet locale.
 *
 * @param locale e.g. `en_US`, `en_GB`, `de_DE`, `fr_FR`
 * @example
 * conventionsFor('de_DE'); // { decimal: ',', grouping: '.', dayFirst: true }
 * conventionsFor('en_US'); // { decimal: '.', grouping: ',', dayFirst: false }
 */
export function conventionsFor(locale: string): LocaleConventions {
  const [language = 'en', region = ''] = String(locale || 'en_US').split(/[_-]/);
  const lang = language.toLowerCase();
  const tag = region ? `${lang}_${region.toUpperCase()}` : lang;
  const dayFirst = !MONTH_FIRST.has(tag);
  if (tag === 'de_CH' || tag === 'de_LI' || tag === 'it_CH') return { decimal: '.', grouping: "'\u2019", dayFirst };
  if (!COMMA_LANGUAGES.has(lang) || POINT_REGIONS.has(tag)) {
    return { decimal: '.', grouping: ',', dayFirst };
  }
  return { decimal: ',', grouping: SPACE_GROUPING.has(lang) || tag === 'pt_PT' ? SPACES : '.', dayFirst };
}


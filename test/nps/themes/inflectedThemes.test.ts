/**
 * Themes written in many forms (test/helpers/inflectedComments.ts): English,
 * German and Spanish inflections, Korean particles written onto the noun, a
 * Japanese katakana word written onto kanji. No form alone is said by more
 * than a third of a side; read as one theme, each is in the top 5 of its
 * side, and never on the wrong side.
 */
import { findThemes } from '../../../src/nps/themes/findThemes';
import { drawInflectedSet, isForm, INFLECTED } from '../../helpers/inflectedComments';

describe.each(Object.keys(INFLECTED))('a theme in many forms, %s', (language) => {
  test.each([60, 150, 600])('%i comments, five seeds: both planted themes in the top 5 of their side', (size) => {
    const { detractor, promoter } = INFLECTED[language];
    for (let seed = 1; seed <= 5; seed++) {
      const set = drawInflectedSet(language, size, 100 * seed + size);
      const themes = findThemes(set.comments, set.scores).themes;
      const side = (leans: string) => themes.filter((t) => t.leans === leans).map((t) => t.theme);
      expect({
        seed,
        detractorThemeInTop5: side('Detractors').slice(0, 5).some((t) => isForm(t, detractor)),
        promoterThemeInTop5: side('Promoters').slice(0, 5).some((t) => isForm(t, promoter)),
        wrongSide: [...side('Detractors').filter((t) => isForm(t, promoter)), ...side('Promoters').filter((t) => isForm(t, detractor))],
      }).toEqual({ seed, detractorThemeInTop5: true, promoterThemeInTop5: true, wrongSide: [] });
    }
  });
});

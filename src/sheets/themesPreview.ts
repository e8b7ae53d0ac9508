/**
 * The sidebar's line of themes (SPEC §9 `themes-preview`): the few top
 * themes of each side, as plain text for the sidebar to show as text.
 */
import type { PreviewResult } from '../shared/contract';
import type { ThemesResult } from '../nps/themes/themeTypes';

/** Themes named per side in the sidebar. */
const PREVIEW_THEMES = 3;

/**
 * The top themes of each side (strongest first), or null without a comment column.
 * @example themesPreview(result) // { detractors: ['slow support', 'price'], promoters: ['easy to use'], comments: 240 }
 */
export function themesPreview(themes: ThemesResult | null | undefined): PreviewResult['themes'] {
  if (!themes) return null;
  const side = (leans: 'Detractors' | 'Promoters') => themes.themes.filter((t) => t.leans === leans).slice(0, PREVIEW_THEMES).map((t) => t.theme);
  return { detractors: side('Detractors'), promoters: side('Promoters'), comments: themes.comments };
}

/** How survey tools write a date-time as text (all from the Date's UTC fields: the corpus sheets are in UTC). */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(d: Date) {
  return {
    y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(),
  };
}

/** Google Forms (en_US): `8/15/2025 5:23:54`. */
export const formsUs = (date: Date) => {
  const p = parts(date);
  return `${p.mo}/${p.d}/${p.y} ${p.h}:${pad(p.mi)}:${pad(p.s)}`;
};
/** SurveyMonkey: `05/31/2025 07:40:24 AM`. */
export const surveyMonkey = (date: Date) => {
  const p = parts(date);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `${pad(p.mo)}/${pad(p.d)}/${p.y} ${pad(h12)}:${pad(p.mi)}:${pad(p.s)} ${p.h < 12 ? 'AM' : 'PM'}`;
};
/** Qualtrics, Typeform: `2025-04-01 07:17:49`. */
export const isoSpace = (date: Date) => {
  const p = parts(date);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
};
/** Delighted, APIs: `2025-04-01T07:17:49Z`. */
export const isoZ = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** German sheets: `04.03.2025 14:22`. */
export const dotted = (date: Date) => {
  const p = parts(date);
  return `${pad(p.d)}.${pad(p.mo)}.${p.y} ${pad(p.h)}:${pad(p.mi)}`;
};
/** Day-first slashed (es, fr, en_GB): `04/03/2025 14:22:10`. */
export const dayFirst = (date: Date) => {
  const p = parts(date);
  return `${pad(p.d)}/${pad(p.mo)}/${p.y} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
};
/** A date typed by hand: `3/4/2025`. */
export const usDay = (date: Date) => {
  const p = parts(date);
  return `${p.mo}/${p.d}/${p.y}`;
};
/** HubSpot: `2025-04-01 07:17`. */
export const isoMinutes = (date: Date) => isoSpace(date).slice(0, 16);
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Jotform, SurveySparrow: `Mar 4, 2025 5:22 PM`. */
export const monthNameUs = (date: Date) => {
  const p = parts(date);
  return `${MONTH_NAMES[p.mo - 1]} ${p.d}, ${p.y} ${p.h % 12 === 0 ? 12 : p.h % 12}:${pad(p.mi)} ${p.h < 12 ? 'AM' : 'PM'}`;
};
/** Excel's `dd-mmm-yyyy`: `04-Mar-2025`. */
export const dayMonthName = (date: Date) => {
  const p = parts(date);
  return `${pad(p.d)}-${MONTH_NAMES[p.mo - 1]}-${p.y}`;
};

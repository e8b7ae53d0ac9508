import { namedOptions, optionChanges, optionsInWords } from '../../src/nps/optionsInWords';

const monthly = { period: 'month' as const, segmentName: 'Region', rollingDays: null, mode: 'snapshot' as const };

test('the options read in report order: period, split, rolling window, mode', () => {
  expect(optionsInWords(monthly)).toBe('by month · split by Region · snapshot');
  expect(optionsInWords({ period: 'week', segmentName: null, rollingDays: 90, mode: 'live' })).toBe('by week · 90-day rolling NPS · live');
  expect(optionsInWords({ period: 'week-sunday', segmentName: null, rollingDays: null, mode: 'snapshot' })).toBe('by week (from Sunday) · snapshot');
  expect(optionsInWords({ ...monthly, period: 'day' })).toBe('by day · split by Region · snapshot');
});

test('a segment name from the sheet is kept as it is', () => {
  expect(optionsInWords({ ...monthly, segmentName: '<b>Plan</b> · =A1' })).toBe('by month · split by <b>Plan</b> · =A1 · snapshot');
});

test('changes name each changed option, the new value with the old one; none when equal', () => {
  expect(optionChanges(monthly, { ...monthly })).toEqual([]);
  expect(optionChanges(monthly, { ...monthly, period: 'quarter' })).toEqual(['by quarter (was by month)']);
  expect(optionChanges(monthly, { period: 'year', segmentName: null, rollingDays: 30, mode: 'live' })).toEqual([
    'by year (was by month)',
    'no split (was split by Region)',
    '30-day rolling NPS (was no rolling NPS)',
    'live (was snapshot)',
  ]);
  expect(optionChanges({ ...monthly, segmentName: null }, monthly)).toEqual(['split by Region (was no split)']);
});

test('the segment column is named by the caller; none stays none', () => {
  const names = ['Date', 'Score', 'Plan'];
  expect(namedOptions({ period: 'month', segmentColumn: 2, rollingDays: null, confidence: 0.95, mode: 'live' }, (i) => names[i])).toEqual({
    period: 'month', segmentName: 'Plan', rollingDays: null, mode: 'live',
  });
  expect(namedOptions({ period: 'month', segmentColumn: null, rollingDays: 30, confidence: 0.9, mode: 'snapshot' }, () => 'x').segmentName).toBeNull();
});

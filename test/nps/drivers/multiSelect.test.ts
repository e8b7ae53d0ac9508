import { answerParts, isMultiSelect } from '../../../src/nps/drivers/multiSelect';
import { answerKey, answerText } from '../../../src/nps/drivers/answerText';

describe('answerParts', () => {
  test('cuts at a comma followed by a space, not at a comma between digits', () => {
    expect(answerParts('Price, Support, Speed of delivery')).toEqual(['Price', 'Support', 'Speed of delivery']);
    expect(answerParts('1,5')).toEqual(['1,5']);
    expect(answerParts('Price,  Support')).toEqual(['Price', 'Support']);
  });
});

describe('isMultiSelect', () => {
  test('combinations of options that are also ticked alone', () => {
    expect(isMultiSelect(['email', 'phone', 'chat', 'email, phone'])).toBe(true);
    expect(isMultiSelect(['a', 'b', 'c', 'a, b', 'a, b, c', 'b, c'])).toBe(true);
  });

  test('many mixes of a small set of options, even when none is ticked alone', () => {
    expect(isMultiSelect(['price, support', 'support, speed', 'price, speed', 'price, support, speed'])).toBe(true);
  });

  test('answers that merely contain a comma stay whole', () => {
    expect(isMultiSelect(['portland, or', 'salem, or', 'eugene, or', 'paris, france'])).toBe(false);
    expect(isMultiSelect(['yes', 'no', 'yes, but only sometimes'])).toBe(false);
    expect(isMultiSelect(['director, sales', 'director, marketing', 'vp, sales', 'vp, marketing', 'director, product'])).toBe(false);
    expect(isMultiSelect(['great, fast shipping', 'slow, bad support', 'ok'])).toBe(false);
  });

  test('no comma at all: single choice', () => {
    expect(isMultiSelect(['pro', 'free', 'team'])).toBe(false);
    expect(isMultiSelect([])).toBe(false);
  });
});

describe('answerText and answerKey', () => {
  test('missing markers and empty-looking cells hold no answer', () => {
    for (const cell of ['', '   ', null, undefined, 'NA', 'N/A', 'n/a', '-', '—', '#N/A', 'null', '\u200B', NaN]) expect(answerText(cell)).toBeNull();
  });

  test('answers are trimmed; numbers, booleans and dates read as text', () => {
    expect(answerText('  Male ')).toBe('Male');
    expect(answerText(0)).toBe('0');
    expect(answerText(false)).toBe('FALSE');
    expect(answerText(new Date(Date.UTC(2025, 4, 6, 12)))).toBe('2025-05-06');
  });

  test('keys are case-folded with inner spaces made one', () => {
    expect(answerKey('Male')).toBe(answerKey(' male'));
    expect(answerKey('MALE')).toBe('male');
    expect(answerKey('New  York')).toBe('new york');
    // "Café" with a composed é and with e + combining acute: one answer, as in the segment table.
    expect(answerKey('Caf\u00e9')).toBe(answerKey('Cafe\u0301'));
  });
});

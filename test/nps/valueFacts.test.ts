import {
  isBlankCell, isBooleanCell, isDateCell, isEmailText, isIdentifierLike, isIpText, isNoAnswerText, isPersonNameText, isUrlText,
  looksEmpty, numberOfCell,
} from '../../src/nps/cellKinds';
import { slashedOrderOf } from '../../src/nps/dateText';
import { readScore } from '../../src/nps/score';
import { classifyValue, ColumnValues, wordCount } from '../../src/nps/valueFacts';

describe('cheap first-character tests settle only what they can', () => {
  it('text that starts with a space, a non-breaking space or an invisible character still reaches the full test', () => {
    expect(isNoAnswerText('\u00a0N/A')).toBe(true);
    expect(isNoAnswerText('\u200Bn/a')).toBe(true);
    expect(isNoAnswerText('\u2013')).toBe(true); // an en dash
    expect(isNoAnswerText('Keine Angabe')).toBe(true);
    expect(isNoAnswerText('SR')).toBe(true);
    expect(isNoAnswerText('Agree')).toBe(false);
    expect(isBlankCell('\u3000 \u00a0')).toBe(true);
    expect(isBlankCell('x')).toBe(false);
    expect(looksEmpty('\u00AD\u200B')).toBe(true);
    expect(looksEmpty('a\u200B')).toBe(false);
    expect(numberOfCell('\u00a042')).toBe(42);
    expect(numberOfCell('.5')).toBe(0.5);
    expect(numberOfCell('-3')).toBe(-3);
    expect(numberOfCell('a42')).toBeNaN();
    expect(readScore(' 9 ')).toBe(9);
    expect(readScore('\u00a010 - Extremely likely')).toBe(10);
    expect(readScore('Ten')).toBe(-2);
    expect(isBooleanCell(' TRUE ')).toBe(true);
    expect(isBooleanCell('False')).toBe(true);
    expect(isBooleanCell('yes')).toBe(false);
    expect(isIdentifierLike('_abc12345')).toBe(true);
    expect(isIdentifierLike(' R_1a2b3c4d5e')).toBe(true);
    expect(isIdentifierLike('#abc12345')).toBe(false);
  });

  it('the kinds of text: e-mails, addresses, names, web addresses', () => {
    expect(isEmailText('a@b.co')).toBe(true);
    expect(isEmailText('@b.co')).toBe(false);
    expect(isIpText('::ffff:1')).toBe(true);
    expect(isIpText('fe80::1:2')).toBe(true);
    expect(isIpText('192.168.0.1')).toBe(true);
    expect(isIpText('great app')).toBe(false);
    expect(isUrlText('WWW.example.com/x')).toBe(true);
    expect(isUrlText('Https://example.com')).toBe(true);
    expect(isUrlText('see www.example.com')).toBe(false);
    expect(isPersonNameText('Élodie Martin')).toBe(true);
    expect(isPersonNameText('Anna de Vries')).toBe(true);
    expect(isPersonNameText('anna de vries')).toBe(false);
    expect(isDateCell('2025-01-01')).toBe(false);
    expect(isDateCell(new Date(Date.UTC(2025, 0, 1)))).toBe(true);
  });

  it('the day order one slashed date shows', () => {
    expect(slashedOrderOf('25/03/2025 10:00')).toBe('day-first');
    expect(slashedOrderOf(' 03/25/2025')).toBe('month-first');
    expect(slashedOrderOf('03/04/2025')).toBeNull();
    expect(slashedOrderOf('Q3/25/2025')).toBeNull();
  });
});

describe('ColumnValues: each distinct value of a column is looked at once', () => {
  it('the same text, number or instant gives the same facts; other objects are looked at each time', () => {
    const values = new ColumnValues();
    expect(values.factsOf('Agree')).toBe(values.factsOf('Agree'));
    expect(values.factsOf(7)).toBe(values.factsOf(7));
    expect(values.factsOf(new Date(Date.UTC(2025, 2, 4)))).toBe(values.factsOf(new Date(Date.UTC(2025, 2, 4))));
    expect(values.factsOf(new Date(Date.UTC(2025, 2, 5)))).not.toBe(values.factsOf(new Date(Date.UTC(2025, 2, 4))));
    expect(values.factsOf('Agree')).not.toBe(values.factsOf('agree'));
    expect(values.factsOf('agree').key).toBe(values.factsOf(' Agree ').key);
  });

  it('what a value is: blank, marker, score, number, date in the column\'s day order, kind of text', () => {
    const values = new ColumnValues();
    expect(values.factsOf('\u200B').empty).toBe(true);
    expect(values.factsOf('N/A')).toMatchObject({ empty: false, noAnswer: true });
    expect(values.factsOf('9 - Very likely')).toMatchObject({ score: 9, number: NaN });
    expect(values.factsOf('3,5')).toMatchObject({ number: 3.5, score: -2 });
    const slashed = values.factsOf('25/03/2025');
    expect(slashed.slashed).toBe('day-first');
    classifyValue(slashed, 'day-first');
    expect(slashed).toMatchObject({ date: true, text: null });
    classifyValue(slashed, 'month-first'); // month 25 does not exist
    expect(slashed).toMatchObject({ date: false, text: 'plain', length: 10, words: 1 });
    const detractors = values.factsOf('Détracteurs');
    classifyValue(detractors, 'month-first');
    expect(detractors.text).toBe('groupLabel');
    const comment = values.factsOf('Support answered in minutes, thank you');
    classifyValue(comment, 'month-first');
    expect(comment).toMatchObject({ text: 'plain', length: 38, words: 6 });
    const email = values.factsOf('anna@example.com');
    classifyValue(email, 'month-first');
    expect(email.text).toBe('email');
    const store = values.factsOf('Store 12');
    classifyValue(store, 'month-first');
    expect(store.text).toBe('labelledNumber');
  });
});

describe('wordCount counts words as split(/\\s+/) does, without making them', () => {
  it.each(['', 'one', 'Too  expensive,\u00a0sadly', ' leading', 'trailing ', '   ', 'a\tb\nc\u3000d\u2028e', 'x\ufeffy', 'no\u200Bbreak'])('%j', (text) => {
    expect(wordCount(text)).toBe(text.split(/\s+/).length);
  });
});

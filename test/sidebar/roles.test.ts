import { ROLES } from '../../src/shared/contract';
import { confidenceHint, overrideFor, ROLE_LABELS, roleOptions } from '../../src/sidebar/roles';
import { PAYLOAD_SHEET } from './cannedSheet';

const column = PAYLOAD_SHEET.profile.columns[1]; // score, detected, 0.97

test('the picker lists every role of the contract, in order, with readable labels', () => {
  expect(roleOptions()).toEqual([
    { value: 'score', label: 'NPS score (0–10)' },
    { value: 'date', label: 'Date' },
    { value: 'segment', label: 'Segment' },
    { value: 'comment', label: 'Comment' },
    { value: 'respondent', label: 'Respondent (e-mail or id)' },
    { value: 'nps_group', label: 'NPS group' },
    { value: 'id', label: 'ID' },
    { value: 'email', label: 'Email' },
    { value: 'number', label: 'Number' },
    { value: 'other', label: 'Other' },
  ]);
  expect(Object.keys(ROLE_LABELS)).toEqual([...ROLES]);
});

test('the hint says who chose the role and how sure the detector was', () => {
  expect(confidenceHint(column)).toBe('sure');
  expect(confidenceHint({ ...column, confidence: 0.85 })).toBe('sure');
  expect(confidenceHint({ ...column, confidence: 0.7 })).toBe('likely');
  expect(confidenceHint({ ...column, confidence: 0.3 })).toBe('a guess — check');
  expect(confidenceHint({ ...column, overridden: true, confidence: 0.3 })).toBe('set by you');
});

test('picking the detected role again clears the override; score and date are always sent, to take them back from another column', () => {
  expect(overrideFor(column, 'number')).toBe('number');
  const segment = { ...column, detectedRole: 'segment' as const, role: 'comment' as const, overridden: true };
  expect(overrideFor(segment, 'segment')).toBeNull();
  expect(overrideFor({ ...column, role: 'number', overridden: true }, 'score')).toBe('score');
  expect(overrideFor({ ...column, detectedRole: 'date', role: 'other' }, 'date')).toBe('date');
});

test('a detected score (or date) column whose role went to another column says so', () => {
  expect(confidenceHint({ ...column, role: 'number', overridden: false })).toBe('was the score');
  expect(confidenceHint({ ...column, detectedRole: 'date', role: 'other', overridden: false })).toBe('was the date');
  expect(confidenceHint({ ...column, detectedRole: 'segment', role: 'other', overridden: false })).toBe('was Segment');
});

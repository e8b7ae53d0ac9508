import { fixedOffsetMinutes } from '../../src/nps/fixedOffset';

describe('fixedOffsetMinutes', () => {
  test('UTC under its names is 0', () => {
    for (const id of ['UTC', 'GMT', 'Etc/UTC', 'Etc/GMT', 'etc/utc', 'Zulu', 'Etc/GMT+0', 'Etc/GMT-0']) expect(fixedOffsetMinutes(id)).toBe(0);
  });

  test('Java custom ids: GMT sign hours [:] minutes', () => {
    expect(fixedOffsetMinutes('GMT-07:00')).toBe(-420);
    expect(fixedOffsetMinutes('GMT+5:30')).toBe(330);
    expect(fixedOffsetMinutes('GMT+0545')).toBe(345);
    expect(fixedOffsetMinutes('GMT-9')).toBe(-540);
    expect(fixedOffsetMinutes('GMT+10')).toBe(600);
    expect(fixedOffsetMinutes('GMT+0010')).toBe(10);
    expect(fixedOffsetMinutes('GMT+130')).toBe(90);
  });

  test('Etc/GMT±N has the POSIX sign', () => {
    expect(fixedOffsetMinutes('Etc/GMT+7')).toBe(-420);
    expect(fixedOffsetMinutes('Etc/GMT-3')).toBe(180);
    expect(fixedOffsetMinutes('Etc/GMT+12')).toBe(-720);
  });

  test('regions and malformed offsets are not fixed offsets', () => {
    for (const id of ['America/New_York', 'Europe/London', 'GMT+24:00', 'GMT-3:7', 'GMT+7:', 'gmt-07:00', 'UTC+5', 'GMT−07:00', 'Etc/GMT+13', '']) {
      expect(fixedOffsetMinutes(id)).toBeNull();
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimes, inferYear, parseDateTime, toIso, type DayParts } from '../../src/compiler/dates';

const ref: DayParts = { year: 2021, month: 3, day: 9 };
const iso = (text: string, r: DayParts | null = ref) => {
  const p = parseDateTime(text, r);
  return {
    day: p.date ? toIso(p.date, null) : null,
    start: p.date && p.start ? toIso(p.date, p.start) : null,
    end: p.date && p.end ? toIso(p.date, p.end) : null,
    weekday: p.weekday,
  };
};

describe('parseDateTime', () => {
  it('reads a full date with weekday and a time range', () => {
    expect(iso('2021 年 03 月 21 日（周日）14:00-17:00')).toEqual({
      day: '2021-03-21',
      start: '2021-03-21T14:00:00+08:00',
      end: '2021-03-21T17:00:00+08:00',
      weekday: 0,
    });
  });

  it('reads 晚 N 点 as an evening hour and infers the year from the post date', () => {
    expect(iso('1 月 17 日周四晚 7 点', { year: 2019, month: 1, day: 17 }).start).toBe(
      '2019-01-17T19:00:00+08:00',
    );
    expect(iso('05 月 19 日周三晚 19 点').start).toBe('2021-05-19T19:00:00+08:00');
    expect(iso('07 月 28 日，周四晚 19 点').weekday).toBe(4);
  });

  it('takes the nearest year: a January event announced in December is next year', () => {
    expect(iso('1 月 9 日周四晚 7 点', { year: 2019, month: 12, day: 31 }).day).toBe('2020-01-09');
    expect(inferYear(12, 28, { year: 2019, month: 12, day: 30 })).toBe(2019);
  });

  it('reads 上午/下午 clock times, 点半, full-width colons and spaced dashes', () => {
    expect(iso('2022 年 4 月 1 日 上午 9:30').start).toBe('2022-04-01T09:30:00+08:00');
    expect(iso('8 月 11 日周日下午 13 点').start).toBe('2021-08-11T13:00:00+08:00');
    expect(iso('6 月 5 日晚上 8 点半').start).toBe('2021-06-05T20:30:00+08:00');
    expect(iso('2022 年 6 月 09 日 19：00 - 20：00').end).toBe('2022-06-09T20:00:00+08:00');
    expect(iso('04 月 20 日 13:30--18:00').end).toBe('2021-04-20T18:00:00+08:00');
    expect(iso('2020年5月28日（周四）20:00-21:00').start).toBe('2020-05-28T20:00:00+08:00');
  });

  it('reads numeric and English dates', () => {
    expect(iso('时间：2019-01-17').day).toBe('2019-01-17');
    expect(iso('Monday, 24 June, 2019 9:00 – 16:00')).toMatchObject({
      start: '2019-06-24T09:00:00+08:00',
      end: '2019-06-24T16:00:00+08:00',
      weekday: 1,
    });
  });

  it('gives a date alone when no time is known, and nothing without a year or a reference', () => {
    expect(iso('2021-03-21').start).toBeNull();
    expect(iso('3 月 21 日', null).day).toBeNull();
    expect(iso('no date here').day).toBeNull();
  });

  it('rejects impossible days', () => {
    expect(iso('2021 年 02 月 30 日').day).toBeNull();
  });
});

describe('findTimes', () => {
  it('carries an evening period over to the end of a range', () => {
    expect(findTimes('晚 7:00-8:30')).toMatchObject({
      start: { hour: 19, minute: 0 },
      end: { hour: 20, minute: 30 },
    });
  });

  it('applies 下午 to both ends of a range, spaced or not', () => {
    for (const text of ['2019年5月11日（星期六）下午1:00-4:45', '下午 1:00 - 4:45']) {
      expect(findTimes(text)).toMatchObject({
        start: { hour: 13, minute: 0 },
        end: { hour: 16, minute: 45 },
      });
    }
  });
});

describe('the date reader on arbitrary input', () => {
  it('never throws and always returns valid parts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.option(fc.date({ noInvalidDate: true })), (s, d) => {
        const r = d ? { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() } : null;
        const p = parseDateTime(s, r);
        if (p.date) expect(toIso(p.date, p.start)).toMatch(/^\d{4}-\d{2}-\d{2}/);
        if (p.start) expect(p.start.hour).toBeLessThanOrEqual(24);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays fast on long adversarial text', () => {
    const pieces = ['2021 年', '12 月', '3 日', '晚', '7 点', '19:', '00-', '周四', '：', ' ', '-', '年月日'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (parts) => {
        const t0 = performance.now();
        parseDateTime(parts.join(''), ref);
        expect(performance.now() - t0).toBeLessThan(50);
      }),
      { numRuns: 300 },
    );
  });
});

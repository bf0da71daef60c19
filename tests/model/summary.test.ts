import { describe, expect, it } from 'vitest';
import { summaryBesideTitle } from '../../src/model/summary';

const title = "SOFA 开源三周年，Let's have fun together！";

describe('summaryBesideTitle', () => {
  it('drops a summary that says no more than the title', () => {
    expect(summaryBesideTitle({ title, summary: title })).toBeNull();
    // The corpus's sofa-meetup-5: one slipped letter more.
    expect(summaryBesideTitle({ title, summary: "SSOFA 开源三周年，Let's have fun together！" })).toBeNull();
    // Other punctuation and spacing, or a piece of the title.
    expect(summaryBesideTitle({ title, summary: "SOFA开源三周年 Let's have fun together" })).toBeNull();
    expect(summaryBesideTitle({ title: 'SOFAChannel#27 深入 HTTP/3', summary: 'SOFAChannel#27' })).toBeNull();
    expect(summaryBesideTitle({ title, summary: '  ' })).toBeNull();
    expect(summaryBesideTitle({ title, summary: null })).toBeNull();
  });

  it('keeps a summary that adds something, even one that starts with the title', () => {
    const more = `${title}这次我们在北京见面。`;
    expect(summaryBesideTitle({ title, summary: more })).toBe(more);
    expect(summaryBesideTitle({ title, summary: ' 2022 年 5 月 26 日线上直播第 27 期。 ' })).toBe(
      '2022 年 5 月 26 日线上直播第 27 期。',
    );
  });
});

// Typing Chinese through an input method in the built app: the speakers filter and the search page's
// box must keep each composition and the committed characters. They once mixed them (宋净 in pinyin left
// `ssosonsong宋jjijinjing净`): the boxes showed the URL, which lands after the keystroke. Chromium's own
// input method machinery is driven through the DevTools protocol as an IME drives it:
// Input.imeSetComposition for each pinyin step, then Input.insertText of the chosen character.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SpeakerSummary } from '../../src/model/types';
import { launchChromium, openContext, settle, trackRequests, type PageLog } from './harness/browser';
import { readBundle, speakerPath } from './harness/bundle';
import { requireBuilt, site } from './harness/site';

const seeds = site('seeds');

describe('typing Chinese with an input method', () => {
  let browser: Browser;
  let speaker: SpeakerSummary;
  let syllables: string[];
  let all: SpeakerSummary[];
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    requireBuilt(seeds);
    all = readBundle(seeds.dir).index.speakers;
    // A Chinese name whose pinyin gives a syllable per character (e.g. 吴晟, `wu sheng`).
    const found = all.find(
      (s) => /^\p{Script=Han}{2,}$/u.test(s.name) && s.pinyin[0]?.split(' ').length === [...s.name].length,
    );
    if (!found) throw new Error('no seed speaker has a Chinese name with its pinyin');
    speaker = found;
    syllables = found.pinyin[0]!.split(' ');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, log } = await openContext(browser, seeds.url));
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  const open = async (path: string) => {
    const tracker = trackRequests(page);
    await page.goto(path);
    await settle(page, tracker);
  };

  /**
   * Types the speaker's name into `box`: per character, its pinyin composed letter by letter, then the
   * character committed. Returns what the box showed after each step that differed from what it should.
   */
  const typeName = async (box: Locator): Promise<string[]> => {
    await box.click();
    const cdp = await page.context().newCDPSession(page);
    // As on a slow phone: the URL update of one character then lands while the next is being composed.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    const wrong: string[] = [];
    let committed = '';
    for (const [i, char] of [...speaker.name].entries()) {
      const syllable = syllables[i]!;
      for (let n = 1; n <= syllable.length; n++) {
        const text = syllable.slice(0, n);
        await cdp.send('Input.imeSetComposition', { text, selectionStart: n, selectionEnd: n });
        const shown = await box.inputValue();
        if (shown !== committed + text) wrong.push(`${committed + text} → ${shown}`);
      }
      await cdp.send('Input.insertText', { text: char });
      committed += char;
    }
    await cdp.detach();
    return wrong;
  };

  it('keeps the composition and the committed name in the speakers filter, which filters on it', async () => {
    const expected = all.filter((s) =>
      [s.name, s.affiliation ?? '', ...s.aliases].some((v) => v.includes(speaker.name)),
    );
    expect(expected.length).toBeLessThan(all.length);
    await open('/speakers');
    const box = page.getByRole('searchbox', { name: /筛选/ });
    expect(await typeName(box)).toEqual([]);
    await page.waitForURL((u) => u.searchParams.get('q') === speaker.name);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.speaker-card').length === n,
      expected.length,
    );
    expect(await box.inputValue()).toBe(speaker.name);
    const cards = await page.locator('.speaker-card .speaker-name').allInnerTexts();
    expect(cards).toContain(speaker.name);
    expect(log.errors).toEqual([]);
  });

  it('keeps the composition and the committed name in the search page box, which searches it', async () => {
    await open('/search');
    const box = page.getByRole('searchbox');
    expect(await typeName(box)).toEqual([]);
    await page.waitForURL((u) => u.searchParams.get('q') === speaker.name);
    await page
      .locator(`.search-results a[href="${speakerPath(speaker.slug)}"]`)
      .first()
      .waitFor();
    expect(await box.inputValue()).toBe(speaker.name);
    expect(log.errors).toEqual([]);
  });
});

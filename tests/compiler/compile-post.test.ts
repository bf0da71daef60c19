// compilePost: the extractor's facts reach the Event as docs/bundle.md says.
import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post';

const post = (body: string) =>
  `---\ntitle: "SOFAChannel#9 某主题"\ndate: 2019-12-05T15:00:00+08:00\n---\n\n${body}`;

describe('compilePost', () => {
  it('keeps a link without a telling text unlabelled (""), not labelled with its address', () => {
    const out = compilePost({
      source: 'sofa-channel-9.md',
      content: post(
        '- 活动时间：12 月 5 日周四晚 7 点\n- 直播回看：[戳这里](https://example.org/live/1021)\n- 报名方式：<https://example.org/a/552>',
      ),
    });
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    expect(out.post.event.links).toEqual([
      { kind: 'video', label: '', url: 'https://example.org/live/1021' },
      { kind: 'registration', label: '', url: 'https://example.org/a/552' },
    ]);
  });
});

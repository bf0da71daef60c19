// Post bodies are untrusted: nothing in them may run script or navigate away in the app.
import { describe, expect, it } from 'vitest';
import { renderBody, safeHttpUrl } from '../../src/compiler/html';

const html = (md: string) => renderBody(md).html;

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(1)">',
  '<img src=https://e.org/a.png onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)',
  '<iframe src="https://evil.example"></iframe>',
  '<svg><script>alert(1)</script></svg>',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<form action="https://evil.example"><input name="q"><button>go</button></form>',
  '<div onclick="alert(1)" style="background:url(javascript:alert(1))">x</div>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<details open ontoggle="alert(1)"><summary>s</summary></details>',
  '<a href="//evil.example">protocol-relative</a>',
  '<img src="//evil.example/x.png">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<textarea><script>alert(1)</script></textarea>',
];

describe('renderBody sanitizes', () => {
  it.each(HOSTILE)('%s', (payload) => {
    const out = html(`before\n\n${payload}\n\nafter ${payload}`);
    expect(out).not.toMatch(
      /<(script|iframe|style|meta|form|input|button|object|embed|base|link|svg|math|textarea|noscript)\b/i,
    );
    expect(out).not.toMatch(/\son[a-z]+\s*=/i);
    expect(out).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
    expect(out).not.toMatch(/(href|src)\s*=\s*"\/\//i);
    expect(out).not.toMatch(/style\s*=/i);
    expect(out).toMatch(/after/);
  });

  it('keeps http(s) and mailto links; external ones open in a new tab without opener', () => {
    const out = html(
      '[a](https://example.org/x) [b](mailto:a@example.org) <a href="http://e.org">c</a> https://auto.example/',
    );
    expect(out).toContain('<a href="https://example.org/x" target="_blank" rel="noopener noreferrer">a</a>');
    expect(out).toContain('<a href="mailto:a@example.org">b</a>');
    expect(out).toContain('<a href="http://e.org" target="_blank" rel="noopener noreferrer">c</a>');
    expect(out).toContain('href="https://auto.example/"');
  });

  it('links bare URLs and e-mail addresses, not bare domains (Hyper.sh is a name in prose)', () => {
    const out = html(
      'Intel 的 Clear Containers 和 Hyper.sh 的 runV，见 https://katacontainers.io，联系 a@b.cn',
    );
    expect(out).toContain('<a href="https://katacontainers.io"');
    expect(out).toContain('<a href="mailto:a@b.cn">a@b.cn</a>');
    expect(out).not.toContain('href="http://Hyper.sh"');
    expect(out).toContain('Hyper.sh 的 runV');
  });

  it('keeps http(s) images and drops others, in Markdown and HTML alike', () => {
    // Loaded lazily and without a Referer: image hosts refuse other sites' pages.
    expect(html('![logo](https://e.org/a.png)')).toContain(
      '<img src="https://e.org/a.png" alt="logo" loading="lazy" referrerpolicy="no-referrer">',
    );
    expect(html('![logo](./a.png)')).not.toContain('<img');
    const raw = html(
      '<img src="https://e.org/a.png" alt="x">\n\n<img src="/a.png">\n\n<img src="https://e.org/b.png" referrerpolicy="unsafe-url">',
    );
    expect(raw).toContain(
      '<img src="https://e.org/a.png" alt="x" loading="lazy" referrerpolicy="no-referrer" />',
    );
    expect(raw).toContain(
      '<img src="https://e.org/b.png" referrerpolicy="no-referrer" alt="" loading="lazy" />',
    );
    expect(raw).not.toContain('src="/a.png"');
  });

  it('renders Markdown: headings, lists, tables (align, not style), code', () => {
    const out = html(
      '## 概要\n\n- 活动时间：今天\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n```js\nlet x = "<b>";\n```\n',
    );
    expect(out).toContain('<h2>概要</h2>');
    expect(out).toContain('<li>活动时间：今天</li>');
    expect(out).toContain('<th align="left">a</th>');
    expect(out).toContain('<code class="language-js">let x = &quot;&lt;b&gt;&quot;;');
    expect(out).not.toContain('style=');
  });

  it('the slow path (raw HTML) follows the same rules as the fast one', () => {
    const md = '| a |\n|:-:|\n| [x](https://e.org) |\n';
    const fast = html(md);
    const slow = html(`${md}\n<span>raw</span>\n`);
    expect(fast).toContain('<th align="center">');
    expect(slow).toContain('<th align="center">');
    expect(slow).toContain('<a href="https://e.org" target="_blank" rel="noopener noreferrer">x</a>');
  });

  it('finds the first paragraph and heading as plain text', () => {
    const r = renderBody(
      '## 标题 *一*\n\n![img](https://e.org/a.png)\n\n第一段 **粗体** [链接](https://e.org)。\n\n第二段',
    );
    expect(r.firstHeading).toBe('标题 一');
    expect(r.firstParagraph).toBe('第一段 粗体 链接。');
  });
});

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs only', () => {
    expect(safeHttpUrl(' https://e.org/a.pdf ')).toBe('https://e.org/a.pdf');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      '/cover.jpg',
      '//e.org',
      'https://e.org/a b',
      42,
      null,
    ]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });
});

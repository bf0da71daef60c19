// Post body (untrusted Markdown that may carry raw HTML) → sanitized HTML, rendered once.
// Kept: ordinary text markup, tables, images over http(s), links to http(s)/mailto (and
// in-page `#anchors` and site-relative paths, which cannot run script). Dropped: script,
// style, iframe, object, svg, math, form controls, meta, event-handler attributes, `style`,
// `javascript:`/`data:`/`vbscript:` URLs. External links get `target="_blank"` and
// `rel="noopener noreferrer"`; images load lazily and send no Referer (image hosts such as
// sinaimg.cn refuse requests from other sites' pages).
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from './escape';

// markdown-it 14, not 15: 15's build defines every token field with Object.defineProperty and
// renders the generated 10,000-post corpus at 14 MB/s against 14's 26 MB/s. Bare domains
// (`Hyper.sh`) are not links, as in 15; bare URLs and e-mail addresses are.
const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
md.linkify.set({ fuzzyLink: false });

const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'blockquote',
  'pre',
  'code',
  'kbd',
  'samp',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'small',
  'sub',
  'sup',
  'abbr',
  'cite',
  'q',
  'span',
  'div',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'details',
  'summary',
];

/** Content of these is dropped with the tag (not just the tag). */
const DROP_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'frameset',
  'applet',
  'head',
  'meta',
  'link',
  'base',
];

const HTTP = /^https?:\/\//i;

const IMAGE_ATTRS = { loading: 'lazy', referrerpolicy: 'no-referrer' };

/** An absolute http(s) URL, trimmed, or null. For URLs taken from front matter and facts. */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const u = url.trim();
  if (!HTTP.test(u) || /[\s<>"`]/.test(u)) return null;
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  nonTextTags: DROP_WITH_CONTENT,
  disallowedTagsMode: 'discard',
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel', 'id', 'name'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'referrerpolicy'],
    th: ['align', 'colspan', 'rowspan'],
    td: ['align', 'colspan', 'rowspan'],
    code: ['class'],
    ol: ['start'],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    abbr: ['title'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  transformTags: {
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, alt: attribs.alt ?? '', ...IMAGE_ATTRS } }),
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').trim();
      const out: sanitizeHtml.Attributes = {};
      if (attribs.title) out.title = attribs.title;
      if (attribs.id) out.id = attribs.id;
      if (attribs.name) out.name = attribs.name;
      if (HTTP.test(href)) {
        out.href = href;
        out.target = '_blank';
        out.rel = 'noopener noreferrer';
      } else if (/^mailto:/i.test(href) || /^(#|\/(?!\/)|\.\.?\/)/.test(href)) {
        out.href = href;
      }
      return { tagName, attribs: out };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !HTTP.test((frame.attribs.src ?? '').trim()),
};

export interface RenderedBody {
  html: string;
  /** Plain text of the first paragraph, for a summary; null when there is none. */
  firstParagraph: string | null;
  /** Plain text of the first heading, for a title of last resort. */
  firstHeading: string | null;
}

type MdToken = ReturnType<typeof md.parse>[number];

/**
 * Renders a Markdown body to sanitized HTML. Never throws: a failure yields escaped text.
 *
 * Markdown-it escapes all text and attribute values and refuses `javascript:`-like link
 * targets, so its output for a body without raw HTML is safe once links and images are held to
 * the rules below (done on the tokens). Only bodies with raw HTML go through sanitize-html,
 * which is the slow part; the output follows the same rules either way.
 */
export function renderBody(body: string): RenderedBody {
  try {
    const tokens = md.parse(body, {});
    let firstParagraph: string | null = null;
    let firstHeading: string | null = null;
    let rawHtml = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type === 'html_block') rawHtml = true;
      else if (t.type === 'th_open' || t.type === 'td_open') alignAttr(t);
      else if (t.type === 'inline') {
        for (const c of t.children ?? []) {
          if (c.type === 'html_inline') rawHtml = true;
          else if (c.type === 'link_open') linkAttrs(c);
          else if (c.type === 'image') imageAttrs(c);
        }
        const open = tokens[i - 1];
        if (!firstParagraph && open?.type === 'paragraph_open') {
          const text = inlineText(t.children ?? []);
          if (text.length >= 2) firstParagraph = text;
        } else if (!firstHeading && open?.type === 'heading_open') {
          const text = inlineText(t.children ?? []);
          if (text) firstHeading = text;
        }
      }
    }
    const out = md.renderer.render(tokens, md.options, {});
    const html = rawHtml ? sanitizeHtml(out, SANITIZE) : out;
    return { html, firstParagraph, firstHeading };
  } catch {
    return { html: `<pre>${escapeHtml(body)}</pre>`, firstParagraph: null, firstHeading: null };
  }
}

function linkAttrs(t: MdToken) {
  const href = String(t.attrGet('href') ?? '').trim();
  const title = t.attrGet('title');
  t.attrs = [];
  if (HTTP.test(href)) {
    t.attrs.push(['href', href], ['target', '_blank'], ['rel', 'noopener noreferrer']);
  } else if (/^mailto:/i.test(href) || /^(#|\/(?!\/)|\.\.?\/)/.test(href)) {
    t.attrs.push(['href', href]);
  }
  if (title) t.attrs.push(['title', title]);
}

function imageAttrs(t: MdToken) {
  const src = String(t.attrGet('src') ?? '').trim();
  if (HTTP.test(src)) {
    for (const [name, value] of Object.entries(IMAGE_ATTRS)) t.attrSet(name, value);
  } else {
    // Not an http(s) image: show its alt text instead.
    t.type = 'text';
    t.tag = '';
    t.content = inlineText((t.children ?? []) as InlineToken[]);
    t.attrs = null;
    t.children = null;
  }
}

function alignAttr(t: MdToken) {
  const style = t.attrGet('style');
  if (!style) return;
  const m = /text-align:\s*(left|right|center)/.exec(String(style));
  t.attrs = m ? [['align', m[1]!]] : null;
}

type InlineToken = { type: string; content: string; children: InlineToken[] | null };

function inlineText(children: InlineToken[]): string {
  let s = '';
  for (const c of children) {
    if (c.type === 'text' || c.type === 'code_inline') s += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') s += ' ';
  }
  return s.replace(/\s+/g, ' ').trim();
}

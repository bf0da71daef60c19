// The built SPA shell (`dist/index.html`): read its site name, put a page's head tags and content into it.
// Injected regions are fenced with comments, so running the prerender twice gives the same files.

const HEAD_START = '<!--prerender:head-->';
const HEAD_END = '<!--/prerender:head-->';
const ROOT_START = '<!--prerender:root-->';
const ROOT_END = '<!--/prerender:root-->';

const ROOT_RE = /<div id="root">[\s\S]*?(?:<!--\/prerender:root-->)?<\/div>/;

/** The shell with earlier prerender output removed. */
export function cleanShell(html: string): string {
  let out = html.replace(new RegExp(`\\s*${HEAD_START}[\\s\\S]*?${HEAD_END}`, 'g'), '');
  out = out.replace(
    new RegExp(`<div id="root">${ROOT_START}[\\s\\S]*?${ROOT_END}</div>`),
    '<div id="root"></div>',
  );
  return out;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of the shell's `<title>`. */
export function shellTitle(html: string): string | null {
  const m = /<title>([\s\S]*?)<\/title>/i.exec(html);
  return m?.[1] ? decodeEntities(m[1].trim()) : null;
}

/** The shell's `<meta name="description">` content. */
export function shellDescription(html: string): string | null {
  const m = /<meta\s[^>]*name=["']description["'][^>]*>/i.exec(html);
  const c = m && /content=["']([^"']*)["']/i.exec(m[0]);
  return c?.[1] ? decodeEntities(c[1].replace(/\s+/g, ' ').trim()) : null;
}

export function assertShell(html: string): void {
  if (!/<\/head>/i.test(html) || !ROOT_RE.test(html)) {
    throw new Error('dist/index.html does not look like the built app: no </head> or no <div id="root">');
  }
}

/**
 * One page: `title` (already escaped) replaces the shell's, `head` (escaped tags) goes before `</head>`,
 * replacing the shell's description, and `body` (escaped HTML) fills `#root` until the app boots.
 */
export function renderPage(shell: string, page: { title: string; head: string; body: string }): string {
  let html = cleanShell(shell);
  html = html.replace(/<meta\s[^>]*name=["']description["'][^>]*>\s*/i, '');
  html = html.replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${page.title}</title>`);
  html = html.replace(/\s*<\/head>/i, () => `\n    ${HEAD_START}\n${page.head}\n    ${HEAD_END}\n  </head>`);
  html = html.replace(
    /<div id="root"><\/div>/,
    () => `<div id="root">${ROOT_START}${page.body}${ROOT_END}</div>`,
  );
  return html;
}

import type { AnchorHTMLAttributes } from 'react';

/** A link to another site: new tab, no opener, no referrer. Only http(s) and mailto become links. */
export default function ExternalLink({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (!href || !/^(https?:|mailto:)/i.test(href)) return <span className={rest.className}>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

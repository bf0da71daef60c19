import { describe, expect, it } from 'vitest';
import { eventBody } from '../../src/publish/pages';
import { makeSite } from '../../src/publish/site';
import { hangzhou } from '../feeds/fixtures';

const site = makeSite({ siteUrl: 'https://events.example.org', name: 'Event Browser' });

describe('the prerendered event page body', () => {
  it('keeps the compiler’s sanitized post, even when its prose mentions JavaScript: or `x = y`', () => {
    const html = '<p>Learn JavaScript: closures, and why the flag only = true matters.</p>';
    const page = eventBody({ ...hangzhou, html }, site);
    expect(page).toContain(html);
  });

  it('leaves the body out when the post has none', () => {
    expect(eventBody({ ...hangzhou, html: '  ' }, site)).not.toContain('post-body');
  });
});

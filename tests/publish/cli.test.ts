import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isSafeSlug } from '../../src/publish/routes';
import { makeFixtureDist } from './fixture-dist';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

describe('publish cli', () => {
  it('prerenders a built dist/ with SITE_URL and BASE_PATH from the environment', async () => {
    const dist = await makeFixtureDist('/app/');
    try {
      const { stdout } = await run(tsx, ['src/publish/cli.ts', '--dist', dist], {
        env: { ...process.env, SITE_URL: 'https://example.org', BASE_PATH: '/app/' },
      });
      expect(stdout).toMatch(/publish: \d+ HTML pages/);
      const html = await readFile(path.join(dist, 'events/sofachannel-23/index.html'), 'utf8');
      expect(html).toContain(
        '<link rel="canonical" href="https://example.org/app/events/sofachannel-23/" />',
      );
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('warns when SITE_URL is not set: the pages would name localhost as their canonical URL', async () => {
    const dist = await makeFixtureDist('/');
    try {
      const env = { ...process.env };
      delete env.SITE_URL;
      const unset = await run(tsx, ['src/publish/cli.ts', '--dist', dist], { env });
      expect(unset.stderr).toContain('SITE_URL is not set');
      expect(unset.stderr).toContain('http://localhost:4173/');
      const set = await run(tsx, ['src/publish/cli.ts', '--dist', dist], {
        env: { ...env, SITE_URL: 'https://example.org' },
      });
      expect(set.stderr).not.toContain('SITE_URL');
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('fails with a message when dist/ has no built app', async () => {
    await expect(
      run(tsx, ['src/publish/cli.ts', '--dist', '/nonexistent-dist', '--quiet']),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('publish:'),
    });
  });

  it('refuses slugs that are not one folder name', () => {
    expect(isSafeSlug('sofameetup-4')).toBe(true);
    expect(isSafeSlug('..')).toBe(false);
    expect(isSafeSlug('a/b')).toBe(false);
    expect(isSafeSlug('')).toBe(false);
  });
});

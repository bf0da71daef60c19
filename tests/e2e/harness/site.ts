// The built sites, as the global setup provides them.
import { inject } from 'vitest';
import type { SiteInfo, SiteName } from './paths';

export function site(name: SiteName): SiteInfo {
  return inject('sites')[name];
}

/** Throws the build error of a site, so that every test on it fails with the reason. */
export function requireBuilt(s: SiteInfo): void {
  if (s.error) throw new Error(`the ${s.name} site did not build:\n${s.error}`);
}

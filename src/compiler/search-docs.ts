// Search documents for the app (owned by the search work): file path in the bundle → content.
import type { Event, Speaker } from '../model/types';

export function buildSearchFiles(_events: Event[], _speakers: Speaker[]): Record<string, string> {
  return {};
}

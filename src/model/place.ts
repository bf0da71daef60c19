// Where an event is, as one line of text: the venue, led by the city unless the venue already names it.
import type { Event } from './types';

export function placeText(event: Pick<Event, 'venue' | 'city'>): string | null {
  const { venue, city } = event;
  if (venue && city && !venue.includes(city)) return `${city} ${venue}`;
  return venue ?? city;
}

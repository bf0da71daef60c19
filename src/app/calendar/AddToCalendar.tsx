// "Add to calendar" for one event (owned by the feeds work). STUB.
import type { Event } from '../../model/types';

export default function AddToCalendar(_props: { event: Event }) {
  return null;
}

import { dateOf, hallDateTime } from '../../../shared/domain';

/** The hall's date now ('YYYY-MM-DD', Beijing time whatever zone the PC is set to). */
export function hallToday(now: number = Date.now()): string {
  return dateOf(hallDateTime(now));
}

/** Now as a device writes it (the hall's wall clock with +08:00), for what a handler records. */
export function hallNow(now: number = Date.now()): string {
  return hallDateTime(now);
}

import { type FieldError, fieldError } from '../../errors.ts';
import { say } from '../messages/message.ts';
import { endOfLocalDay } from './time-zone.ts';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * When a promise is due, as the API takes it everywhere: an instant with its offset as given, or a plain
 * date (`2027-01-15`) meaning the end of that day in the playbook's time zone.
 */
export function resolveDueAt(value: string, timeZone: string): Date {
  return PLAIN_DATE.test(value) ? endOfLocalDay(value, timeZone) : new Date(value);
}

/** A promise due before `now` would be missed the moment it is made: refused, naming the field. */
export function pastDueError(field: string, dueAt: Date, now: Date): FieldError | null {
  return dueAt.getTime() <= now.getTime()
    ? fieldError(field, 'past', say('value.past', { dueAt: dueAt.toISOString() }))
    : null;
}

import type { z } from 'zod';
import { say } from '../domain/messages/message.ts';
import { fieldError, UnprocessableError } from '../errors.ts';

/** A page of a keyset-paginated list, as every list route answers it. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

/**
 * How one list pages: `write` names a row's position as the cursor's fields (null: no cursor after it),
 * `read` turns a cursor that came back into the position the query continues after. Cursors are opaque
 * base64url JSON, checked against `schema` on the way back in.
 */
export class Keyset<S extends z.ZodObject, Row, After> {
  constructor(
    private readonly schema: S,
    private readonly write: (last: Row) => z.input<S> | null,
    private readonly read: (cursor: z.output<S>) => After,
  ) {}

  /** The position `cursor` names, or undefined without one; 422 when this API did not issue it. */
  after(cursor: string | undefined): After | undefined {
    if (cursor === undefined) return undefined;
    const parsed = this.schema.safeParse(jsonOf(cursor));
    if (parsed.success) return this.read(parsed.data as z.output<S>);
    throw invalidCursor();
  }

  /** The cursor after the last row when the page is full; a shorter page is the last one (null). */
  next(rows: readonly Row[], limit: number): string | null {
    const last = rows.at(-1);
    const position = rows.length === limit && last !== undefined ? this.write(last) : null;
    return position === null ? null : Buffer.from(JSON.stringify(position)).toString('base64url');
  }

  /** `{ items, nextCursor }`; `items` are the rows as shown when they differ from the rows queried. */
  page(rows: Row[], limit: number): Page<Row>;
  page<Item>(rows: readonly Row[], limit: number, items: Item[]): Page<Item>;
  page(rows: Row[], limit: number, items: unknown[] = rows): Page<unknown> {
    return { items, nextCursor: this.next(rows, limit) };
  }
}

/** 422 for a cursor this API did not issue (or issued for another list or order). */
export function invalidCursor(): UnprocessableError {
  return new UnprocessableError(say('cursor_invalid', {}), [
    fieldError('query.cursor', 'cursor', say('query.cursor', {})),
  ]);
}

/** The JSON a cursor carries; undefined when it carries none (the schema then refuses it). */
function jsonOf(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

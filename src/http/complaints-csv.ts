import { stringify } from 'csv-stringify/sync';
import type { Complaint, Reply } from '../services/complaint-view.ts';

/** Starts the file, so spreadsheets read it as UTF-8 (Polish and Greek letters intact). */
export const UTF8_BOM = '\uFEFF';

/** The columns of the complaints CSV, in order (the header row). */
export const COMPLAINT_CSV_COLUMNS = [
  'id',
  'source',
  'externalId',
  'occurredAt',
  'receivedAt',
  'author',
  'url',
  'orderId',
  'tags',
  'language',
  'text',
  'answered',
  'answeredAt',
  'firstReplyDueAt',
  'firstReplyBreached',
  'privateChannel',
  'redactedAt',
  'replies',
] as const;

/**
 * Starts a formula once a spreadsheet has trimmed the cell: `=`, `+`, `-`, `@` (and their full-width
 * forms, which some convert) after any leading whitespace, line feeds included, or a leading tab, CR or LF.
 */
const FORMULA_START = /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection") gets a leading `'`, which
 * spreadsheets show as text. Complaint text is written by the public, so every cell is treated this way.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The conversation in one cell, oldest first: "[public] text", a line each. */
const repliesCell = (replies: readonly Reply[] | undefined): string =>
  (replies ?? []).map((r) => `[${r.visibility}] ${r.text}`).join('\n');

function cells(c: Complaint & { replies?: readonly Reply[] }): string[] {
  const values: Record<(typeof COMPLAINT_CSV_COLUMNS)[number], string> = {
    id: c.id,
    source: c.source,
    externalId: c.externalId,
    occurredAt: c.occurredAt,
    receivedAt: c.receivedAt,
    author: c.author ?? '',
    url: c.url ?? '',
    orderId: c.orderId ?? '',
    tags: (c.tags ?? []).join(';'),
    language: c.language,
    text: c.text,
    answered: String(c.answered),
    answeredAt: c.answeredAt ?? '',
    firstReplyDueAt: c.firstReplyDueAt ?? '',
    firstReplyBreached: String(c.firstReplyBreached),
    privateChannel: c.privateChannel?.channel ?? '',
    redactedAt: c.redactedAt ?? '',
    replies: repliesCell(c.replies),
  };
  return COMPLAINT_CSV_COLUMNS.map((column) => neutraliseFormula(values[column]));
}

/**
 * Complaints as RFC 4180 CSV rows (CRLF between records; fields with a comma, quote, CR or LF quoted, quotes
 * doubled), the header first when `header` is set: pages of a long list are written one after another.
 */
export function complaintsCsv(
  complaints: readonly (Complaint & { replies?: readonly Reply[] })[],
  header: boolean,
): string {
  return stringify(complaints.map(cells), {
    header,
    columns: [...COMPLAINT_CSV_COLUMNS],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

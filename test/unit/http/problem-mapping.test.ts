import { describe, expect, it } from 'vitest';
import { toProblem } from '../../../src/http/error-handler.ts';

const pgError = (code: string, message = 'pg error') => Object.assign(new Error(message), { code });

describe('database errors as problems', () => {
  it('should answer a deadlock or serialisation failure with 409 conflict (retry), not 500', () => {
    for (const code of ['40P01', '40001']) {
      expect(toProblem(pgError(code))).toMatchObject({ status: 409, type: '/problems/conflict' });
    }
  });

  it('should answer a read-only database, a full disk and a lost connection with 503', () => {
    expect(toProblem(pgError('25006'))).toMatchObject({ status: 503, type: '/problems/database-read-only' });
    expect(toProblem(pgError('53100')).status).toBe(503);
    expect(toProblem(pgError('57P01')).status).toBe(503);
    expect(toProblem(pgError('ECONNREFUSED')).status).toBe(503);
  });

  it('should answer anything else unknown with a 500 that says nothing of the cause', () => {
    const p = toProblem(pgError('23505', 'duplicate key value violates unique constraint "secret_idx"'));
    expect(p.status).toBe(500);
    expect(JSON.stringify(p)).not.toContain('secret_idx');
  });
});

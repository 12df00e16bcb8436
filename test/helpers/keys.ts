import { expect } from 'vitest';
import type { Role } from '../../src/services/api-keys.ts';
import type { TestApp } from './test-app.ts';

export interface TestKey {
  id: string;
  name: string;
  role: Role;
  key: string;
  prefix: string;
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Issues a key through the API with the default admin key. */
export async function issueKey(t: TestApp, role: Role, name = `${role} key`): Promise<TestKey> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name, role } });
  expect(res.statusCode).toBe(201);
  return res.json() as TestKey;
}

export async function revokeKey(t: TestApp, id: string): Promise<void> {
  const res = await t.app.inject({ method: 'DELETE', url: `/v1/api-keys/${id}` });
  expect(res.statusCode).toBe(204);
}

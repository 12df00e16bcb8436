import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Me } from './api/client';

export const MeContext = createContext<Me | null>(null);

/** Whether the signed-in key's role may call `METHOD /route` (the access policy, as GET /v1/me lists it). */
export function can(me: Me | null, route: string): boolean {
  if (!me) return false;
  return me.allowed.includes('*') || me.allowed.includes(route);
}

export function useCan(route: string): boolean {
  return can(useContext(MeContext), route);
}

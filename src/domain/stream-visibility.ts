/**
 * Who may watch the live stream (GET /v1/stream) and what each sees. The stream is for people and the
 * screens they watch: `admin` and `manager` keys see every event as webhooks carry it; `dashboard` keys
 * (wall screens, read-only boards) see every event without what a customer or a reply said (texts,
 * authors, links, channel ids), which a person opens through the complaint itself. `integration` keys
 * are refused: machines receive events by webhook.
 */
export type StreamAudience = 'staff' | 'dashboard';

export function streamAudience(role: string): StreamAudience | null {
  if (role === 'admin' || role === 'manager') return 'staff';
  if (role === 'dashboard') return 'dashboard';
  return null;
}

/** The fields of an event's `data` a dashboard never receives: personal data and what people wrote. */
export const DASHBOARD_HIDDEN_FIELDS = ['text', 'author', 'url', 'externalId'] as const;

/**
 * The payload as `audience` receives it (webhooks' `{ type, timestamp, data }`); a new object when
 * something is left out, the stored one otherwise.
 */
export function payloadFor(
  audience: StreamAudience,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  if (audience === 'staff') return payload;
  const data = payload.data;
  if (typeof data !== 'object' || data === null) return payload;
  const kept = Object.fromEntries(
    Object.entries(data).filter(([k]) => !(DASHBOARD_HIDDEN_FIELDS as readonly string[]).includes(k)),
  );
  return { ...payload, data: kept };
}

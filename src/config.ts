import { z } from 'zod';
import { parseIsoDuration } from './domain/deadlines/duration.ts';
import { parseRange } from './domain/webhooks/ip-address.ts';
import { parseSecretsKey } from './domain/webhooks/secret-box.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty env vars mean "unset", as in most process managers' env files. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const perMinute = (fallback: number) =>
  optional(z.coerce.number().int().min(1).max(1_000_000)).transform((v) => v ?? fallback);

const TRUST_PROXY_FORMAT =
  'must be true, false, a hop count (1, 2, …) or comma-separated proxy addresses/CIDRs (10.0.0.0/8, ::1, loopback)';
/** Names proxy-addr (fastify's trustProxy) accepts besides addresses. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY as fastify's trustProxy takes it; null when it is none of the accepted forms. */
function parseTrustProxy(text: string): boolean | number | string[] | null {
  const v = text.trim();
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const list = v.split(',').map((s) => s.trim());
  return list.every((s) => PROXY_NAMES.has(s) || parseRange(s) !== null) ? list : null;
}

const SECRETS_KEY_FORMAT =
  'must be 32 bytes written as base64 or 64 hex digits (make one with `openssl rand -base64 32`)';

const ConfigSchema = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65535)).transform((v) => v ?? 3000),
  HOST: optional(z.string().min(1)).transform((v) => v ?? '127.0.0.1'),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection string'),
  ),
  PGLITE_DIR: optional(z.string().min(1)).transform((v) => v ?? './data/pglite'),
  ADMIN_API_KEY: optional(
    z
      .string()
      .min(16, 'must be at least 16 characters')
      .max(256)
      // A Bearer token is one run of visible ASCII: anything else could never be sent back.
      .regex(/^[\x21-\x7e]+$/, 'must be visible ASCII characters without spaces'),
  ),
  PLAYBOOKS_DIR: optional(z.string().min(1)).transform((v) => v ?? './playbooks'),
  /** The built web desk (`npm run build` writes it), served at `/`. */
  WEB_DIR: optional(z.string().min(1)).transform((v) => v ?? './dist/web'),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)).transform((v) => v ?? 'info'),
  WORKER: optional(z.enum(['on', 'off'])).transform((v) => v ?? 'on'),
  /** Pause between worker passes (deadline scheduler, webhook dispatcher). */
  WORKER_INTERVAL_MS: optional(z.coerce.number().int().min(50).max(60_000)).transform((v) => v ?? 1000),
  WEBHOOK_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(60_000)).transform((v) => v ?? 5000),
  /**
   * First-reply time (wall-clock, read as milliseconds) of a complaint no playbook claims: every complaint
   * is answered. 24 h, the most customers on social channels commonly wait for an ordinary question; slower
   * than any shipped playbook (at most 6 h), since such a complaint is part of no known crisis.
   */
  FIRST_REPLY_DEFAULT: optional(
    z.string().refine((v) => {
      try {
        return parseIsoDuration(v) > 0;
      } catch {
        return false;
      }
    }, 'must be a positive ISO 8601 duration such as PT24H or P1D'),
  ).transform((v) => parseIsoDuration(v ?? 'PT24H')),
  /** Let webhooks reach loopback and private networks (on-premises receivers, tests); never metadata. */
  WEBHOOK_ALLOW_PRIVATE: optional(z.enum(['true', 'false'])).transform((v) => v === 'true'),
  DB_POOL_SIZE: optional(z.coerce.number().int().min(1).max(200)).transform((v) => v ?? 10),
  CORS_ORIGINS: optional(
    z
      .string()
      .regex(
        /^\s*(\*|https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*)\s*$/,
        'must be * or a comma-separated list of origins such as https://dash.example.com',
      ),
  ),
  /** Encrypts webhook signing secrets at rest (src/secrets-key.ts decides what happens without it). */
  SECRETS_KEY: optional(z.string()).transform((v, ctx) => {
    if (v === undefined) return undefined;
    const key = parseSecretsKey(v);
    if (!key) ctx.addIssue({ code: 'custom', message: SECRETS_KEY_FORMAT });
    return key ?? undefined;
  }),
  /** Which X-Forwarded-For hops to believe: fastify's trustProxy (true, a hop count, or addresses). */
  TRUST_PROXY: optional(z.string()).transform((v, ctx) => {
    const parsed = parseTrustProxy(v ?? 'false');
    if (parsed === null) ctx.addIssue({ code: 'custom', message: TRUST_PROXY_FORMAT });
    return parsed ?? false;
  }),
  // Requests per minute per API key, by the key's role (per instance; see README "Access control").
  RATE_LIMIT_PER_MINUTE_ADMIN: perMinute(600),
  RATE_LIMIT_PER_MINUTE_MANAGER: perMinute(600),
  RATE_LIMIT_PER_MINUTE_DASHBOARD: perMinute(1200),
  RATE_LIMIT_PER_MINUTE_INTEGRATION: perMinute(1200),
  // Meta (Facebook Page / Instagram) webhooks in; without the app secret the routes do not exist (404).
  META_APP_SECRET: optional(z.string().min(8, 'must be at least 8 characters')),
  META_VERIFY_TOKEN: optional(z.string().min(1)),
  /** A Page access token: when set, public replies made here are posted back as comment replies. */
  META_PAGE_TOKEN: optional(z.string().min(1)),
  META_GRAPH_URL: optional(z.url({ protocol: /^https?$/ })).transform(
    (v) => v ?? 'https://graph.facebook.com/v21.0',
  ),
  // Requests without a valid key, per client address (key guessing, scans).
  RATE_LIMIT_PER_MINUTE_ANONYMOUS: perMinute(60),
  /** Open live streams (GET /v1/stream) one key may hold; one more is answered 429. */
  STREAM_MAX_PER_KEY: optional(z.coerce.number().int().min(1).max(1000)).transform((v) => v ?? 5),
  /** How often the live stream reads the outbox while a stream is open (one query per process). */
  STREAM_POLL_MS: optional(z.coerce.number().int().min(50).max(10_000)).transform((v) => v ?? 500),
  /** The keepalive comment on an open stream, so proxies do not close it for idling. */
  STREAM_KEEPALIVE_MS: optional(z.coerce.number().int().min(100).max(120_000)).transform((v) => v ?? 15_000),
});

export type Config = Readonly<z.output<typeof ConfigSchema>>;

/** Thrown when a setting is invalid; `problems` holds one line per bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Whether an environment variable is set (empty means unset, as everywhere here). */
const isSet = (v: string | undefined) => v !== undefined && v.trim() !== '';

/**
 * Parses settings from the environment once; every bad setting is named. `secretsKeyRequired` (the
 * server and the worker): with DATABASE_URL, SECRETS_KEY must be set, since several instances share one
 * PostgreSQL and a key generated per instance would not open the others' rows. The CLIs (keys, migrate)
 * never touch webhook secrets and pass false.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: { secretsKeyRequired?: boolean } = {},
): Config {
  const parsed = ConfigSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? 'settings');
        // A key's value is not echoed: this line goes to logs.
        const shown = key === 'SECRETS_KEY' ? '(hidden)' : JSON.stringify(env[key] ?? '');
        return `Invalid setting ${key}=${shown}: ${issue.message}`;
      });
  const badUrl = problems.some((p) => p.startsWith('Invalid setting DATABASE_URL='));
  if ((options.secretsKeyRequired ?? true) && isSet(env.DATABASE_URL) && !badUrl && !isSet(env.SECRETS_KEY)) {
    problems.push(
      'Invalid setting SECRETS_KEY="": must be set when DATABASE_URL is set, the same on every instance: 32 bytes as base64 or 64 hex digits (make one with `openssl rand -base64 32`)',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(parsed.data);
}

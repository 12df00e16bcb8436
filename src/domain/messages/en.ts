import { type RefusalKind, reasonInEnglish } from '../webhooks/address-policy.ts';
import { enCommitments } from './en-commitments.ts';
import { enFeedback } from './en-feedback.ts';
import { enFields } from './en-fields.ts';
import { enLedger } from './en-ledger.ts';
import { enReport } from './en-report.ts';
import { enStream } from './en-stream.ts';
import { enWeb } from './en-web.ts';
import { define, type FieldMessage, type Thing } from './template.ts';

const THINGS: Record<Thing, string> = {
  incident: 'Incident',
  complaint: 'Complaint',
  webhook: 'Webhook',
  api_key: 'API key',
  playbook: 'Playbook',
  reply: 'Reply',
  statement: 'Statement',
  compensation: 'Compensation',
  playbook_version: 'Playbook version',
};

/**
 * The registry of messages, in English, each with an example of its parameters (the catalog test renders
 * every key with it in every language). Add a key here first; `pl.ts` then fails typecheck until it has its
 * Polish text. Request-level problems here, field rules in en-fields.ts.
 */
export const en = {
  ...enFields,
  ...enLedger,
  ...enCommitments,
  ...enStream,
  ...enFeedback,
  ...enReport,
  ...enWeb,
  not_found: define(
    { thing: 'incident' as Thing, id: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c' },
    (p) => `${THINGS[p.thing]} ${p.id} does not exist.`,
  ),
  route_not_found: define(
    { method: 'GET', path: '/v1/nothing' },
    (p) => `There is no route ${p.method} ${p.path}.`,
  ),
  method_not_allowed: define(
    { method: 'DELETE', path: '/v1/incidents/1', allowed: ['GET', 'HEAD'] as readonly string[] },
    (p) => `${p.method} is not allowed on ${p.path}; use ${p.allowed.join(', ')}.`,
  ),
  playbook_not_found: define(
    { playbookId: 'delivery-dlay' },
    (p) => `There is no playbook "${p.playbookId}"; choose one of the playbooks the engine has loaded.`,
  ),
  event_not_allowed: define(
    { event: 'close', state: 'apologise', allowed: ['apologise', 'dismiss'] as readonly string[] },
    (p) =>
      `The event "${p.event}" is not accepted while the incident is in "${p.state}". Accepted now: ${
        p.allowed.length ? p.allowed.join(', ') : 'none'
      }.`,
  ),
  statement_refused: define(
    {
      errors: [
        { field: 'body.text', say: { key: 'statement.dismissive', params: { quote: 'calm down' } } },
      ] as readonly FieldMessage[],
    },
    (p, t) =>
      `The statement breaks ${p.errors.length === 1 ? 'one rule' : `${p.errors.length} rules`}; fix the text and draft it again: ${p.errors.map((e) => t(e.say)).join(' ')}`,
  ),
  self_approval: define(
    {},
    () =>
      'You drafted this statement yourself: another person, signed in with their own key, must approve or reject it.',
  ),
  approver_not_allowed: define(
    { role: 'manager', allowed: ['admin'] as readonly string[] },
    (p) =>
      `This incident's playbook lets only ${p.allowed.join(' or ')} keys decide on statements at its severity; a ${p.role} key may not. Ask someone with such a key.`,
  ),
  statement_decided: define(
    {},
    () =>
      'This statement was already decided, and a decision is final: draft a new statement to change the text.',
  ),
  unsupported_charset: define(
    { charset: 'ISO-8859-1' },
    (p) =>
      `The body is declared as charset=${p.charset}; JSON here is UTF-8 only: encode it as UTF-8 and send charset=utf-8 or no charset.`,
  ),
  uri_too_long: define(
    {},
    () => 'A path parameter is longer than 100 characters: ids here are UUIDs or short names; check the URL.',
  ),
  bad_url: define(
    {},
    () =>
      'The path is not valid percent-encoding of UTF-8 (e.g. "%ZZ" or an overlong "%C0%AF"): encode each byte as %XX of its UTF-8 form.',
  ),
  headers_too_large: define(
    {},
    () => 'The request headers are larger than 16 KiB: send fewer or shorter headers (cookies, tokens).',
  ),
  request_timeout: define({}, () => 'The request took too long to arrive; send it again.'),
  bad_http: define({}, () => 'The request is not valid HTTP/1.1; check the request line and headers.'),
  meta_signature_missing: define(
    {},
    () =>
      'This route takes only Meta webhook deliveries: send X-Hub-Signature-256: sha256=<HMAC of the body>.',
  ),
  meta_signature_invalid: define(
    {},
    () =>
      'X-Hub-Signature-256 does not match the body: sign the raw body with the app secret (META_APP_SECRET).',
  ),
  meta_verification_refused: define(
    {},
    () =>
      'The verification was refused: hub.mode must be "subscribe" and hub.verify_token must equal META_VERIFY_TOKEN.',
  ),
  delivery_final: define(
    {
      replyId: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c',
      status: 'delivered',
      externalId: 'fb_123' as string | null,
    },
    (p) =>
      `Reply ${p.replyId} was already reported ${p.status}${p.externalId ? ` as ${p.externalId}` : ''}; a delivered reply stays delivered. If the channel removed it, post a new reply instead.`,
  ),
  version_mismatch: define(
    { expected: 3, actual: 4 },
    (p) =>
      `If-Match expected version ${p.expected}, but the incident is at version ${p.actual}: reload it and decide again.`,
  ),
  step_retries_exhausted: define(
    { id: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c', attempts: 5 },
    (p) => `Incident ${p.id} changed ${p.attempts} times while this event was applied; retry.`,
  ),
  complaint_already_attached: define(
    { id: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3d', incidentId: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c' },
    (p) => `Complaint ${p.id} is already attached to incident ${p.incidentId}.`,
  ),
  complaint_being_stored: define({}, () => 'The complaint is being stored by another request; retry.'),
  concurrent_change: define({}, () => 'A concurrent change got in the way and nothing was written; retry.'),
  public_reply_first: define(
    {},
    () =>
      'This complaint has no public reply yet: answer it publicly first, where the customer complained, then move the conversation to a private channel.',
  ),
  unanswered_complaints: define(
    { count: 3 },
    (p) =>
      `${p.count === 1 ? 'One complaint' : `${p.count} complaints`} of this incident still ${p.count === 1 ? 'has' : 'have'} no public reply: answer them, or say why they stay unanswered when you close.`,
  ),
  idempotency_key_reused: define(
    {},
    () => 'This Idempotency-Key was already used with a different request; use a new key for a new request.',
  ),
  idempotency_key_in_flight: define(
    {},
    () => 'A request with this Idempotency-Key is still being processed; retry after it finishes.',
  ),
  api_key_missing: define({}, () => 'This route needs an API key: send "Authorization: Bearer <key>".'),
  api_key_invalid: define({}, () => 'The API key is not valid: it is unknown or has been revoked.'),
  forbidden: define(
    {
      role: 'dashboard',
      method: 'POST',
      url: '/v1/incidents',
      allowed: ['admin', 'manager'] as readonly string[],
    },
    (p) => `A ${p.role} key may not call ${p.method} ${p.url}; this needs one of: ${p.allowed.join(', ')}.`,
  ),
  rate_limited_anonymous: define(
    { max: 60, seconds: 12 },
    (p) =>
      `Requests without a valid API key may come ${p.max} times per minute from one address; retry in ${p.seconds} s, with a key.`,
  ),
  webhook_url_refused: define(
    {
      url: 'http://10.0.0.5/hook',
      host: 'hooks.example.com',
      address: '10.0.0.5' as string | null,
      kind: 'private' as RefusalKind,
      dnsCode: null as string | null,
      hint: 'private' as 'host' | 'private' | 'public',
    },
    (p) =>
      `The webhook URL ${p.url} is refused: ${
        p.address === null || p.address === p.host ? p.host : `${p.host} resolves to ${p.address}, which`
      } is ${reasonInEnglish(p.kind, p.dnsCode)}. ${
        p.hint === 'host'
          ? 'Check the host name.'
          : p.hint === 'private'
            ? 'Webhooks go to public addresses; for a receiver on your own network the operator can set WEBHOOK_ALLOW_PRIVATE=true.'
            : 'Give a URL on a public address.'
      }`,
  ),
  rate_limited: define(
    { max: 600, seconds: 12 },
    (p) => `This key may send ${p.max} requests per minute; retry in ${p.seconds} s.`,
  ),
  database_unavailable: define({}, () => 'The database is not answering; retry shortly.'),
  database_read_only: define(
    {},
    () => 'The database is read-only right now; changes cannot be saved. Retry later.',
  ),
  database_disk_full: define({}, () => 'The database disk is full; changes cannot be saved. Retry later.'),
  database_not_migrated: define({}, () => 'Database migrations are not applied yet.'),
  internal_error: define({}, () => 'Something went wrong on our side; it has been logged.'),
  response_invalid: define({}, () => 'The server could not produce a valid response.'),
  unsupported_media_type: define(
    {},
    () => 'The body must be JSON: send it with "Content-Type: application/json".',
  ),
  body_too_large: define(
    {},
    () => 'The body is larger than this route accepts: send less (split a large batch of complaints).',
  ),
  malformed_json: define(
    {},
    () => 'The body is not valid JSON: check the quotes, commas and brackets, or send no body at all.',
  ),
  bad_content_length: define({}, () => 'The Content-Length header does not match the body sent.'),
  bad_request: define(
    { reason: 'Bad Request' },
    (p) => `The request could not be processed (${p.reason}); check its URL, headers and body.`,
  ),
  cursor_invalid: define({}, () => 'The cursor is not one this API issued; start again without it.'),
  body_not_utf8: define({}, () => 'The request body is not valid UTF-8.'),
  reply_not_unicode: define({}, () => 'The reply is not valid Unicode text.'),
};

/**
 * For the hottest routes (polled reads, transitions): answers are serialised with plain JSON.stringify
 * instead of being validated against their zod schema first. Their bodies are built field by field by
 * typed mappers (toIncident), so nothing extra can leak; the schemas still document them in
 * /openapi.json, and the integration tests parse every such answer with the schema (test/helpers/
 * contract.ts). Validating 50 incidents per list page cost more than the query.
 */
export const trustedJsonSerializer = () => (data: unknown) => JSON.stringify(data);

// Generated from /openapi.json by `npm run web:api-types` (src/cli/web-api-types.ts). Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process runs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and migrations are applied */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/database-unavailable, /problems/not-ready. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: request latency, incidents by state, deadlines, backlog, the pool */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text exposition format 0.0.4 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/playbooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The playbooks this service runs (their current versions) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Playbook"][];
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/playbooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One playbook: its five stages in order, deadlines, evidence and guidance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Playbook"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/playbooks/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stored version of a playbook (the rules an older incident still runs under) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Playbook"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents, newest change first; keyset-paginated, with a page ETag */
        get: {
            parameters: {
                query?: {
                    state?: "apologise" | "admit" | "counteract" | "improve" | "compensate" | "legal" | "monitoring" | "dismissed" | "closed";
                    severity?: "low" | "medium" | "high" | "critical";
                    playbookId?: string;
                    breached?: "true" | "false";
                    /** @description From 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z, with an offset of at most ±14:00 */
                    updatedSince?: string;
                    limit?: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: {
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Incident"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open an incident under a playbook; it starts in `apologise` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        playbookId: string;
                        title: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        summary?: string;
                        /** @description Who opens it (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/body-too-large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident; `If-None-Match` with its ETag answers 304 from one indexed read */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "if-none-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a 5P event with its evidence; optional `If-Match: "<version>"`
         * @description 409 when the event is not accepted in the current state (the problem lists `allowedEvents`); 412 when If-Match is stale; 422 when the evidence fails (each failing field in `errors`).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        event: "apologise";
                        /** @description The evidence of `apologise`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence: {
                            statement?: string;
                            channels: string[];
                            /**
                             * Format: uuid
                             * @description An approved statement of this stage and incident (POST /v1/incidents/{id}/statements), published by this step; instead of `statement`. Required where the playbook requires approval at this severity.
                             */
                            statementId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "admit";
                        /** @description The evidence of `admit`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence: {
                            statement?: string;
                            cause: string;
                            /**
                             * Format: uuid
                             * @description An approved statement of this stage and incident (POST /v1/incidents/{id}/statements), published by this step; instead of `statement`. Required where the playbook requires approval at this severity.
                             */
                            statementId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "counteract";
                        /** @description The evidence of `counteract`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence: {
                            actions: ({
                                description: string;
                                owner: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "improve";
                        /** @description The evidence of `improve`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence: {
                            changes: ({
                                description: string;
                                owner: string;
                                dueAt: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "compensate";
                        /** @description The evidence of `compensate`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence: {
                            offer: {
                                /** @enum {string} */
                                kind: "discount" | "voucher" | "refund" | "gift" | "free_shipping" | "other";
                                description: string;
                                value?: number;
                                currency?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "close";
                        /** @description The evidence of `close`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence?: {
                            unansweredReason?: string;
                            carryOver?: boolean;
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "escalate_legal";
                        /** @description The evidence of `escalate_legal`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence: {
                            reason: string;
                            customerAtFault: {
                                summary: string;
                                evidence: string[];
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "resume";
                        /** @description The evidence of `resume`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence?: {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "dismiss";
                        /** @description The evidence of `dismiss`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence: {
                            reason: string;
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "reopen";
                        /** @description The evidence of `reopen`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence: {
                            reason: string;
                            stragglers?: {
                                count: number;
                                within: string;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        event: "set_severity";
                        /** @description The evidence of `set_severity`, plus the fields the playbook's stage `requires` (GET /v1/playbooks/{id}). */
                        evidence: {
                            /** @enum {string} */
                            severity: "low" | "medium" | "high" | "critical";
                            reason: string;
                        } & {
                            [key: string]: unknown;
                        };
                        actor?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/version-mismatch. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/body-too-large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An incident's stage deadlines, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the page you hold: 304 while it is still the page */
                    "if-none-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Deadline"][];
                            nextCursor?: string | null;
                        };
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deadlines across incidents, soonest due first */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "met" | "breached" | "paused" | "cancelled";
                    /** @description From 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z, with an offset of at most ±14:00 */
                    dueBefore?: string;
                    limit?: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: {
                    /** @description The ETag of the page you hold: 304 while it is still the page */
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Deadline"][];
                            nextCursor?: string | null;
                        };
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the incident's audit chain, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    limit?: number;
                };
                header?: {
                    /** @description The ETag of the page you hold: 304 while it is still the page */
                    "if-none-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEntry"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain; reports the first broken entry */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            valid: boolean;
                            entries: number;
                            firstInvalidSeq?: number;
                            reason?: string;
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts by state and severity, deadlines due soon or breached, median time to apology, complaints waiting for a first reply */
        get: {
            parameters: {
                query?: {
                    /** @description From 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z, with an offset of at most ±14:00 */
                    since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @example 2026-11-24T09:30:00.000Z
                             */
                            since: string;
                            incidents: {
                                byState: {
                                    [key: string]: number;
                                };
                                bySeverity: {
                                    [key: string]: number;
                                };
                            };
                            deadlines: {
                                dueWithinHour: number;
                                breached: number;
                            };
                            timeToApology: {
                                playbookId: string;
                                medianMinutes: number;
                                incidents: number;
                            }[];
                            /** @description Complaints waiting for their first reply */
                            complaints: {
                                /** @description Complaints without a first reply (now, not since) */
                                unanswered: number;
                                /** @description Of those, the ones past their firstReplyDueAt */
                                overdue: number;
                            };
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current stage’s requirements and guidance, and the complaints waiting for a reply */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description e.g. "pl, en;q=0.5" */
                    "accept-language"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NextStep"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The post-mortem: stages against deadlines, statements, complaints, compensation, commitments, the chain
         * @description JSON by default; `Accept: text/markdown` answers the same as a Markdown document.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            incident: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                playbookId: string;
                                playbookVersion: string;
                                state: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high" | "critical";
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                openedAt: string;
                                /** @description The playbook's time zone (the Markdown's local times) */
                                timeZone: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-11-24T09:30:00.000Z
                             */
                            generatedAt: string;
                            /** @description Every stage deadline, oldest first (reopens repeat a stage) */
                            stages: {
                                /** @enum {string} */
                                stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                dueAt: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "met" | "breached" | "paused" | "cancelled";
                                breached: boolean;
                                /** @description Wall-clock time paused in legal */
                                pausedMs: number;
                            }[];
                            statements: {
                                /** Format: uuid */
                                id: string;
                                stage: string;
                                status: string;
                                author: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                publishedAt: string | null;
                                channels: string[];
                                approvals: number;
                                text: string;
                            }[];
                            complaints: {
                                total: number;
                                byChannel: {
                                    [key: string]: number;
                                };
                                /** @description By the UTC hour received; hours without complaints are left out */
                                byHour: {
                                    /**
                                     * Format: date-time
                                     * @example 2026-11-24T09:30:00.000Z
                                     */
                                    hour: string;
                                    count: number;
                                }[];
                                answered: number;
                                firstReply: {
                                    /** @description Receipt to first public reply, over answered complaints */
                                    medianMs: number | null;
                                    /** @description Nearest-rank 90th percentile */
                                    p90Ms: number | null;
                                    breached: number;
                                };
                            };
                            /** @description The ledger's totals, as GET …/compensations gives them (each item counted where it stands); null while it records no item */
                            compensation: {
                                /**
                                 * @description A decimal string in major units
                                 * @example 50.00
                                 */
                                offered: string;
                                /**
                                 * @description A decimal string in major units
                                 * @example 50.00
                                 */
                                accepted: string;
                                /**
                                 * @description A decimal string in major units
                                 * @example 50.00
                                 */
                                fulfilled: string;
                                currency: string;
                            } | null;
                            /** @description Every commitment of the incident (from improve and manual), oldest first */
                            commitments: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                owner: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                dueAt: string;
                                /** @enum {string} */
                                status: "open" | "done" | "missed" | "cancelled";
                            }[];
                            /**
                             * @example {
                             *       "valid": true,
                             *       "entries": 7
                             *     }
                             */
                            audit: {
                                valid: boolean;
                                entries: number;
                                firstInvalidSeq?: number;
                                reason?: string;
                            };
                        };
                        "text/markdown": string;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-acceptable. */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-derive the incident from its audit chain alone under a stored playbook version; writes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A stored version of the incident's playbook (GET /v1/playbooks/{id}/versions/{version})
                         * @example 5d0c4e8b2a7f1c3e9b6d4a2f0e8c6b4a2d0f8e6c4b2a0f8e6d4c2b0a9f8e7d6c
                         */
                        playbookVersion: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            playbookVersion: string;
                            /** @description False when a step was refused under the version (the walk stops) */
                            complete: boolean;
                            states: {
                                seq: number;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                at: string;
                                action: string;
                                state: string;
                                severity: string;
                                deadline: {
                                    stage: string;
                                    /**
                                     * Format: date-time
                                     * @example 2026-11-24T09:30:00.000Z
                                     */
                                    dueAt: string | null;
                                    paused: boolean;
                                } | null;
                                breached: boolean;
                            }[];
                            deadlines: {
                                stage: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Due under the replayed version
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                dueAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description Due as stored
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                actualDueAt: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                completedAt: string | null;
                                wouldBreach: boolean;
                                breached: boolean;
                            }[];
                            /** @description Where the replay and the stored incident differ */
                            differences: string[];
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/statements/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a text against the stage’s statement rules; stores nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "apologise" | "admit";
                        text: string;
                        /** @description Where it will be published; an apology must cover every complaint channel */
                        channels?: string[];
                        /** @description Defaults to the playbook’s first language */
                        language?: string;
                        /** @description Who writes it (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checks: {
                                rule: string;
                                ok: boolean;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident’s statements, oldest first, with their decisions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Statement"][];
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Draft a statement: pending approval where the playbook requires it, else approved
         * @description The stage’s statement rules run first: 422 `/problems/statement-refused` lists each rule that fails. Publish it with `apologise`/`admit` and `evidence.statementId` once approved.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "apologise" | "admit";
                        text: string;
                        /** @description Where it will be published; an apology must cover every complaint channel */
                        channels?: string[];
                        /** @description Defaults to the playbook’s first language */
                        language?: string;
                        /** @description Who writes it (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statement"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a pending statement (another key than the author’s)
         * @description The author’s own key → 403 `/problems/self-approval`; a role the playbook does not name → 403 `/problems/approver-not-allowed`; a statement already decided → 409 `/problems/statement-decided`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "approve" | "reject";
                        /** @description Why: kept with the decision and audited; required to reject (the author rewrites from it) */
                        note?: string;
                        /** @description Who decides (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statement"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/compensations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident’s compensation ledger, oldest first, with its totals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Compensation"][];
                            /** @description Sums of the items now in each status (an item counts once, where it stands), as decimal strings */
                            totals: {
                                offered: string;
                                accepted: string;
                                fulfilled: string;
                                currency: string;
                            };
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Offer a compensation within the playbook’s limits at the incident’s severity
         * @description Above the per-item ceiling → 422 `/problems/compensation-refused` with rule `ceiling`; the incident’s total of items not declined or cancelled above the budget → rule `budget`; another currency → rule `currency`. Above the approval threshold the item is `pending_approval` until another key moves it to `offered`; else it is `offered` at once. Emits `compensation.changed`. Optional `Idempotency-Key`: a client unsure whether its offer went through sends it again with the same key and gets the first answer, not a second offer.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for the same body (24 h); another body: 422; still running: 409 */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "discount" | "voucher" | "refund" | "gift" | "free_shipping" | "other";
                        /**
                         * @description A decimal string in the currency’s major units, e.g. "50.00" (50 PLN)
                         * @example 50.00
                         */
                        value: string;
                        /** @description Defaults to the playbook’s; another one → 422 `currency` */
                        currency?: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description A complaint attached to this incident
                         */
                        complaintId?: string;
                        /** @description Who receives it (a name, a handle, an order) */
                        recipient?: string;
                        /** @description Who proposes it (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Compensation"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compensations/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a compensation: approve, answer, fulfil or cancel it
         * @description offered → accepted|declined|cancelled, accepted → fulfilled, pending_approval → offered (another key than the author’s: else 403 `/problems/self-approval`) or cancelled; any other move → 409 `/problems/compensation-move-not-allowed`. Emits `compensation.changed`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "pending_approval" | "offered" | "accepted" | "declined" | "fulfilled" | "cancelled";
                        /** @description Why: kept in the history and audited */
                        note?: string;
                        /** @description What proves it outside: a voucher code, a transfer id */
                        reference?: string;
                        /** @description Who moves it (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Compensation"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident’s commitments, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Commitment"][];
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a public commitment by hand (source manual)
         * @description The `improve` step makes each `changes[]` item a commitment; this adds one at any other time. The worker sends `commitment.approaching` before `dueAt` and marks it `missed` at `dueAt`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What was promised, in public */
                        description: string;
                        /** @description Who answers for it */
                        owner: string;
                        /** @description An instant with its offset, or a plain date: the end of that day in the playbook’s time zone */
                        dueAt: string;
                        /** @description Who adds it (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commitment"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commitments/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an open commitment done or cancelled
         * @description Only an open commitment moves: one already done, cancelled or missed → 409 `/problems/commitment-move-refused`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "done" | "cancelled";
                        /** @description How it was kept, or why it was withdrawn (audited) */
                        note?: string;
                        /** @description Who says so (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commitment"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commitments across incidents, soonest due first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "done" | "missed" | "cancelled";
                    /** @description Only commitments due before this instant */
                    dueBefore?: string;
                    limit?: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Commitment"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An incident’s page in one read: the incident, its next step, playbook facts, statements, ledger, commitments, complaint counts, the timeline for people and the last reopen
         * @description A weak ETag of the content; `If-None-Match` answers 304 while nothing shown changed. The complaints themselves are paged by `GET /v1/incidents/{id}/complaints`; the chain is verified on demand by `…/audit/verify`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the stage guidance, among the playbook’s (`playbook.languages`); else from Accept-Language */
                    guidance?: string;
                };
                header?: {
                    /** @description The ETag of the page you hold: 304 while it is still the page */
                    "if-none-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Workspace"];
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every key, revoked ones included, without secrets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiKey"][];
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Issue a key for a role; the secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Who or what holds the key */
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "manager" | "dashboard" | "integration";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedApiKey"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/body-too-large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key: every instance refuses it from the next request on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked: the key stops working at once */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complaints, oldest first or as `sort` says; what still waits (`answered=false`, `overdue=true`) soonest due first
         * @description An integration key sees only the complaints it posted. Unattached complaints say why they wait in `match`.
         */
        get: {
            parameters: {
                query?: {
                    answered?: "true" | "false";
                    /** @description `true`: unanswered past firstReplyDueAt (what needs an answer first); `false`: the others */
                    overdue?: "true" | "false";
                    source?: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
                    /** @description `true`: moved to a private channel; `false`: not */
                    private?: "true" | "false";
                    /** @description What the platform (Meta) reported since: the comment was edited, or removed */
                    platformState?: "edited" | "removed";
                    /** @description Words to find, searched in each complaint’s own language (English and Greek by stems, Polish as written words); quotes for a phrase, `-word` to exclude, `or` between alternatives. In an incident’s list also the words as typed in the text, its platform edit, the author and the order number */
                    q?: string;
                    /** @description An incident id, or `none` for complaints attached to no incident (triage) */
                    incidentId?: string | "none";
                    /** @description `urgent`: unanswered soonest due first, then the answered; `newest`/`oldest`: by arrival. Default: oldest first, or soonest due first when `answered=false` or `overdue=true` */
                    sort?: "urgent" | "newest" | "oldest";
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    limit?: number;
                };
                header?: {
                    /** @description The ETag of the page you hold: 304 while it is still the page */
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
                                externalId: string;
                                text: string;
                                /** @description Detected at ingest among en, pl and el (ISO 639-1), or `und` when the text is too short to tell */
                                language: string;
                                /**
                                 * @description What it is about (e.g. delivery, courier, refund), from its playbook’s topic keywords in its language at ingest (every playbook’s when none claims it); sorted, empty when no keyword occurs
                                 * @example [
                                 *       "courier",
                                 *       "delivery"
                                 *     ]
                                 */
                                topics: string[];
                                author?: string;
                                url?: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                occurredAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                receivedAt: string;
                                orderId?: string;
                                tags?: string[];
                                /** @description The post or media a comment sits under, when known */
                                postId?: string;
                                /** Format: uuid */
                                incidentId: string | null;
                                answered: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                answeredAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description When the first reply is due: the playbook’s firstReply for the severity, else the default policy (FIRST_REPLY_DEFAULT, 24 h); null only on complaints stored before that policy
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                firstReplyDueAt: string | null;
                                /**
                                 * @description firstReplyDueAt as local time with its offset (RFC 3339), in the time zone of the playbook of the complaint’s incident, else of the playbook it matched, else UTC (the default policy); null with it
                                 * @example 2026-11-24T12:12:03+01:00
                                 */
                                firstReplyDueAtLocal: string | null;
                                /** @description The worker found it still unanswered at firstReplyDueAt (complaint.first_reply_breached) */
                                firstReplyBreached: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                redactedAt: string | null;
                                /** @description Where the conversation moved after a public reply (move-private); null while public */
                                privateChannel: {
                                    /** @enum {string} */
                                    channel: "dm" | "email" | "phone";
                                    /**
                                     * Format: date-time
                                     * @example 2026-11-24T09:30:00.000Z
                                     */
                                    at: string;
                                } | null;
                                /** @description Present when the channel (Meta webhooks) reported an edit or removal of the comment: `text` stays as first received */
                                channelChanges?: {
                                    editedText: string | null;
                                    /**
                                     * Format: date-time
                                     * @example 2026-11-24T09:30:00.000Z
                                     */
                                    editedAt: string | null;
                                    /**
                                     * Format: date-time
                                     * @example 2026-11-24T09:30:00.000Z
                                     */
                                    removedAt: string | null;
                                };
                                /** @description Why an unattached complaint waits (triage); absent on attached complaints */
                                match?: {
                                    /** @description The playbook it counts towards, or null */
                                    playbookId: string | null;
                                    /** @description For a complaint no trigger matched: the playbook it came closest to */
                                    closest: {
                                        playbookId: string;
                                        /** @description What it lacked: `keywords` (none of the trigger’s words or tags), `source` (a channel the playbook does not watch), `orderId` (an order number in another format) */
                                        missing: ("keywords" | "source" | "orderId")[];
                                    } | null;
                                };
                            }[];
                            nextCursor: string | null;
                            /** @description Counted when `incidentId` is given (`none` too), else null */
                            total: number | null;
                        };
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Ingest one complaint: 201 when new, 200 with the stored one when (source, externalId) is known
         * @description Correlates it: the named incident, else the matching playbook’s open incident, else it counts towards the trigger threshold (which opens an incident). A new complaint says what it matched in `match`. A body that does not fit the schema is 422 (as inside a batch). Optional `Idempotency-Key`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for the same body (24 h); another body: 422; still running: 409 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
                        /** @description The id the channel gave it; (source, externalId) is unique */
                        externalId: string;
                        /** @description Stored as received. At most 10000 characters (code points): longer is 422 naming `text`, as is invalid Unicode. */
                        text: string;
                        author?: string;
                        /** Format: uri */
                        url?: string;
                        /**
                         * Format: date-time
                         * @description When it was posted; defaults to when it was received
                         * @example 2026-11-24T09:30:00.000Z
                         */
                        occurredAt?: string;
                        orderId?: string;
                        tags?: string[];
                        /**
                         * @description The post (or Instagram media) a comment sits under, so a desk can group a wave by post; Meta deliveries set it
                         * @example 104857361234_998877665544
                         */
                        postId?: string;
                        /**
                         * Format: uuid
                         * @description Attach to this incident instead of matching triggers
                         */
                        incidentId?: string;
                        /** @description Count it towards this playbook instead of matching triggers */
                        playbookId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IngestedComplaint"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IngestedComplaint"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/body-too-large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest up to 1000 complaints; each item answers 201, 200 or 422 on its own
         * @description Body limit 8 MiB (413 beyond). Optional `Idempotency-Key` for the whole batch.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for the same body (24 h); another body: 422; still running: 409 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
                            /** @description The id the channel gave it; (source, externalId) is unique */
                            externalId: string;
                            /** @description Stored as received. At most 10000 characters (code points): longer is 422 naming `text`, as is invalid Unicode. */
                            text: string;
                            author?: string;
                            /** Format: uri */
                            url?: string;
                            /**
                             * Format: date-time
                             * @description When it was posted; defaults to when it was received
                             * @example 2026-11-24T09:30:00.000Z
                             */
                            occurredAt?: string;
                            orderId?: string;
                            tags?: string[];
                            /**
                             * @description The post (or Instagram media) a comment sits under, so a desk can group a wave by post; Meta deliveries set it
                             * @example 104857361234_998877665544
                             */
                            postId?: string;
                            /**
                             * Format: uuid
                             * @description Attach to this incident instead of matching triggers
                             */
                            incidentId?: string;
                            /** @description Count it towards this playbook instead of matching triggers */
                            playbookId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                status: 201 | 200 | 422;
                                complaint?: components["schemas"]["IngestedComplaint"];
                                error?: components["schemas"]["Problem"];
                            }[];
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/body-too-large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The complaints of an incident with their conversations, filtered, searched and sorted; `total` counts what the filter matches
         * @description JSON pages by default. `Accept: text/csv` answers every complaint the filters match (`cursor` and `limit` do not apply) as RFC 4180 CSV, UTF-8 with a byte-order mark (so spreadsheets read Polish letters), a header row and the reply texts; cells a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab, CR, LF) start with `'`.
         */
        get: {
            parameters: {
                query?: {
                    answered?: "true" | "false";
                    /** @description `true`: unanswered past firstReplyDueAt (what needs an answer first); `false`: the others */
                    overdue?: "true" | "false";
                    source?: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
                    /** @description `true`: moved to a private channel; `false`: not */
                    private?: "true" | "false";
                    /** @description What the platform (Meta) reported since: the comment was edited, or removed */
                    platformState?: "edited" | "removed";
                    /** @description Words to find, searched in each complaint’s own language (English and Greek by stems, Polish as written words); quotes for a phrase, `-word` to exclude, `or` between alternatives. In an incident’s list also the words as typed in the text, its platform edit, the author and the order number */
                    q?: string;
                    /** @description Only the comments under this post */
                    postId?: string;
                    /** @description `urgent`: unanswered soonest due first, then the answered; `newest`/`oldest`: by arrival. Default: oldest first, or soonest due first when `answered=false` or `overdue=true` */
                    sort?: "urgent" | "newest" | "oldest";
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    limit?: number;
                };
                header?: {
                    /** @description The ETag of the page you hold: 304 while it is still the page */
                    "if-none-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of complaints, or all of them as CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
                                externalId: string;
                                text: string;
                                /** @description Detected at ingest among en, pl and el (ISO 639-1), or `und` when the text is too short to tell */
                                language: string;
                                /**
                                 * @description What it is about (e.g. delivery, courier, refund), from its playbook’s topic keywords in its language at ingest (every playbook’s when none claims it); sorted, empty when no keyword occurs
                                 * @example [
                                 *       "courier",
                                 *       "delivery"
                                 *     ]
                                 */
                                topics: string[];
                                author?: string;
                                url?: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                occurredAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                receivedAt: string;
                                orderId?: string;
                                tags?: string[];
                                /** @description The post or media a comment sits under, when known */
                                postId?: string;
                                /** Format: uuid */
                                incidentId: string | null;
                                answered: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                answeredAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description When the first reply is due: the playbook’s firstReply for the severity, else the default policy (FIRST_REPLY_DEFAULT, 24 h); null only on complaints stored before that policy
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                firstReplyDueAt: string | null;
                                /**
                                 * @description firstReplyDueAt as local time with its offset (RFC 3339), in the time zone of the playbook of the complaint’s incident, else of the playbook it matched, else UTC (the default policy); null with it
                                 * @example 2026-11-24T12:12:03+01:00
                                 */
                                firstReplyDueAtLocal: string | null;
                                /** @description The worker found it still unanswered at firstReplyDueAt (complaint.first_reply_breached) */
                                firstReplyBreached: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                redactedAt: string | null;
                                /** @description Where the conversation moved after a public reply (move-private); null while public */
                                privateChannel: {
                                    /** @enum {string} */
                                    channel: "dm" | "email" | "phone";
                                    /**
                                     * Format: date-time
                                     * @example 2026-11-24T09:30:00.000Z
                                     */
                                    at: string;
                                } | null;
                                /** @description Present when the channel (Meta webhooks) reported an edit or removal of the comment: `text` stays as first received */
                                channelChanges?: {
                                    editedText: string | null;
                                    /**
                                     * Format: date-time
                                     * @example 2026-11-24T09:30:00.000Z
                                     */
                                    editedAt: string | null;
                                    /**
                                     * Format: date-time
                                     * @example 2026-11-24T09:30:00.000Z
                                     */
                                    removedAt: string | null;
                                };
                                replies: components["schemas"]["Reply"][];
                            }[];
                            nextCursor: string | null;
                            /** @description How many complaints the filter matches, on every page */
                            total: number;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-acceptable. */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a triaged complaint to an incident (manager); 409 if it belongs to another one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        incidentId: string;
                        /** @description Who acts (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Complaint"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach many triaged complaints to one incident at once (by id, or all a filter matches)
         * @description One transaction; each complaint audited as by the single attach. A complaint on another incident (409) or unknown (404) is refused on its own in `refused`; the others are attached. A manager’s triage never reopens an incident.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Either `complaintIds` (at most 1000), or `filter`: every unattached complaint it matches (the oldest 1000 per request) */
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        incidentId: string;
                        /** @description At most 1000 */
                        complaintIds?: string[];
                        /** @description The global list’s filters, over the complaints attached to no incident */
                        filter?: {
                            answered?: boolean;
                            overdue?: boolean;
                            /** @enum {string} */
                            source?: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
                            private?: boolean;
                            /** @enum {string} */
                            platformState?: "edited" | "removed";
                            q?: string;
                        };
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attached: number;
                            /** @description Already on this incident: nothing to do */
                            alreadyAttached: number;
                            /** @description Each complaint refused on its own: unknown (404) or on another incident (409) */
                            refused: {
                                /** Format: uuid */
                                complaintId: string;
                                problem: components["schemas"]["Problem"];
                            }[];
                            /** @description With a filter: how many unattached complaints it matched (more than 1000: send it again) */
                            matched?: number;
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a reply; the first one marks the complaint answered
         * @description Replies obey the statement rules for replies: 422 when one blames the customer, breaks the tone rule, repeats word for word a reply to another complaint, or (rule `canned`) is nearly the same as another reply of the same incident once names and numbers are masked. Public first: a private reply before any public one is 409 `/problems/public-reply-first`. Optional `Idempotency-Key`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for the same body (24 h); another body: 422; still running: 409 */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Where the reply was posted, e.g. facebook */
                        channel: string;
                        /** @enum {string} */
                        visibility: "public" | "private";
                        /** @description No blaming the customer, calm tone, and never a template: not the same text as a reply to another complaint, nor nearly the same as another reply of the same incident once names and numbers are masked */
                        text: string;
                        /** Format: uri */
                        url?: string;
                        /** @description Who acts (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reply"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/body-too-large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/move-private": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the conversation to a private channel after a public reply (409 before one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description dm (direct message), email or phone
                         * @enum {string}
                         */
                        channel: "dm" | "email" | "phone";
                        /** @description Why the case moves, for the incident’s audit chain */
                        note: string;
                        /** @description Who acts (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Complaint"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/redact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the text and author (personal data); the record and an audit entry remain (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description Who acts (recorded in the audit log) */
                        actor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Complaint"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A complaint with its replies (oldest first) and each reply’s delivery
         * @description An integration key reads only the complaints it posted (another one is 404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplaintWithReplies"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/replies/{replyId}/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report whether a reply was posted on its channel (integration or manager)
         * @description Delivered is final: repeating it answers 200 unchanged (it may add an externalId or url not reported before); `failed` after `delivered`, or another externalId or url, is 409 `/problems/delivery-final`. After `failed`, `delivered` or a new failure is recorded. An integration key reports only on complaints it posted.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    replyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "delivered" | "failed";
                        /** @description The id the channel gave the posted reply */
                        externalId?: string;
                        /**
                         * Format: uri
                         * @description Where the posted reply can be seen
                         */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reply"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/event-not-allowed, /problems/conflict, /problems/public-reply-first, /problems/unanswered-complaints, /problems/delivery-final, /problems/statement-decided, /problems/idempotency-key-in-flight, /problems/open-commitments, /problems/commitment-move-refused, /problems/compensation-move-not-allowed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unsupported-media-type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions (without secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Webhook"][];
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Subscribe a URL to events; the signing secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        url: string;
                        events: ("incident.opened" | "incident.transitioned" | "deadline.approaching" | "deadline.breached" | "incident.escalated" | "complaint.reply_created" | "complaint.first_reply_approaching" | "complaint.first_reply_breached" | "statement.approval_requested" | "statement.decided" | "compensation.changed" | "commitment.changed" | "commitment.approaching" | "commitment.missed" | "feedback.digest" | "incident.stragglers")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            events: ("incident.opened" | "incident.transitioned" | "deadline.approaching" | "deadline.breached" | "incident.escalated" | "complaint.reply_created" | "complaint.first_reply_approaching" | "complaint.first_reply_breached" | "statement.approval_requested" | "statement.decided" | "compensation.changed" | "commitment.changed" | "commitment.approaching" | "commitment.missed" | "feedback.digest" | "incident.stragglers")[];
                            /**
                             * Format: date-time
                             * @example 2026-11-24T09:30:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T09:30:00.000Z
                             */
                            disabledAt: string | null;
                            disabledReason: string | null;
                            /**
                             * Format: date-time
                             * @description After a rotation: until when the replaced secret still signs, next to the new one
                             * @example 2026-11-24T09:30:00.000Z
                             */
                            previousSecretValidUntil: string | null;
                            /** @description whsec_…, shown only here */
                            secret: string;
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; for 24 h deliveries are signed with the old and the new */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description No body is needed */
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            events: ("incident.opened" | "incident.transitioned" | "deadline.approaching" | "deadline.breached" | "incident.escalated" | "complaint.reply_created" | "complaint.first_reply_approaching" | "complaint.first_reply_breached" | "statement.approval_requested" | "statement.decided" | "compensation.changed" | "commitment.changed" | "commitment.approaching" | "commitment.missed" | "feedback.digest" | "incident.stragglers")[];
                            /**
                             * Format: date-time
                             * @example 2026-11-24T09:30:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T09:30:00.000Z
                             */
                            disabledAt: string | null;
                            disabledReason: string | null;
                            /**
                             * Format: date-time
                             * @description After a rotation: until when the replaced secret still signs, next to the new one
                             * @example 2026-11-24T09:30:00.000Z
                             */
                            previousSecretValidUntil: string | null;
                            /** @description The new whsec_…, shown only here */
                            secret: string;
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unsubscribe: no more deliveries, pending ones are failed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Unsubscribed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery attempts with status and latency, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The webhook-id header, the same on every retry */
                                deliveryId: string;
                                event: string;
                                /** @enum {string} */
                                deliveryStatus: "pending" | "delivered" | "failed";
                                /**
                                 * Format: date-time
                                 * @example 2026-11-24T09:30:00.000Z
                                 */
                                at: string;
                                statusCode: number | null;
                                latencyMs: number;
                                ok: boolean;
                                error: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/not-found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/system/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the system audit chain (what belongs to no incident: webhooks disabled, secrets rotated, unattached complaints redacted), oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    limit?: number;
                };
                header?: {
                    /** @description The ETag of the page you hold: 304 while it is still the page */
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SystemAuditEntry"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/system/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the system hash chain; reports the first broken entry and the head
         * @description No row records the system chain head, so the newest entries removed would not show here (the table refuses UPDATE, DELETE and TRUNCATE); keep the returned head elsewhere to anchor it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            valid: boolean;
                            entries: number;
                            firstInvalidSeq?: number;
                            reason?: string;
                            /** @description The newest entry: copy it elsewhere to notice later if entries go missing. */
                            head: {
                                seq: number;
                                hash: string;
                            } | null;
                        };
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live events (server-sent events) for boards and dashboards; resumable with Last-Event-ID
         * @description Read it with `fetch` and a stream reader, sending `Authorization: Bearer <key>` (EventSource cannot send headers; a key in the URL is refused with 400). Roles: admin and manager see every event; dashboard keys see them without texts, authors, links and channel ids; integration keys are refused (403: systems use webhooks). At most STREAM_MAX_PER_KEY (5) open streams per key (429). New events arrive within about a second; the server closes streams when it stops, and a stream more than 2000 events behind its reader (clients resume with Last-Event-ID).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Resume after this event (for clients that cannot set the `Last-Event-ID` header; the header wins). */
                    lastEventId?: string;
                };
                header?: {
                    /** @description Resume after this event: the `id` of the last message the client received. */
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Server-sent events, one per outbox event in commit order: `id:` is the event id (send it back as `Last-Event-ID` to resume without loss or repeats), `event:` the type (as for webhooks), `data:` the webhook payload `{ type, timestamp, data }` (dashboard keys receive it without texts, authors, links and channel ids). Without `Last-Event-ID` the stream starts from now; the first line is a comment saying where it starts. A comment every ~15 s keeps proxies from closing it. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/rate-limited. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/database-unavailable, /problems/not-ready. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complaints by topic: how many, from which channels, and the newest few of each
         * @description Topics come from the playbooks’ topic keywords, assigned to each complaint at ingest. Filters narrow by receipt time (`since` inclusive, `until` exclusive), playbook and incident; an incident or playbook without complaints answers an empty digest. The same shape is sent as `feedback.digest` when an incident enters improve and when it closes.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Complaints received at or after this instant */
                    since?: string;
                    /** @description Complaints received before this instant */
                    until?: string;
                    /** @description Complaints of this playbook: attached to its incidents, or matched to its trigger while unattached */
                    playbookId?: string;
                    /** @description Complaints attached to this incident */
                    incidentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Feedback"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/playbook-not-found, /problems/unprocessable, /problems/validation-error, /problems/invalid-evidence, /problems/statement-refused, /problems/idempotency-key-reused, /problems/webhook-url-refused, /problems/compensation-refused. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling key: its name, role and the routes that role may call */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The board in one read: per open incident its card (title, severity, state, deadline), complaints per hour over the last 24 h, unanswered and overdue complaints, pending approvals
         * @description `If-None-Match` with the last ETag answers 304 while nothing changed (for polling).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this incident, in any state (for one incident’s page) */
                    incidentId?: string;
                    /** @description Also the closed and dismissed incidents */
                    done?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BoardCounts"];
                    };
                };
                /** @description Not modified: the ETag still matches */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/bad-request, /problems/validation-error, /problems/malformed-json, /problems/bad-url, /problems/bad-content-length. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/unauthenticated. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem document (RFC 9457). Its `type` is one of: /problems/self-approval, /problems/approver-not-allowed, /problems/forbidden. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "type": "/problems/not-found",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "Incident 0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c does not exist.",
         *       "instance": "/v1/incidents/0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c",
         *       "requestId": "6f1c1c38-4cb4-4b55-9a43-7d0b6f5d2a11"
         *     }
         */
        ProblemInput: {
            /** @description A URI reference naming the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            requestId?: string;
            /** @description Each failing field, for validation problems */
            errors?: {
                /** @description The JSON path of the value, e.g. evidence.statement */
                field: string;
                rule: string;
                /** @description Stable, for clients that word problems themselves: e.g. required, too_short, too_long, too_few, invalid_format, approval_required, canned, tone, blame, apology_missing, channels_missing, ceiling, past */
                code: string;
                /** @description The numbers and quotes the message was built from (limits, phrases found) */
                params: {
                    [key: string]: unknown;
                };
                message: string;
            }[];
            allowedEvents?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "id": "9b2f8c1e-4d3a-4e7b-a1c2-5d6e7f8a9b0c",
         *       "name": "PR team",
         *       "role": "manager",
         *       "prefix": "fivep_manager_Xb3kQ9",
         *       "createdAt": "2026-11-24T09:30:00.000Z",
         *       "revokedAt": null
         *     }
         */
        ApiKeyInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "dashboard" | "integration";
            /** @description The start of the key, to recognise it in logs */
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            revokedAt: string | null;
        };
        /**
         * @example {
         *       "id": "9b2f8c1e-4d3a-4e7b-a1c2-5d6e7f8a9b0c",
         *       "name": "PR team",
         *       "role": "manager",
         *       "key": "fivep_manager_Xb3kQ9s1mE2vN8aT0pL4cR7yH5uJ6wK3gF9dS2qZ1xB",
         *       "prefix": "fivep_manager_Xb3kQ9",
         *       "createdAt": "2026-11-24T09:30:00.000Z"
         *     }
         */
        IssuedApiKeyInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "dashboard" | "integration";
            /** @description The secret: shown in this answer only, stored only as a hash */
            key: string;
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "id": "6d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "description": "Send a tracking link with every order confirmation",
         *       "owner": "Head of logistics",
         *       "dueAt": "2026-12-15T22:59:59.999Z",
         *       "status": "open",
         *       "source": "improve",
         *       "doneAt": null,
         *       "note": null
         *     }
         */
        CommitmentInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            description: string;
            owner: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            dueAt: string;
            /** @enum {string} */
            status: "open" | "done" | "missed" | "cancelled";
            /** @enum {string} */
            source: "improve" | "manual";
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            doneAt: string | null;
            note: string | null;
        };
        /**
         * @example {
         *       "id": "6f1e2d3c-4b5a-4c9d-8e7f-0a1b2c3d4e5f",
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "complaintId": "0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10",
         *       "recipient": "@kasia_k",
         *       "kind": "voucher",
         *       "value": "50.00",
         *       "currency": "PLN",
         *       "description": "Voucher for the next order, for the parcel that came a week late.",
         *       "status": "offered",
         *       "createdAt": "2026-11-24T10:05:00.000Z",
         *       "history": [
         *         {
         *           "status": "offered",
         *           "at": "2026-11-24T10:05:00.000Z",
         *           "by": {
         *             "actor": "Anna (care)",
         *             "keyId": "4a9c0b1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"
         *           },
         *           "note": null,
         *           "reference": null
         *         }
         *       ]
         *     }
         */
        CompensationInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            /** Format: uuid */
            complaintId: string | null;
            recipient: string | null;
            /** @enum {string} */
            kind: "discount" | "voucher" | "refund" | "gift" | "free_shipping" | "other";
            /** @description Decimal string with the currency’s digits, e.g. "50.00" */
            value: string;
            currency: string;
            description: string;
            /** @enum {string} */
            status: "pending_approval" | "offered" | "accepted" | "declined" | "fulfilled" | "cancelled";
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
            /** @description Every status the item reached, oldest first; the first names its author */
            history: {
                /** @enum {string} */
                status: "pending_approval" | "offered" | "accepted" | "declined" | "fulfilled" | "cancelled";
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
                by: {
                    actor: string;
                    /** Format: uuid */
                    keyId: string | null;
                };
                note: string | null;
                reference: string | null;
            }[];
        };
        /**
         * @example {
         *       "id": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *       "source": "facebook",
         *       "externalId": "fb-comment-1029384756",
         *       "text": "Where is my parcel? Ordered a week ago, ORD-20261124, still not delivered.",
         *       "author": "Jan K.",
         *       "url": "https://facebook.com/shop/posts/1/comments/1029384756",
         *       "occurredAt": "2026-11-24T09:12:00.000Z",
         *       "orderId": "ORD-20261124",
         *       "tags": [
         *         "delivery"
         *       ],
         *       "receivedAt": "2026-11-24T09:12:03.000Z",
         *       "language": "en",
         *       "topics": [
         *         "delivery"
         *       ],
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "answered": false,
         *       "answeredAt": null,
         *       "firstReplyDueAt": "2026-11-24T11:12:03.000Z",
         *       "firstReplyDueAtLocal": "2026-11-24T12:12:03+01:00",
         *       "firstReplyBreached": false,
         *       "redactedAt": null,
         *       "privateChannel": null
         *     }
         */
        ComplaintInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
            externalId: string;
            text: string;
            /** @description Detected at ingest among en, pl and el (ISO 639-1), or `und` when the text is too short to tell */
            language: string;
            /**
             * @description What it is about (e.g. delivery, courier, refund), from its playbook’s topic keywords in its language at ingest (every playbook’s when none claims it); sorted, empty when no keyword occurs
             * @example [
             *       "courier",
             *       "delivery"
             *     ]
             */
            topics: string[];
            author?: string;
            url?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            receivedAt: string;
            orderId?: string;
            tags?: string[];
            /** @description The post or media a comment sits under, when known */
            postId?: string;
            /** Format: uuid */
            incidentId: string | null;
            answered: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            answeredAt: string | null;
            /**
             * Format: date-time
             * @description When the first reply is due: the playbook’s firstReply for the severity, else the default policy (FIRST_REPLY_DEFAULT, 24 h); null only on complaints stored before that policy
             * @example 2026-11-24T09:30:00.000Z
             */
            firstReplyDueAt: string | null;
            /**
             * @description firstReplyDueAt as local time with its offset (RFC 3339), in the time zone of the playbook of the complaint’s incident, else of the playbook it matched, else UTC (the default policy); null with it
             * @example 2026-11-24T12:12:03+01:00
             */
            firstReplyDueAtLocal: string | null;
            /** @description The worker found it still unanswered at firstReplyDueAt (complaint.first_reply_breached) */
            firstReplyBreached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            redactedAt: string | null;
            /** @description Where the conversation moved after a public reply (move-private); null while public */
            privateChannel: {
                /** @enum {string} */
                channel: "dm" | "email" | "phone";
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
            } | null;
            /** @description Present when the channel (Meta webhooks) reported an edit or removal of the comment: `text` stays as first received */
            channelChanges?: {
                editedText: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                editedAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                removedAt: string | null;
            };
        };
        /**
         * @example {
         *       "id": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *       "source": "facebook",
         *       "externalId": "fb-comment-1029384756",
         *       "text": "Where is my parcel? Ordered a week ago, ORD-20261124, still not delivered.",
         *       "author": "Jan K.",
         *       "url": "https://facebook.com/shop/posts/1/comments/1029384756",
         *       "occurredAt": "2026-11-24T09:12:00.000Z",
         *       "orderId": "ORD-20261124",
         *       "tags": [
         *         "delivery"
         *       ],
         *       "receivedAt": "2026-11-24T09:12:03.000Z",
         *       "language": "en",
         *       "topics": [
         *         "delivery"
         *       ],
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "answered": false,
         *       "answeredAt": null,
         *       "firstReplyDueAt": "2026-11-24T11:12:03.000Z",
         *       "firstReplyDueAtLocal": "2026-11-24T12:12:03+01:00",
         *       "firstReplyBreached": false,
         *       "redactedAt": null,
         *       "privateChannel": null,
         *       "match": {
         *         "playbookId": "delivery-delay",
         *         "reason": "its trigger matched keywords \"where is my parcel\" and tags \"delivery\""
         *       }
         *     }
         */
        IngestedComplaintInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
            externalId: string;
            text: string;
            /** @description Detected at ingest among en, pl and el (ISO 639-1), or `und` when the text is too short to tell */
            language: string;
            /**
             * @description What it is about (e.g. delivery, courier, refund), from its playbook’s topic keywords in its language at ingest (every playbook’s when none claims it); sorted, empty when no keyword occurs
             * @example [
             *       "courier",
             *       "delivery"
             *     ]
             */
            topics: string[];
            author?: string;
            url?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            receivedAt: string;
            orderId?: string;
            tags?: string[];
            /** @description The post or media a comment sits under, when known */
            postId?: string;
            /** Format: uuid */
            incidentId: string | null;
            answered: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            answeredAt: string | null;
            /**
             * Format: date-time
             * @description When the first reply is due: the playbook’s firstReply for the severity, else the default policy (FIRST_REPLY_DEFAULT, 24 h); null only on complaints stored before that policy
             * @example 2026-11-24T09:30:00.000Z
             */
            firstReplyDueAt: string | null;
            /**
             * @description firstReplyDueAt as local time with its offset (RFC 3339), in the time zone of the playbook of the complaint’s incident, else of the playbook it matched, else UTC (the default policy); null with it
             * @example 2026-11-24T12:12:03+01:00
             */
            firstReplyDueAtLocal: string | null;
            /** @description The worker found it still unanswered at firstReplyDueAt (complaint.first_reply_breached) */
            firstReplyBreached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            redactedAt: string | null;
            /** @description Where the conversation moved after a public reply (move-private); null while public */
            privateChannel: {
                /** @enum {string} */
                channel: "dm" | "email" | "phone";
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
            } | null;
            /** @description Present when the channel (Meta webhooks) reported an edit or removal of the comment: `text` stays as first received */
            channelChanges?: {
                editedText: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                editedAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                removedAt: string | null;
            };
            /**
             * @description What a new complaint matched: the playbook it was placed under and why, or null and why none (e.g. "no playbook's keywords or sources matched"). Absent on a repeat (200): it was placed before.
             * @example {
             *       "playbookId": "delivery-delay",
             *       "reason": "its trigger matched keywords \"where is my parcel\" and tags \"delivery\""
             *     }
             */
            match?: {
                playbookId: string | null;
                /** @description Why it matched, or why nothing did, in words */
                reason: string;
            };
        };
        /**
         * @example {
         *       "id": "0b6c2f1e-9d8a-4b7c-8e5f-1a2b3c4d5e6f",
         *       "complaintId": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *       "channel": "facebook",
         *       "visibility": "public",
         *       "text": "Jan, we are sorry: your parcel is at the Poznań hub and leaves today.",
         *       "url": null,
         *       "author": "Ola (support)",
         *       "at": "2026-11-24T09:30:00.000Z",
         *       "delivery": {
         *         "status": "delivered",
         *         "externalId": "fb-comment-1029384999",
         *         "url": "https://facebook.com/shop/posts/1/comments/1029384999",
         *         "at": "2026-11-24T09:30:04.000Z"
         *       },
         *       "actor": "Ola (support)",
         *       "createdAt": "2026-11-24T09:30:00.000Z"
         *     }
         */
        ReplyInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            complaintId: string;
            channel: string;
            /** @enum {string} */
            visibility: "public" | "private";
            text: string;
            url: string | null;
            /** @description Who wrote it (the actor, else the key’s name) */
            author: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            at: string;
            /**
             * @description Whether the integration posted the reply on its channel: pending until it reports
             * @example {
             *       "status": "delivered",
             *       "externalId": "fb-comment-1029384999",
             *       "url": "https://facebook.com/shop/posts/1/comments/1029384999",
             *       "at": "2026-11-24T09:30:04.000Z"
             *     }
             */
            delivery: {
                /** @enum {string} */
                status: "pending" | "delivered" | "failed";
                externalId?: string;
                url?: string;
                /**
                 * Format: date-time
                 * @description When the integration reported it
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at?: string;
            };
            /** @description The same as author (kept for clients of the first desk release) */
            actor: string;
            /**
             * Format: date-time
             * @description The same as at (kept for clients of the first desk release)
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "id": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *       "source": "facebook",
         *       "externalId": "fb-comment-1029384756",
         *       "text": "Where is my parcel? Ordered a week ago, ORD-20261124, still not delivered.",
         *       "author": "Jan K.",
         *       "url": "https://facebook.com/shop/posts/1/comments/1029384756",
         *       "occurredAt": "2026-11-24T09:12:00.000Z",
         *       "orderId": "ORD-20261124",
         *       "tags": [
         *         "delivery"
         *       ],
         *       "receivedAt": "2026-11-24T09:12:03.000Z",
         *       "language": "en",
         *       "topics": [
         *         "delivery"
         *       ],
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "answered": true,
         *       "answeredAt": "2026-11-24T09:30:00.000Z",
         *       "firstReplyDueAt": "2026-11-24T11:12:03.000Z",
         *       "firstReplyDueAtLocal": "2026-11-24T12:12:03+01:00",
         *       "firstReplyBreached": false,
         *       "redactedAt": null,
         *       "privateChannel": null,
         *       "replies": [
         *         {
         *           "id": "0b6c2f1e-9d8a-4b7c-8e5f-1a2b3c4d5e6f",
         *           "complaintId": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *           "channel": "facebook",
         *           "visibility": "public",
         *           "text": "Jan, we are sorry: your parcel is at the Poznań hub and leaves today.",
         *           "url": null,
         *           "author": "Ola (support)",
         *           "at": "2026-11-24T09:30:00.000Z",
         *           "delivery": {
         *             "status": "delivered",
         *             "externalId": "fb-comment-1029384999",
         *             "url": "https://facebook.com/shop/posts/1/comments/1029384999",
         *             "at": "2026-11-24T09:30:04.000Z"
         *           },
         *           "actor": "Ola (support)",
         *           "createdAt": "2026-11-24T09:30:00.000Z"
         *         }
         *       ]
         *     }
         */
        ComplaintWithRepliesInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
            externalId: string;
            text: string;
            /** @description Detected at ingest among en, pl and el (ISO 639-1), or `und` when the text is too short to tell */
            language: string;
            /**
             * @description What it is about (e.g. delivery, courier, refund), from its playbook’s topic keywords in its language at ingest (every playbook’s when none claims it); sorted, empty when no keyword occurs
             * @example [
             *       "courier",
             *       "delivery"
             *     ]
             */
            topics: string[];
            author?: string;
            url?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            receivedAt: string;
            orderId?: string;
            tags?: string[];
            /** @description The post or media a comment sits under, when known */
            postId?: string;
            /** Format: uuid */
            incidentId: string | null;
            answered: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            answeredAt: string | null;
            /**
             * Format: date-time
             * @description When the first reply is due: the playbook’s firstReply for the severity, else the default policy (FIRST_REPLY_DEFAULT, 24 h); null only on complaints stored before that policy
             * @example 2026-11-24T09:30:00.000Z
             */
            firstReplyDueAt: string | null;
            /**
             * @description firstReplyDueAt as local time with its offset (RFC 3339), in the time zone of the playbook of the complaint’s incident, else of the playbook it matched, else UTC (the default policy); null with it
             * @example 2026-11-24T12:12:03+01:00
             */
            firstReplyDueAtLocal: string | null;
            /** @description The worker found it still unanswered at firstReplyDueAt (complaint.first_reply_breached) */
            firstReplyBreached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            redactedAt: string | null;
            /** @description Where the conversation moved after a public reply (move-private); null while public */
            privateChannel: {
                /** @enum {string} */
                channel: "dm" | "email" | "phone";
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
            } | null;
            /** @description Present when the channel (Meta webhooks) reported an edit or removal of the comment: `text` stays as first received */
            channelChanges?: {
                editedText: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                editedAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                removedAt: string | null;
            };
            replies: components["schemas"]["ReplyInput"][];
        };
        /**
         * @example {
         *       "id": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "playbookId": "delivery-delay",
         *       "playbookVersion": "5f0c3a…",
         *       "title": "Courier backlog after the Black Friday sale",
         *       "summary": "Hundreds of parcels stuck at the sorting hub",
         *       "severity": "high",
         *       "state": "admit",
         *       "version": 2,
         *       "openedAt": "2026-11-24T08:00:00.000Z",
         *       "updatedAt": "2026-11-24T08:40:00.000Z",
         *       "deadline": {
         *         "stage": "admit",
         *         "dueAt": "2026-11-24T12:40:00.000Z",
         *         "dueAtLocal": "2026-11-24T13:40:00+01:00",
         *         "breached": false,
         *         "paused": false
         *       },
         *       "allowedEvents": [
         *         "admit",
         *         "escalate_legal",
         *         "dismiss",
         *         "set_severity"
         *       ],
         *       "completedStages": [
         *         "apologise"
         *       ],
         *       "legalReturnTo": null,
         *       "complaintCount": 214,
         *       "newSinceMonitoring": 0,
         *       "tags": [],
         *       "timeZone": "Europe/Warsaw"
         *     }
         */
        IncidentInput: {
            /** Format: uuid */
            id: string;
            playbookId: string;
            playbookVersion: string;
            title: string;
            summary: string | null;
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            /**
             * @description The 5P step due next, or legal/monitoring/dismissed/closed
             * @enum {string}
             */
            state: "apologise" | "admit" | "counteract" | "improve" | "compensate" | "legal" | "monitoring" | "dismissed" | "closed";
            /** @description +1 on every change; the ETag */
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            openedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            updatedAt: string;
            deadline: {
                /** @enum {string} */
                stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                /**
                 * Format: date-time
                 * @description null while paused (legal)
                 * @example 2026-11-24T09:30:00.000Z
                 */
                dueAt: string | null;
                /** @description dueAt in the playbook time zone, with its offset (RFC 3339) */
                dueAtLocal: string | null;
                breached: boolean;
                paused: boolean;
            } | null;
            allowedEvents: string[];
            completedStages: ("apologise" | "admit" | "counteract" | "improve" | "compensate")[];
            /** @enum {string|null} */
            legalReturnTo: "apologise" | "admit" | "counteract" | "improve" | "compensate" | null;
            complaintCount: number;
            /** @description Complaints that arrived since the incident entered monitoring (state monitoring) or closed (state closed): each waits for its reply; they reopen the incident only at the playbook’s reopen threshold. 0 in the 5P stages */
            newSinceMonitoring: number;
            /** @description Set by escalations, e.g. the on-call tag of a breached deadline */
            tags: string[];
            /**
             * @description The playbook's IANA time zone, which local times are in
             * @example Europe/Warsaw
             */
            timeZone: string;
        };
        /**
         * @example {
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "stage": "apologise",
         *       "startedAt": "2026-11-24T08:00:00.000Z",
         *       "dueAt": "2026-11-24T10:00:00.000Z",
         *       "completedAt": "2026-11-24T08:40:00.000Z",
         *       "breachedAt": null,
         *       "status": "met"
         *     }
         */
        DeadlineInput: {
            /** Format: uuid */
            incidentId: string;
            /** @enum {string} */
            stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            startedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            dueAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            completedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            breachedAt: string | null;
            /** @enum {string} */
            status: "pending" | "met" | "breached" | "paused" | "cancelled";
        };
        /**
         * @example {
         *       "seq": 2,
         *       "at": "2026-11-24T08:40:00.000Z",
         *       "actor": "Anna (PR)",
         *       "keyId": null,
         *       "keyName": null,
         *       "action": "incident.apologise",
         *       "fromState": "apologise",
         *       "toState": "admit",
         *       "data": {
         *         "event": "apologise"
         *       },
         *       "prevHash": "1b4f…",
         *       "hash": "9e2a…"
         *     }
         */
        AuditEntryInput: {
            seq: number;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            at: string;
            actor: string;
            keyId: string | null;
            keyName: string | null;
            action: string;
            fromState: string | null;
            toState: string | null;
            data: {
                [key: string]: unknown;
            };
            prevHash: string;
            hash: string;
        };
        /**
         * @example {
         *       "keyId": "0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c",
         *       "name": "Wall screen, 2nd floor",
         *       "role": "dashboard",
         *       "allowed": [
         *         "GET /v1/incidents",
         *         "GET /v1/incidents/:id",
         *         "GET /v1/me"
         *       ]
         *     }
         */
        MeInput: {
            keyId: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "dashboard" | "integration";
            /** @description Every `METHOD /route` this key may call (from the access policy), so a client shows only what it may do */
            allowed: string[];
        };
        /**
         * @description A card per incident: every one not closed or dismissed (with `done=true` those too), or the one `incidentId` names (in any state)
         * @example {
         *       "since": "2026-11-23T09:00:00.000Z",
         *       "items": [
         *         {
         *           "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *           "title": "Courier backlog after the Black Friday sale",
         *           "playbookId": "delivery-delay",
         *           "severity": "high",
         *           "state": "admit",
         *           "version": 2,
         *           "complaintCount": 48,
         *           "newSinceMonitoring": 0,
         *           "deadline": {
         *             "stage": "admit",
         *             "dueAt": "2026-11-23T12:00:00.000Z",
         *             "startedAt": "2026-11-23T10:00:00.000Z",
         *             "breached": false,
         *             "paused": false
         *           },
         *           "complaintsByHour": [
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             2,
         *             9,
         *             31,
         *             48,
         *             12
         *           ],
         *           "unanswered": 17,
         *           "overdue": 3,
         *           "pendingApprovals": 1,
         *           "auditSeq": 42
         *         }
         *       ]
         *     }
         */
        BoardCountsInput: {
            /**
             * Format: date-time
             * @description Start of the first of the 24 clock-hour buckets
             * @example 2026-11-24T09:30:00.000Z
             */
            since: string;
            items: {
                /** Format: uuid */
                incidentId: string;
                title: string;
                playbookId: string;
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                /** @enum {string} */
                state: "apologise" | "admit" | "counteract" | "improve" | "compensate" | "legal" | "monitoring" | "dismissed" | "closed";
                /** @description The incident’s version: +1 on every change */
                version: number;
                complaintCount: number;
                /** @description Complaints since the incident entered monitoring or closed (as on the incident) */
                newSinceMonitoring: number;
                /** @description The current stage’s deadline, as on the incident */
                deadline: {
                    /** @enum {string} */
                    stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                    /**
                     * Format: date-time
                     * @description null while paused (legal)
                     * @example 2026-11-24T09:30:00.000Z
                     */
                    dueAt: string | null;
                    /**
                     * Format: date-time
                     * @description When this stage’s deadline started (its span is startedAt → dueAt)
                     * @example 2026-11-24T09:30:00.000Z
                     */
                    startedAt: string | null;
                    breached: boolean;
                    paused: boolean;
                } | null;
                /** @description Complaints received per hour, oldest first; the last hour is the current one */
                complaintsByHour: number[];
                /** @description Attached complaints without a public reply */
                unanswered: number;
                /** @description Of those, past their first-reply time */
                overdue: number;
                /** @description Statements waiting for approval */
                pendingApprovals: number;
                /** @description The last entry of its audit chain: it moves with every audited change (a change signal) */
                auditSeq: number;
            }[];
        };
        /**
         * @description What customers said, by topic, most mentioned first
         * @example {
         *       "total": 412,
         *       "topics": [
         *         {
         *           "topic": "delivery",
         *           "count": 380,
         *           "channels": {
         *             "facebook": 301,
         *             "email": 79
         *           },
         *           "sample": [
         *             "0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c",
         *             "0190d19f-2a41-7d3e-9c55-1b2f3e4d5a6b"
         *           ]
         *         },
         *         {
         *           "topic": "courier",
         *           "count": 122,
         *           "channels": {
         *             "facebook": 122
         *           },
         *           "sample": [
         *             "0190d19e-7f10-7a2b-8c3d-4e5f6a7b8c9d"
         *           ]
         *         }
         *       ]
         *     }
         */
        FeedbackInput: {
            /** @description Complaints in scope, with or without topics (one with two topics counts once here) */
            total: number;
            topics: {
                topic: string;
                /** @description Complaints in scope that mention the topic */
                count: number;
                /** @description How many of them came from each source (facebook, email…) */
                channels: {
                    [key: string]: number;
                };
                /** @description A few of their ids, newest first (at most 5) */
                sample: string[];
            }[];
        };
        /**
         * @example {
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "state": "apologise",
         *       "deadline": {
         *         "stage": "apologise",
         *         "dueAt": "2026-11-24T10:40:00.000Z",
         *         "dueAtLocal": "2026-11-24T11:40:00+01:00",
         *         "breached": false,
         *         "paused": false
         *       },
         *       "stage": {
         *         "id": "apologise",
         *         "requires": [
         *           {
         *             "field": "statement",
         *             "source": "contract"
         *           },
         *           {
         *             "field": "channels",
         *             "source": "contract"
         *           }
         *         ],
         *         "guidance": {
         *           "language": "pl",
         *           "principles": [
         *             "Przeproś publicznie, tam gdzie klienci się skarżą."
         *           ],
         *           "checks": [
         *             "Czy przeprosiny padły na każdym kanale?"
         *           ]
         *         }
         *       },
         *       "tasks": [
         *         {
         *           "kind": "reply",
         *           "id": "0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10",
         *           "dueAt": "2026-11-24T11:12:03.000Z",
         *           "dueAtLocal": "2026-11-24T12:12:03+01:00",
         *           "overdue": false
         *         }
         *       ]
         *     }
         */
        NextStepInput: {
            /** Format: uuid */
            incidentId: string;
            /**
             * @description The 5P step due next, or legal/monitoring/dismissed/closed
             * @enum {string}
             */
            state: "apologise" | "admit" | "counteract" | "improve" | "compensate" | "legal" | "monitoring" | "dismissed" | "closed";
            deadline: {
                /** @enum {string} */
                stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                /**
                 * Format: date-time
                 * @description null while paused (legal)
                 * @example 2026-11-24T09:30:00.000Z
                 */
                dueAt: string | null;
                /** @description dueAt in the playbook time zone, with its offset (RFC 3339) */
                dueAtLocal: string | null;
                breached: boolean;
                paused: boolean;
            } | null;
            /** @description null outside the five stages (legal, monitoring, dismissed, closed) */
            stage: {
                /** @enum {string} */
                id: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                /** @description Evidence the stage event needs: the contract’s and the playbook’s */
                requires: ({
                    field: string;
                    /** @enum {string} */
                    source: "contract";
                } | {
                    field: string;
                    /** @enum {string} */
                    source: "playbook";
                    kind: string;
                    description: string;
                    /** @description The description in other languages, e.g. { "pl": "…" } */
                    descriptions: {
                        [key: string]: string;
                    };
                    min?: number;
                })[];
                guidance: {
                    /** @description From Accept-Language among the playbook’s languages; without the header, the language most of the incident’s complaints are in, if the playbook has guidance in it; else its first */
                    language: string;
                    principles: string[];
                    checks: string[];
                };
            } | null;
            /** @description Statements waiting for approval (due with the current stage), compensations waiting for approval, then unanswered complaints, soonest due first (at most 100), then open public commitments, soonest due first */
            tasks: {
                /** @enum {string} */
                kind: "approve_statement" | "approve_compensation" | "reply" | "commitment";
                /**
                 * Format: uuid
                 * @description The statement or compensation waiting for approval, the complaint for its first reply, or the open commitment
                 */
                id: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                dueAt: string | null;
                /** @description dueAt in the playbook time zone, with its offset */
                dueAtLocal: string | null;
                overdue: boolean;
            }[];
        };
        /**
         * @example {
         *       "id": "delivery-delay",
         *       "version": "9c1f…",
         *       "title": "Delivery delay",
         *       "titles": {
         *         "pl": "Opóźniona dostawa"
         *       },
         *       "description": "Parcels arrive late",
         *       "languages": [
         *         "pl",
         *         "en"
         *       ],
         *       "severities": [
         *         {
         *           "severity": "low",
         *           "description": "A few late parcels"
         *         }
         *       ],
         *       "calendar": {
         *         "kind": "24/7"
         *       },
         *       "stages": [
         *         {
         *           "stage": "apologise",
         *           "deadlines": {
         *             "low": "PT8H",
         *             "medium": "PT4H",
         *             "high": "PT2H",
         *             "critical": "PT1H"
         *           },
         *           "deadlineFrom": "stage",
         *           "requires": [
         *             {
         *               "field": "statement",
         *               "kind": "text",
         *               "description": "The public apology"
         *             }
         *           ],
         *           "guidance": {
         *             "en": {
         *               "principles": [
         *                 "Apologise first, explain later"
         *               ],
         *               "checks": [
         *                 "Names every channel"
         *               ]
         *             }
         *           }
         *         }
         *       ],
         *       "reopenTo": "apologise",
         *       "compensation": {
         *         "ceilings": {
         *           "low": {
         *             "amount": 20,
         *             "currency": "PLN"
         *           }
         *         }
         *       },
         *       "firstReply": {
         *         "deadlines": {
         *           "low": "PT4H",
         *           "medium": "PT2H",
         *           "high": "PT1H",
         *           "critical": "PT30M"
         *         }
         *       },
         *       "monitoring": {
         *         "watchWindow": "P7D"
         *       },
         *       "triggers": null,
         *       "volumeEscalation": [],
         *       "escalation": {
         *         "reminderAt": 0.8
         *       },
         *       "approval": {
         *         "low": {
         *           "required": false,
         *           "roles": [
         *             "admin",
         *             "manager"
         *           ]
         *         },
         *         "medium": {
         *           "required": false,
         *           "roles": [
         *             "admin",
         *             "manager"
         *           ]
         *         },
         *         "high": {
         *           "required": false,
         *           "roles": [
         *             "admin",
         *             "manager"
         *           ]
         *         },
         *         "critical": {
         *           "required": true,
         *           "roles": [
         *             "admin",
         *             "manager"
         *           ]
         *         }
         *       }
         *     }
         */
        PlaybookInput: {
            id: string;
            /** @description SHA-256 of the validated definition */
            version: string;
            title: string;
            /** @description The title in other languages (a desk picks its own); `title` where one is missing */
            titles: {
                [key: string]: string;
            };
            description: string;
            /** @description Its guidance languages; the first is the engine’s own */
            languages: string[];
            severities: {
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                description: string;
            }[];
            calendar: {
                [key: string]: unknown;
            };
            stages: {
                /** @enum {string} */
                stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                /** @description ISO 8601 duration per severity */
                deadlines: {
                    low: string;
                    medium: string;
                    high: string;
                    critical: string;
                };
                /** @enum {string} */
                deadlineFrom: "stage" | "opened";
                /** @description Evidence the stage demands (contract defaults + playbook extras) */
                requires: {
                    field: string;
                    kind: string;
                    description: string;
                    min?: number;
                }[];
                minStatementLength?: number;
                guidance: {
                    [key: string]: {
                        principles: string[];
                        checks: string[];
                    };
                };
            }[];
            /** @enum {string} */
            reopenTo: "apologise" | "admit" | "counteract" | "improve" | "compensate";
            compensation: {
                /** @description Per item, in whole major units */
                ceilings: {
                    low: {
                        amount: number;
                        currency: string;
                    };
                    medium: {
                        amount: number;
                        currency: string;
                    };
                    high: {
                        amount: number;
                        currency: string;
                    };
                    critical: {
                        amount: number;
                        currency: string;
                    };
                };
                /** @description The incident’s total of compensation items not declined or cancelled */
                budgets?: {
                    low: {
                        amount: number;
                        currency: string;
                    };
                    medium: {
                        amount: number;
                        currency: string;
                    };
                    high: {
                        amount: number;
                        currency: string;
                    };
                    critical: {
                        amount: number;
                        currency: string;
                    };
                };
                /** @description An item worth more waits for another key’s approval */
                approvalAbove?: {
                    low: {
                        amount: number;
                        currency: string;
                    };
                    medium: {
                        amount: number;
                        currency: string;
                    };
                    high: {
                        amount: number;
                        currency: string;
                    };
                    critical: {
                        amount: number;
                        currency: string;
                    };
                };
            };
            firstReply: {
                deadlines: {
                    low: string;
                    medium: string;
                    high: string;
                    critical: string;
                };
            };
            monitoring: {
                watchWindow: string;
            };
            triggers: {
                [key: string]: unknown;
            } | null;
            volumeEscalation: {
                count: number;
                within: string;
                /** @enum {string} */
                raiseTo: "low" | "medium" | "high" | "critical";
            }[];
            escalation: {
                [key: string]: unknown;
            };
            /** @description Whether a statement needs another key’s approval at each severity, and whose */
            approval: {
                low: {
                    required: boolean;
                    roles: string[];
                };
                medium: {
                    required: boolean;
                    roles: string[];
                };
                high: {
                    required: boolean;
                    roles: string[];
                };
                critical: {
                    required: boolean;
                    roles: string[];
                };
            };
        };
        /**
         * @example {
         *       "id": "8c2f6a1e-3b7d-4e9a-a5c4-1f0e2d3c4b5a",
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "stage": "apologise",
         *       "text": "We are sorry: many of you are still waiting for parcels ordered last week. That is on us, and here is what we are doing about it.",
         *       "language": "en",
         *       "channels": [
         *         "facebook",
         *         "x"
         *       ],
         *       "status": "approved",
         *       "author": {
         *         "actor": "Anna (PR)",
         *         "keyId": "4a9c0b1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"
         *       },
         *       "createdAt": "2026-11-24T08:20:00.000Z",
         *       "decisions": [
         *         {
         *           "by": {
         *             "actor": "Marek (head of care)",
         *             "keyId": "5b0d1c2e-3f4a-4b6c-9d7e-8f9a0b1c2d3e"
         *           },
         *           "decision": "approve",
         *           "note": "Checked with legal; fine to publish.",
         *           "at": "2026-11-24T08:31:00.000Z"
         *         }
         *       ],
         *       "publishedAt": null,
         *       "checks": [
         *         {
         *           "rule": "tone",
         *           "ok": true,
         *           "message": "The tone is calm."
         *         }
         *       ]
         *     }
         */
        StatementInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            /** @enum {string} */
            stage: "apologise" | "admit";
            text: string;
            language: string | null;
            channels: string[];
            /** @enum {string} */
            status: "pending_approval" | "approved" | "rejected" | "published";
            /** @description null for statements published before drafts existed */
            author: {
                actor: string;
                /** Format: uuid */
                keyId: string | null;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
            decisions: {
                by: {
                    actor: string;
                    /** Format: uuid */
                    keyId: string | null;
                };
                /** @enum {string} */
                decision: "approve" | "reject";
                note: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            publishedAt: string | null;
            /** @description The stage’s statement rules as checked when drafted */
            checks: {
                rule: string;
                ok: boolean;
                message: string;
            }[];
        };
        /**
         * @example {
         *       "seq": 3,
         *       "at": "2026-11-24T08:40:00.000Z",
         *       "actor": "webhooks",
         *       "action": "webhook.disabled",
         *       "data": {
         *         "webhookId": "0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c",
         *         "reason": "failing for 72 hours"
         *       },
         *       "prevHash": "1b4f…",
         *       "hash": "9e2a…"
         *     }
         */
        SystemAuditEntryInput: {
            seq: number;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            at: string;
            actor: string;
            action: string;
            data: {
                [key: string]: unknown;
            };
            prevHash: string;
            hash: string;
        };
        /**
         * @example {
         *       "id": "7d9b2a41-0c7e-4f3b-9a57-1e2d3c4b5a69",
         *       "url": "https://hooks.example.com/crisis",
         *       "events": [
         *         "deadline.breached",
         *         "incident.escalated"
         *       ],
         *       "createdAt": "2026-11-24T08:00:00.000Z",
         *       "disabledAt": null,
         *       "disabledReason": null,
         *       "previousSecretValidUntil": null
         *     }
         */
        WebhookInput: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("incident.opened" | "incident.transitioned" | "deadline.approaching" | "deadline.breached" | "incident.escalated" | "complaint.reply_created" | "complaint.first_reply_approaching" | "complaint.first_reply_breached" | "statement.approval_requested" | "statement.decided" | "compensation.changed" | "commitment.changed" | "commitment.approaching" | "commitment.missed" | "feedback.digest" | "incident.stragglers")[];
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description After a rotation: until when the replaced secret still signs, next to the new one
             * @example 2026-11-24T09:30:00.000Z
             */
            previousSecretValidUntil: string | null;
        };
        WorkspaceInput: {
            incident: components["schemas"]["IncidentInput"];
            next: components["schemas"]["NextStepInput"];
            playbook: {
                id: string;
                version: string;
                title: string;
                /** @description The title in other languages */
                titles: {
                    [key: string]: string;
                };
                /** @description IANA zone the desk shows local times in */
                timeZone: string;
                /** @description The languages its guidance is written in */
                languages: string[];
            };
            statements: components["schemas"]["StatementInput"][];
            /**
             * @example {
             *       "items": [
             *         {
             *           "id": "6f1e2d3c-4b5a-4c9d-8e7f-0a1b2c3d4e5f",
             *           "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
             *           "complaintId": "0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10",
             *           "recipient": "@kasia_k",
             *           "kind": "voucher",
             *           "value": "50.00",
             *           "currency": "PLN",
             *           "description": "Voucher for the next order, for the parcel that came a week late.",
             *           "status": "offered",
             *           "createdAt": "2026-11-24T10:05:00.000Z",
             *           "history": [
             *             {
             *               "status": "offered",
             *               "at": "2026-11-24T10:05:00.000Z",
             *               "by": {
             *                 "actor": "Anna (care)",
             *                 "keyId": "4a9c0b1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"
             *               },
             *               "note": null,
             *               "reference": null
             *             }
             *           ]
             *         }
             *       ],
             *       "totals": {
             *         "offered": "50.00",
             *         "accepted": "0.00",
             *         "fulfilled": "0.00",
             *         "currency": "PLN"
             *       }
             *     }
             */
            ledger: {
                items: components["schemas"]["CompensationInput"][];
                /** @description Sums of the items now in each status (an item counts once, where it stands), as decimal strings */
                totals: {
                    offered: string;
                    accepted: string;
                    fulfilled: string;
                    currency: string;
                };
            };
            commitments: components["schemas"]["CommitmentInput"][];
            /** @description Counted with the same conditions as the complaint list’s filters and the board */
            complaints: {
                total: number;
                /** @description Without a reply: what a close would refuse */
                unanswered: number;
                /** @description Of those, past their first-reply time */
                overdue: number;
                /** @description Moved to a private channel */
                private: number;
                /** @description Edited on the platform since they arrived */
                edited: number;
                /** @description Removed on the platform */
                removed: number;
                newSinceMonitoring: number;
                bySource: {
                    [key: string]: number;
                };
                /** @description The posts the comments sit under, most commented first (at most 50) */
                posts: {
                    postId: string;
                    /** @enum {string} */
                    source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
                    total: number;
                    unanswered: number;
                }[];
            };
            timeline: {
                /** @description The chain’s length */
                entries: number;
                /** @description The newest 1000 entries, newest first, as lines for people: a run of the same action by the same actor that changes no state is one line with its count */
                items: {
                    /** @description The first entry of the run */
                    seq: number;
                    /** @description The last entry of the run */
                    lastSeq: number;
                    /** @description Entries folded into this line (1 for a change of state) */
                    count: number;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T09:30:00.000Z
                     */
                    at: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T09:30:00.000Z
                     */
                    lastAt: string;
                    actor: string;
                    /** @description The audit action, e.g. complaint.attached or incident.apologise */
                    action: string;
                    fromState: string | null;
                    toState: string | null;
                    /** @description The data of the run’s newest entry */
                    data: {
                        [key: string]: unknown;
                    };
                }[];
            };
            /** @description The reopen that put the incident in its state, while it has not moved since */
            lastReopen: {
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
                actor: string;
                reason: string;
                /** @description Set when the playbook’s reopen threshold did it (the actor is then `system`) */
                stragglers: {
                    count: number;
                    within: string;
                } | null;
            } | null;
        };
        /**
         * @example {
         *       "type": "/problems/not-found",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "Incident 0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c does not exist.",
         *       "instance": "/v1/incidents/0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c",
         *       "requestId": "6f1c1c38-4cb4-4b55-9a43-7d0b6f5d2a11"
         *     }
         */
        Problem: {
            /** @description A URI reference naming the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            requestId?: string;
            /** @description Each failing field, for validation problems */
            errors?: {
                /** @description The JSON path of the value, e.g. evidence.statement */
                field: string;
                rule: string;
                /** @description Stable, for clients that word problems themselves: e.g. required, too_short, too_long, too_few, invalid_format, approval_required, canned, tone, blame, apology_missing, channels_missing, ceiling, past */
                code: string;
                /** @description The numbers and quotes the message was built from (limits, phrases found) */
                params: {
                    [key: string]: unknown;
                };
                message: string;
            }[];
            allowedEvents?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "id": "9b2f8c1e-4d3a-4e7b-a1c2-5d6e7f8a9b0c",
         *       "name": "PR team",
         *       "role": "manager",
         *       "prefix": "fivep_manager_Xb3kQ9",
         *       "createdAt": "2026-11-24T09:30:00.000Z",
         *       "revokedAt": null
         *     }
         */
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "dashboard" | "integration";
            /** @description The start of the key, to recognise it in logs */
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            revokedAt: string | null;
        };
        /**
         * @example {
         *       "id": "9b2f8c1e-4d3a-4e7b-a1c2-5d6e7f8a9b0c",
         *       "name": "PR team",
         *       "role": "manager",
         *       "key": "fivep_manager_Xb3kQ9s1mE2vN8aT0pL4cR7yH5uJ6wK3gF9dS2qZ1xB",
         *       "prefix": "fivep_manager_Xb3kQ9",
         *       "createdAt": "2026-11-24T09:30:00.000Z"
         *     }
         */
        IssuedApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "dashboard" | "integration";
            /** @description The secret: shown in this answer only, stored only as a hash */
            key: string;
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "id": "6d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "description": "Send a tracking link with every order confirmation",
         *       "owner": "Head of logistics",
         *       "dueAt": "2026-12-15T22:59:59.999Z",
         *       "status": "open",
         *       "source": "improve",
         *       "doneAt": null,
         *       "note": null
         *     }
         */
        Commitment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            description: string;
            owner: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            dueAt: string;
            /** @enum {string} */
            status: "open" | "done" | "missed" | "cancelled";
            /** @enum {string} */
            source: "improve" | "manual";
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            doneAt: string | null;
            note: string | null;
        };
        /**
         * @example {
         *       "id": "6f1e2d3c-4b5a-4c9d-8e7f-0a1b2c3d4e5f",
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "complaintId": "0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10",
         *       "recipient": "@kasia_k",
         *       "kind": "voucher",
         *       "value": "50.00",
         *       "currency": "PLN",
         *       "description": "Voucher for the next order, for the parcel that came a week late.",
         *       "status": "offered",
         *       "createdAt": "2026-11-24T10:05:00.000Z",
         *       "history": [
         *         {
         *           "status": "offered",
         *           "at": "2026-11-24T10:05:00.000Z",
         *           "by": {
         *             "actor": "Anna (care)",
         *             "keyId": "4a9c0b1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"
         *           },
         *           "note": null,
         *           "reference": null
         *         }
         *       ]
         *     }
         */
        Compensation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            /** Format: uuid */
            complaintId: string | null;
            recipient: string | null;
            /** @enum {string} */
            kind: "discount" | "voucher" | "refund" | "gift" | "free_shipping" | "other";
            /** @description Decimal string with the currency’s digits, e.g. "50.00" */
            value: string;
            currency: string;
            description: string;
            /** @enum {string} */
            status: "pending_approval" | "offered" | "accepted" | "declined" | "fulfilled" | "cancelled";
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
            /** @description Every status the item reached, oldest first; the first names its author */
            history: {
                /** @enum {string} */
                status: "pending_approval" | "offered" | "accepted" | "declined" | "fulfilled" | "cancelled";
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
                by: {
                    actor: string;
                    /** Format: uuid */
                    keyId: string | null;
                };
                note: string | null;
                reference: string | null;
            }[];
        };
        /**
         * @example {
         *       "id": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *       "source": "facebook",
         *       "externalId": "fb-comment-1029384756",
         *       "text": "Where is my parcel? Ordered a week ago, ORD-20261124, still not delivered.",
         *       "author": "Jan K.",
         *       "url": "https://facebook.com/shop/posts/1/comments/1029384756",
         *       "occurredAt": "2026-11-24T09:12:00.000Z",
         *       "orderId": "ORD-20261124",
         *       "tags": [
         *         "delivery"
         *       ],
         *       "receivedAt": "2026-11-24T09:12:03.000Z",
         *       "language": "en",
         *       "topics": [
         *         "delivery"
         *       ],
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "answered": false,
         *       "answeredAt": null,
         *       "firstReplyDueAt": "2026-11-24T11:12:03.000Z",
         *       "firstReplyDueAtLocal": "2026-11-24T12:12:03+01:00",
         *       "firstReplyBreached": false,
         *       "redactedAt": null,
         *       "privateChannel": null
         *     }
         */
        Complaint: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
            externalId: string;
            text: string;
            /** @description Detected at ingest among en, pl and el (ISO 639-1), or `und` when the text is too short to tell */
            language: string;
            /**
             * @description What it is about (e.g. delivery, courier, refund), from its playbook’s topic keywords in its language at ingest (every playbook’s when none claims it); sorted, empty when no keyword occurs
             * @example [
             *       "courier",
             *       "delivery"
             *     ]
             */
            topics: string[];
            author?: string;
            url?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            receivedAt: string;
            orderId?: string;
            tags?: string[];
            /** @description The post or media a comment sits under, when known */
            postId?: string;
            /** Format: uuid */
            incidentId: string | null;
            answered: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            answeredAt: string | null;
            /**
             * Format: date-time
             * @description When the first reply is due: the playbook’s firstReply for the severity, else the default policy (FIRST_REPLY_DEFAULT, 24 h); null only on complaints stored before that policy
             * @example 2026-11-24T09:30:00.000Z
             */
            firstReplyDueAt: string | null;
            /**
             * @description firstReplyDueAt as local time with its offset (RFC 3339), in the time zone of the playbook of the complaint’s incident, else of the playbook it matched, else UTC (the default policy); null with it
             * @example 2026-11-24T12:12:03+01:00
             */
            firstReplyDueAtLocal: string | null;
            /** @description The worker found it still unanswered at firstReplyDueAt (complaint.first_reply_breached) */
            firstReplyBreached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            redactedAt: string | null;
            /** @description Where the conversation moved after a public reply (move-private); null while public */
            privateChannel: {
                /** @enum {string} */
                channel: "dm" | "email" | "phone";
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
            } | null;
            /** @description Present when the channel (Meta webhooks) reported an edit or removal of the comment: `text` stays as first received */
            channelChanges?: {
                editedText: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                editedAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                removedAt: string | null;
            };
        };
        /**
         * @example {
         *       "id": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *       "source": "facebook",
         *       "externalId": "fb-comment-1029384756",
         *       "text": "Where is my parcel? Ordered a week ago, ORD-20261124, still not delivered.",
         *       "author": "Jan K.",
         *       "url": "https://facebook.com/shop/posts/1/comments/1029384756",
         *       "occurredAt": "2026-11-24T09:12:00.000Z",
         *       "orderId": "ORD-20261124",
         *       "tags": [
         *         "delivery"
         *       ],
         *       "receivedAt": "2026-11-24T09:12:03.000Z",
         *       "language": "en",
         *       "topics": [
         *         "delivery"
         *       ],
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "answered": false,
         *       "answeredAt": null,
         *       "firstReplyDueAt": "2026-11-24T11:12:03.000Z",
         *       "firstReplyDueAtLocal": "2026-11-24T12:12:03+01:00",
         *       "firstReplyBreached": false,
         *       "redactedAt": null,
         *       "privateChannel": null,
         *       "match": {
         *         "playbookId": "delivery-delay",
         *         "reason": "its trigger matched keywords \"where is my parcel\" and tags \"delivery\""
         *       }
         *     }
         */
        IngestedComplaint: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
            externalId: string;
            text: string;
            /** @description Detected at ingest among en, pl and el (ISO 639-1), or `und` when the text is too short to tell */
            language: string;
            /**
             * @description What it is about (e.g. delivery, courier, refund), from its playbook’s topic keywords in its language at ingest (every playbook’s when none claims it); sorted, empty when no keyword occurs
             * @example [
             *       "courier",
             *       "delivery"
             *     ]
             */
            topics: string[];
            author?: string;
            url?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            receivedAt: string;
            orderId?: string;
            tags?: string[];
            /** @description The post or media a comment sits under, when known */
            postId?: string;
            /** Format: uuid */
            incidentId: string | null;
            answered: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            answeredAt: string | null;
            /**
             * Format: date-time
             * @description When the first reply is due: the playbook’s firstReply for the severity, else the default policy (FIRST_REPLY_DEFAULT, 24 h); null only on complaints stored before that policy
             * @example 2026-11-24T09:30:00.000Z
             */
            firstReplyDueAt: string | null;
            /**
             * @description firstReplyDueAt as local time with its offset (RFC 3339), in the time zone of the playbook of the complaint’s incident, else of the playbook it matched, else UTC (the default policy); null with it
             * @example 2026-11-24T12:12:03+01:00
             */
            firstReplyDueAtLocal: string | null;
            /** @description The worker found it still unanswered at firstReplyDueAt (complaint.first_reply_breached) */
            firstReplyBreached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            redactedAt: string | null;
            /** @description Where the conversation moved after a public reply (move-private); null while public */
            privateChannel: {
                /** @enum {string} */
                channel: "dm" | "email" | "phone";
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
            } | null;
            /** @description Present when the channel (Meta webhooks) reported an edit or removal of the comment: `text` stays as first received */
            channelChanges?: {
                editedText: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                editedAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                removedAt: string | null;
            };
            /**
             * @description What a new complaint matched: the playbook it was placed under and why, or null and why none (e.g. "no playbook's keywords or sources matched"). Absent on a repeat (200): it was placed before.
             * @example {
             *       "playbookId": "delivery-delay",
             *       "reason": "its trigger matched keywords \"where is my parcel\" and tags \"delivery\""
             *     }
             */
            match?: {
                playbookId: string | null;
                /** @description Why it matched, or why nothing did, in words */
                reason: string;
            };
        };
        /**
         * @example {
         *       "id": "0b6c2f1e-9d8a-4b7c-8e5f-1a2b3c4d5e6f",
         *       "complaintId": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *       "channel": "facebook",
         *       "visibility": "public",
         *       "text": "Jan, we are sorry: your parcel is at the Poznań hub and leaves today.",
         *       "url": null,
         *       "author": "Ola (support)",
         *       "at": "2026-11-24T09:30:00.000Z",
         *       "delivery": {
         *         "status": "delivered",
         *         "externalId": "fb-comment-1029384999",
         *         "url": "https://facebook.com/shop/posts/1/comments/1029384999",
         *         "at": "2026-11-24T09:30:04.000Z"
         *       },
         *       "actor": "Ola (support)",
         *       "createdAt": "2026-11-24T09:30:00.000Z"
         *     }
         */
        Reply: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            complaintId: string;
            channel: string;
            /** @enum {string} */
            visibility: "public" | "private";
            text: string;
            url: string | null;
            /** @description Who wrote it (the actor, else the key’s name) */
            author: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            at: string;
            /**
             * @description Whether the integration posted the reply on its channel: pending until it reports
             * @example {
             *       "status": "delivered",
             *       "externalId": "fb-comment-1029384999",
             *       "url": "https://facebook.com/shop/posts/1/comments/1029384999",
             *       "at": "2026-11-24T09:30:04.000Z"
             *     }
             */
            delivery: {
                /** @enum {string} */
                status: "pending" | "delivered" | "failed";
                externalId?: string;
                url?: string;
                /**
                 * Format: date-time
                 * @description When the integration reported it
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at?: string;
            };
            /** @description The same as author (kept for clients of the first desk release) */
            actor: string;
            /**
             * Format: date-time
             * @description The same as at (kept for clients of the first desk release)
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "id": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *       "source": "facebook",
         *       "externalId": "fb-comment-1029384756",
         *       "text": "Where is my parcel? Ordered a week ago, ORD-20261124, still not delivered.",
         *       "author": "Jan K.",
         *       "url": "https://facebook.com/shop/posts/1/comments/1029384756",
         *       "occurredAt": "2026-11-24T09:12:00.000Z",
         *       "orderId": "ORD-20261124",
         *       "tags": [
         *         "delivery"
         *       ],
         *       "receivedAt": "2026-11-24T09:12:03.000Z",
         *       "language": "en",
         *       "topics": [
         *         "delivery"
         *       ],
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "answered": true,
         *       "answeredAt": "2026-11-24T09:30:00.000Z",
         *       "firstReplyDueAt": "2026-11-24T11:12:03.000Z",
         *       "firstReplyDueAtLocal": "2026-11-24T12:12:03+01:00",
         *       "firstReplyBreached": false,
         *       "redactedAt": null,
         *       "privateChannel": null,
         *       "replies": [
         *         {
         *           "id": "0b6c2f1e-9d8a-4b7c-8e5f-1a2b3c4d5e6f",
         *           "complaintId": "8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09",
         *           "channel": "facebook",
         *           "visibility": "public",
         *           "text": "Jan, we are sorry: your parcel is at the Poznań hub and leaves today.",
         *           "url": null,
         *           "author": "Ola (support)",
         *           "at": "2026-11-24T09:30:00.000Z",
         *           "delivery": {
         *             "status": "delivered",
         *             "externalId": "fb-comment-1029384999",
         *             "url": "https://facebook.com/shop/posts/1/comments/1029384999",
         *             "at": "2026-11-24T09:30:04.000Z"
         *           },
         *           "actor": "Ola (support)",
         *           "createdAt": "2026-11-24T09:30:00.000Z"
         *         }
         *       ]
         *     }
         */
        ComplaintWithReplies: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
            externalId: string;
            text: string;
            /** @description Detected at ingest among en, pl and el (ISO 639-1), or `und` when the text is too short to tell */
            language: string;
            /**
             * @description What it is about (e.g. delivery, courier, refund), from its playbook’s topic keywords in its language at ingest (every playbook’s when none claims it); sorted, empty when no keyword occurs
             * @example [
             *       "courier",
             *       "delivery"
             *     ]
             */
            topics: string[];
            author?: string;
            url?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            receivedAt: string;
            orderId?: string;
            tags?: string[];
            /** @description The post or media a comment sits under, when known */
            postId?: string;
            /** Format: uuid */
            incidentId: string | null;
            answered: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            answeredAt: string | null;
            /**
             * Format: date-time
             * @description When the first reply is due: the playbook’s firstReply for the severity, else the default policy (FIRST_REPLY_DEFAULT, 24 h); null only on complaints stored before that policy
             * @example 2026-11-24T09:30:00.000Z
             */
            firstReplyDueAt: string | null;
            /**
             * @description firstReplyDueAt as local time with its offset (RFC 3339), in the time zone of the playbook of the complaint’s incident, else of the playbook it matched, else UTC (the default policy); null with it
             * @example 2026-11-24T12:12:03+01:00
             */
            firstReplyDueAtLocal: string | null;
            /** @description The worker found it still unanswered at firstReplyDueAt (complaint.first_reply_breached) */
            firstReplyBreached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            redactedAt: string | null;
            /** @description Where the conversation moved after a public reply (move-private); null while public */
            privateChannel: {
                /** @enum {string} */
                channel: "dm" | "email" | "phone";
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
            } | null;
            /** @description Present when the channel (Meta webhooks) reported an edit or removal of the comment: `text` stays as first received */
            channelChanges?: {
                editedText: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                editedAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                removedAt: string | null;
            };
            replies: components["schemas"]["Reply"][];
        };
        /**
         * @example {
         *       "id": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "playbookId": "delivery-delay",
         *       "playbookVersion": "5f0c3a…",
         *       "title": "Courier backlog after the Black Friday sale",
         *       "summary": "Hundreds of parcels stuck at the sorting hub",
         *       "severity": "high",
         *       "state": "admit",
         *       "version": 2,
         *       "openedAt": "2026-11-24T08:00:00.000Z",
         *       "updatedAt": "2026-11-24T08:40:00.000Z",
         *       "deadline": {
         *         "stage": "admit",
         *         "dueAt": "2026-11-24T12:40:00.000Z",
         *         "dueAtLocal": "2026-11-24T13:40:00+01:00",
         *         "breached": false,
         *         "paused": false
         *       },
         *       "allowedEvents": [
         *         "admit",
         *         "escalate_legal",
         *         "dismiss",
         *         "set_severity"
         *       ],
         *       "completedStages": [
         *         "apologise"
         *       ],
         *       "legalReturnTo": null,
         *       "complaintCount": 214,
         *       "newSinceMonitoring": 0,
         *       "tags": [],
         *       "timeZone": "Europe/Warsaw"
         *     }
         */
        Incident: {
            /** Format: uuid */
            id: string;
            playbookId: string;
            playbookVersion: string;
            title: string;
            summary: string | null;
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            /**
             * @description The 5P step due next, or legal/monitoring/dismissed/closed
             * @enum {string}
             */
            state: "apologise" | "admit" | "counteract" | "improve" | "compensate" | "legal" | "monitoring" | "dismissed" | "closed";
            /** @description +1 on every change; the ETag */
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            openedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            updatedAt: string;
            deadline: {
                /** @enum {string} */
                stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                /**
                 * Format: date-time
                 * @description null while paused (legal)
                 * @example 2026-11-24T09:30:00.000Z
                 */
                dueAt: string | null;
                /** @description dueAt in the playbook time zone, with its offset (RFC 3339) */
                dueAtLocal: string | null;
                breached: boolean;
                paused: boolean;
            } | null;
            allowedEvents: string[];
            completedStages: ("apologise" | "admit" | "counteract" | "improve" | "compensate")[];
            /** @enum {string|null} */
            legalReturnTo: "apologise" | "admit" | "counteract" | "improve" | "compensate" | null;
            complaintCount: number;
            /** @description Complaints that arrived since the incident entered monitoring (state monitoring) or closed (state closed): each waits for its reply; they reopen the incident only at the playbook’s reopen threshold. 0 in the 5P stages */
            newSinceMonitoring: number;
            /** @description Set by escalations, e.g. the on-call tag of a breached deadline */
            tags: string[];
            /**
             * @description The playbook's IANA time zone, which local times are in
             * @example Europe/Warsaw
             */
            timeZone: string;
        };
        /**
         * @example {
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "stage": "apologise",
         *       "startedAt": "2026-11-24T08:00:00.000Z",
         *       "dueAt": "2026-11-24T10:00:00.000Z",
         *       "completedAt": "2026-11-24T08:40:00.000Z",
         *       "breachedAt": null,
         *       "status": "met"
         *     }
         */
        Deadline: {
            /** Format: uuid */
            incidentId: string;
            /** @enum {string} */
            stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            startedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            dueAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            completedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            breachedAt: string | null;
            /** @enum {string} */
            status: "pending" | "met" | "breached" | "paused" | "cancelled";
        };
        /**
         * @example {
         *       "seq": 2,
         *       "at": "2026-11-24T08:40:00.000Z",
         *       "actor": "Anna (PR)",
         *       "keyId": null,
         *       "keyName": null,
         *       "action": "incident.apologise",
         *       "fromState": "apologise",
         *       "toState": "admit",
         *       "data": {
         *         "event": "apologise"
         *       },
         *       "prevHash": "1b4f…",
         *       "hash": "9e2a…"
         *     }
         */
        AuditEntry: {
            seq: number;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            at: string;
            actor: string;
            keyId: string | null;
            keyName: string | null;
            action: string;
            fromState: string | null;
            toState: string | null;
            data: {
                [key: string]: unknown;
            };
            prevHash: string;
            hash: string;
        };
        /**
         * @example {
         *       "keyId": "0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c",
         *       "name": "Wall screen, 2nd floor",
         *       "role": "dashboard",
         *       "allowed": [
         *         "GET /v1/incidents",
         *         "GET /v1/incidents/:id",
         *         "GET /v1/me"
         *       ]
         *     }
         */
        Me: {
            keyId: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "dashboard" | "integration";
            /** @description Every `METHOD /route` this key may call (from the access policy), so a client shows only what it may do */
            allowed: string[];
        };
        /**
         * @description A card per incident: every one not closed or dismissed (with `done=true` those too), or the one `incidentId` names (in any state)
         * @example {
         *       "since": "2026-11-23T09:00:00.000Z",
         *       "items": [
         *         {
         *           "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *           "title": "Courier backlog after the Black Friday sale",
         *           "playbookId": "delivery-delay",
         *           "severity": "high",
         *           "state": "admit",
         *           "version": 2,
         *           "complaintCount": 48,
         *           "newSinceMonitoring": 0,
         *           "deadline": {
         *             "stage": "admit",
         *             "dueAt": "2026-11-23T12:00:00.000Z",
         *             "startedAt": "2026-11-23T10:00:00.000Z",
         *             "breached": false,
         *             "paused": false
         *           },
         *           "complaintsByHour": [
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             2,
         *             9,
         *             31,
         *             48,
         *             12
         *           ],
         *           "unanswered": 17,
         *           "overdue": 3,
         *           "pendingApprovals": 1,
         *           "auditSeq": 42
         *         }
         *       ]
         *     }
         */
        BoardCounts: {
            /**
             * Format: date-time
             * @description Start of the first of the 24 clock-hour buckets
             * @example 2026-11-24T09:30:00.000Z
             */
            since: string;
            items: {
                /** Format: uuid */
                incidentId: string;
                title: string;
                playbookId: string;
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                /** @enum {string} */
                state: "apologise" | "admit" | "counteract" | "improve" | "compensate" | "legal" | "monitoring" | "dismissed" | "closed";
                /** @description The incident’s version: +1 on every change */
                version: number;
                complaintCount: number;
                /** @description Complaints since the incident entered monitoring or closed (as on the incident) */
                newSinceMonitoring: number;
                /** @description The current stage’s deadline, as on the incident */
                deadline: {
                    /** @enum {string} */
                    stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                    /**
                     * Format: date-time
                     * @description null while paused (legal)
                     * @example 2026-11-24T09:30:00.000Z
                     */
                    dueAt: string | null;
                    /**
                     * Format: date-time
                     * @description When this stage’s deadline started (its span is startedAt → dueAt)
                     * @example 2026-11-24T09:30:00.000Z
                     */
                    startedAt: string | null;
                    breached: boolean;
                    paused: boolean;
                } | null;
                /** @description Complaints received per hour, oldest first; the last hour is the current one */
                complaintsByHour: number[];
                /** @description Attached complaints without a public reply */
                unanswered: number;
                /** @description Of those, past their first-reply time */
                overdue: number;
                /** @description Statements waiting for approval */
                pendingApprovals: number;
                /** @description The last entry of its audit chain: it moves with every audited change (a change signal) */
                auditSeq: number;
            }[];
        };
        /**
         * @description What customers said, by topic, most mentioned first
         * @example {
         *       "total": 412,
         *       "topics": [
         *         {
         *           "topic": "delivery",
         *           "count": 380,
         *           "channels": {
         *             "facebook": 301,
         *             "email": 79
         *           },
         *           "sample": [
         *             "0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c",
         *             "0190d19f-2a41-7d3e-9c55-1b2f3e4d5a6b"
         *           ]
         *         },
         *         {
         *           "topic": "courier",
         *           "count": 122,
         *           "channels": {
         *             "facebook": 122
         *           },
         *           "sample": [
         *             "0190d19e-7f10-7a2b-8c3d-4e5f6a7b8c9d"
         *           ]
         *         }
         *       ]
         *     }
         */
        Feedback: {
            /** @description Complaints in scope, with or without topics (one with two topics counts once here) */
            total: number;
            topics: {
                topic: string;
                /** @description Complaints in scope that mention the topic */
                count: number;
                /** @description How many of them came from each source (facebook, email…) */
                channels: {
                    [key: string]: number;
                };
                /** @description A few of their ids, newest first (at most 5) */
                sample: string[];
            }[];
        };
        /**
         * @example {
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "state": "apologise",
         *       "deadline": {
         *         "stage": "apologise",
         *         "dueAt": "2026-11-24T10:40:00.000Z",
         *         "dueAtLocal": "2026-11-24T11:40:00+01:00",
         *         "breached": false,
         *         "paused": false
         *       },
         *       "stage": {
         *         "id": "apologise",
         *         "requires": [
         *           {
         *             "field": "statement",
         *             "source": "contract"
         *           },
         *           {
         *             "field": "channels",
         *             "source": "contract"
         *           }
         *         ],
         *         "guidance": {
         *           "language": "pl",
         *           "principles": [
         *             "Przeproś publicznie, tam gdzie klienci się skarżą."
         *           ],
         *           "checks": [
         *             "Czy przeprosiny padły na każdym kanale?"
         *           ]
         *         }
         *       },
         *       "tasks": [
         *         {
         *           "kind": "reply",
         *           "id": "0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10",
         *           "dueAt": "2026-11-24T11:12:03.000Z",
         *           "dueAtLocal": "2026-11-24T12:12:03+01:00",
         *           "overdue": false
         *         }
         *       ]
         *     }
         */
        NextStep: {
            /** Format: uuid */
            incidentId: string;
            /**
             * @description The 5P step due next, or legal/monitoring/dismissed/closed
             * @enum {string}
             */
            state: "apologise" | "admit" | "counteract" | "improve" | "compensate" | "legal" | "monitoring" | "dismissed" | "closed";
            deadline: {
                /** @enum {string} */
                stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                /**
                 * Format: date-time
                 * @description null while paused (legal)
                 * @example 2026-11-24T09:30:00.000Z
                 */
                dueAt: string | null;
                /** @description dueAt in the playbook time zone, with its offset (RFC 3339) */
                dueAtLocal: string | null;
                breached: boolean;
                paused: boolean;
            } | null;
            /** @description null outside the five stages (legal, monitoring, dismissed, closed) */
            stage: {
                /** @enum {string} */
                id: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                /** @description Evidence the stage event needs: the contract’s and the playbook’s */
                requires: ({
                    field: string;
                    /** @enum {string} */
                    source: "contract";
                } | {
                    field: string;
                    /** @enum {string} */
                    source: "playbook";
                    kind: string;
                    description: string;
                    /** @description The description in other languages, e.g. { "pl": "…" } */
                    descriptions: {
                        [key: string]: string;
                    };
                    min?: number;
                })[];
                guidance: {
                    /** @description From Accept-Language among the playbook’s languages; without the header, the language most of the incident’s complaints are in, if the playbook has guidance in it; else its first */
                    language: string;
                    principles: string[];
                    checks: string[];
                };
            } | null;
            /** @description Statements waiting for approval (due with the current stage), compensations waiting for approval, then unanswered complaints, soonest due first (at most 100), then open public commitments, soonest due first */
            tasks: {
                /** @enum {string} */
                kind: "approve_statement" | "approve_compensation" | "reply" | "commitment";
                /**
                 * Format: uuid
                 * @description The statement or compensation waiting for approval, the complaint for its first reply, or the open commitment
                 */
                id: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                dueAt: string | null;
                /** @description dueAt in the playbook time zone, with its offset */
                dueAtLocal: string | null;
                overdue: boolean;
            }[];
        };
        /**
         * @example {
         *       "id": "delivery-delay",
         *       "version": "9c1f…",
         *       "title": "Delivery delay",
         *       "titles": {
         *         "pl": "Opóźniona dostawa"
         *       },
         *       "description": "Parcels arrive late",
         *       "languages": [
         *         "pl",
         *         "en"
         *       ],
         *       "severities": [
         *         {
         *           "severity": "low",
         *           "description": "A few late parcels"
         *         }
         *       ],
         *       "calendar": {
         *         "kind": "24/7"
         *       },
         *       "stages": [
         *         {
         *           "stage": "apologise",
         *           "deadlines": {
         *             "low": "PT8H",
         *             "medium": "PT4H",
         *             "high": "PT2H",
         *             "critical": "PT1H"
         *           },
         *           "deadlineFrom": "stage",
         *           "requires": [
         *             {
         *               "field": "statement",
         *               "kind": "text",
         *               "description": "The public apology"
         *             }
         *           ],
         *           "guidance": {
         *             "en": {
         *               "principles": [
         *                 "Apologise first, explain later"
         *               ],
         *               "checks": [
         *                 "Names every channel"
         *               ]
         *             }
         *           }
         *         }
         *       ],
         *       "reopenTo": "apologise",
         *       "compensation": {
         *         "ceilings": {
         *           "low": {
         *             "amount": 20,
         *             "currency": "PLN"
         *           }
         *         }
         *       },
         *       "firstReply": {
         *         "deadlines": {
         *           "low": "PT4H",
         *           "medium": "PT2H",
         *           "high": "PT1H",
         *           "critical": "PT30M"
         *         }
         *       },
         *       "monitoring": {
         *         "watchWindow": "P7D"
         *       },
         *       "triggers": null,
         *       "volumeEscalation": [],
         *       "escalation": {
         *         "reminderAt": 0.8
         *       },
         *       "approval": {
         *         "low": {
         *           "required": false,
         *           "roles": [
         *             "admin",
         *             "manager"
         *           ]
         *         },
         *         "medium": {
         *           "required": false,
         *           "roles": [
         *             "admin",
         *             "manager"
         *           ]
         *         },
         *         "high": {
         *           "required": false,
         *           "roles": [
         *             "admin",
         *             "manager"
         *           ]
         *         },
         *         "critical": {
         *           "required": true,
         *           "roles": [
         *             "admin",
         *             "manager"
         *           ]
         *         }
         *       }
         *     }
         */
        Playbook: {
            id: string;
            /** @description SHA-256 of the validated definition */
            version: string;
            title: string;
            /** @description The title in other languages (a desk picks its own); `title` where one is missing */
            titles: {
                [key: string]: string;
            };
            description: string;
            /** @description Its guidance languages; the first is the engine’s own */
            languages: string[];
            severities: {
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                description: string;
            }[];
            calendar: {
                [key: string]: unknown;
            };
            stages: {
                /** @enum {string} */
                stage: "apologise" | "admit" | "counteract" | "improve" | "compensate";
                /** @description ISO 8601 duration per severity */
                deadlines: {
                    low: string;
                    medium: string;
                    high: string;
                    critical: string;
                };
                /** @enum {string} */
                deadlineFrom: "stage" | "opened";
                /** @description Evidence the stage demands (contract defaults + playbook extras) */
                requires: {
                    field: string;
                    kind: string;
                    description: string;
                    min?: number;
                }[];
                minStatementLength?: number;
                guidance: {
                    [key: string]: {
                        principles: string[];
                        checks: string[];
                    };
                };
            }[];
            /** @enum {string} */
            reopenTo: "apologise" | "admit" | "counteract" | "improve" | "compensate";
            compensation: {
                /** @description Per item, in whole major units */
                ceilings: {
                    low: {
                        amount: number;
                        currency: string;
                    };
                    medium: {
                        amount: number;
                        currency: string;
                    };
                    high: {
                        amount: number;
                        currency: string;
                    };
                    critical: {
                        amount: number;
                        currency: string;
                    };
                };
                /** @description The incident’s total of compensation items not declined or cancelled */
                budgets?: {
                    low: {
                        amount: number;
                        currency: string;
                    };
                    medium: {
                        amount: number;
                        currency: string;
                    };
                    high: {
                        amount: number;
                        currency: string;
                    };
                    critical: {
                        amount: number;
                        currency: string;
                    };
                };
                /** @description An item worth more waits for another key’s approval */
                approvalAbove?: {
                    low: {
                        amount: number;
                        currency: string;
                    };
                    medium: {
                        amount: number;
                        currency: string;
                    };
                    high: {
                        amount: number;
                        currency: string;
                    };
                    critical: {
                        amount: number;
                        currency: string;
                    };
                };
            };
            firstReply: {
                deadlines: {
                    low: string;
                    medium: string;
                    high: string;
                    critical: string;
                };
            };
            monitoring: {
                watchWindow: string;
            };
            triggers: {
                [key: string]: unknown;
            } | null;
            volumeEscalation: {
                count: number;
                within: string;
                /** @enum {string} */
                raiseTo: "low" | "medium" | "high" | "critical";
            }[];
            escalation: {
                [key: string]: unknown;
            };
            /** @description Whether a statement needs another key’s approval at each severity, and whose */
            approval: {
                low: {
                    required: boolean;
                    roles: string[];
                };
                medium: {
                    required: boolean;
                    roles: string[];
                };
                high: {
                    required: boolean;
                    roles: string[];
                };
                critical: {
                    required: boolean;
                    roles: string[];
                };
            };
        };
        /**
         * @example {
         *       "id": "8c2f6a1e-3b7d-4e9a-a5c4-1f0e2d3c4b5a",
         *       "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
         *       "stage": "apologise",
         *       "text": "We are sorry: many of you are still waiting for parcels ordered last week. That is on us, and here is what we are doing about it.",
         *       "language": "en",
         *       "channels": [
         *         "facebook",
         *         "x"
         *       ],
         *       "status": "approved",
         *       "author": {
         *         "actor": "Anna (PR)",
         *         "keyId": "4a9c0b1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"
         *       },
         *       "createdAt": "2026-11-24T08:20:00.000Z",
         *       "decisions": [
         *         {
         *           "by": {
         *             "actor": "Marek (head of care)",
         *             "keyId": "5b0d1c2e-3f4a-4b6c-9d7e-8f9a0b1c2d3e"
         *           },
         *           "decision": "approve",
         *           "note": "Checked with legal; fine to publish.",
         *           "at": "2026-11-24T08:31:00.000Z"
         *         }
         *       ],
         *       "publishedAt": null,
         *       "checks": [
         *         {
         *           "rule": "tone",
         *           "ok": true,
         *           "message": "The tone is calm."
         *         }
         *       ]
         *     }
         */
        Statement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            /** @enum {string} */
            stage: "apologise" | "admit";
            text: string;
            language: string | null;
            channels: string[];
            /** @enum {string} */
            status: "pending_approval" | "approved" | "rejected" | "published";
            /** @description null for statements published before drafts existed */
            author: {
                actor: string;
                /** Format: uuid */
                keyId: string | null;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
            decisions: {
                by: {
                    actor: string;
                    /** Format: uuid */
                    keyId: string | null;
                };
                /** @enum {string} */
                decision: "approve" | "reject";
                note: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            publishedAt: string | null;
            /** @description The stage’s statement rules as checked when drafted */
            checks: {
                rule: string;
                ok: boolean;
                message: string;
            }[];
        };
        /**
         * @example {
         *       "seq": 3,
         *       "at": "2026-11-24T08:40:00.000Z",
         *       "actor": "webhooks",
         *       "action": "webhook.disabled",
         *       "data": {
         *         "webhookId": "0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c",
         *         "reason": "failing for 72 hours"
         *       },
         *       "prevHash": "1b4f…",
         *       "hash": "9e2a…"
         *     }
         */
        SystemAuditEntry: {
            seq: number;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            at: string;
            actor: string;
            action: string;
            data: {
                [key: string]: unknown;
            };
            prevHash: string;
            hash: string;
        };
        /**
         * @example {
         *       "id": "7d9b2a41-0c7e-4f3b-9a57-1e2d3c4b5a69",
         *       "url": "https://hooks.example.com/crisis",
         *       "events": [
         *         "deadline.breached",
         *         "incident.escalated"
         *       ],
         *       "createdAt": "2026-11-24T08:00:00.000Z",
         *       "disabledAt": null,
         *       "disabledReason": null,
         *       "previousSecretValidUntil": null
         *     }
         */
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("incident.opened" | "incident.transitioned" | "deadline.approaching" | "deadline.breached" | "incident.escalated" | "complaint.reply_created" | "complaint.first_reply_approaching" | "complaint.first_reply_breached" | "statement.approval_requested" | "statement.decided" | "compensation.changed" | "commitment.changed" | "commitment.approaching" | "commitment.missed" | "feedback.digest" | "incident.stragglers")[];
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:30:00.000Z
             */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description After a rotation: until when the replaced secret still signs, next to the new one
             * @example 2026-11-24T09:30:00.000Z
             */
            previousSecretValidUntil: string | null;
        };
        Workspace: {
            incident: components["schemas"]["Incident"];
            next: components["schemas"]["NextStep"];
            playbook: {
                id: string;
                version: string;
                title: string;
                /** @description The title in other languages */
                titles: {
                    [key: string]: string;
                };
                /** @description IANA zone the desk shows local times in */
                timeZone: string;
                /** @description The languages its guidance is written in */
                languages: string[];
            };
            statements: components["schemas"]["Statement"][];
            /**
             * @example {
             *       "items": [
             *         {
             *           "id": "6f1e2d3c-4b5a-4c9d-8e7f-0a1b2c3d4e5f",
             *           "incidentId": "3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8",
             *           "complaintId": "0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10",
             *           "recipient": "@kasia_k",
             *           "kind": "voucher",
             *           "value": "50.00",
             *           "currency": "PLN",
             *           "description": "Voucher for the next order, for the parcel that came a week late.",
             *           "status": "offered",
             *           "createdAt": "2026-11-24T10:05:00.000Z",
             *           "history": [
             *             {
             *               "status": "offered",
             *               "at": "2026-11-24T10:05:00.000Z",
             *               "by": {
             *                 "actor": "Anna (care)",
             *                 "keyId": "4a9c0b1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"
             *               },
             *               "note": null,
             *               "reference": null
             *             }
             *           ]
             *         }
             *       ],
             *       "totals": {
             *         "offered": "50.00",
             *         "accepted": "0.00",
             *         "fulfilled": "0.00",
             *         "currency": "PLN"
             *       }
             *     }
             */
            ledger: {
                items: components["schemas"]["Compensation"][];
                /** @description Sums of the items now in each status (an item counts once, where it stands), as decimal strings */
                totals: {
                    offered: string;
                    accepted: string;
                    fulfilled: string;
                    currency: string;
                };
            };
            commitments: components["schemas"]["Commitment"][];
            /** @description Counted with the same conditions as the complaint list’s filters and the board */
            complaints: {
                total: number;
                /** @description Without a reply: what a close would refuse */
                unanswered: number;
                /** @description Of those, past their first-reply time */
                overdue: number;
                /** @description Moved to a private channel */
                private: number;
                /** @description Edited on the platform since they arrived */
                edited: number;
                /** @description Removed on the platform */
                removed: number;
                newSinceMonitoring: number;
                bySource: {
                    [key: string]: number;
                };
                /** @description The posts the comments sit under, most commented first (at most 50) */
                posts: {
                    postId: string;
                    /** @enum {string} */
                    source: "facebook" | "instagram" | "x" | "tiktok" | "youtube" | "review" | "email" | "chat" | "other";
                    total: number;
                    unanswered: number;
                }[];
            };
            timeline: {
                /** @description The chain’s length */
                entries: number;
                /** @description The newest 1000 entries, newest first, as lines for people: a run of the same action by the same actor that changes no state is one line with its count */
                items: {
                    /** @description The first entry of the run */
                    seq: number;
                    /** @description The last entry of the run */
                    lastSeq: number;
                    /** @description Entries folded into this line (1 for a change of state) */
                    count: number;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T09:30:00.000Z
                     */
                    at: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T09:30:00.000Z
                     */
                    lastAt: string;
                    actor: string;
                    /** @description The audit action, e.g. complaint.attached or incident.apologise */
                    action: string;
                    fromState: string | null;
                    toState: string | null;
                    /** @description The data of the run’s newest entry */
                    data: {
                        [key: string]: unknown;
                    };
                }[];
            };
            /** @description The reopen that put the incident in its state, while it has not moved since */
            lastReopen: {
                /**
                 * Format: date-time
                 * @example 2026-11-24T09:30:00.000Z
                 */
                at: string;
                actor: string;
                reason: string;
                /** @description Set when the playbook’s reopen threshold did it (the actor is then `system`) */
                stragglers: {
                    count: number;
                    within: string;
                } | null;
            } | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

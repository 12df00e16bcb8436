/** The slice of a pino logger that services and the worker use (fastify's and pino's both fit). */
export interface Log {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

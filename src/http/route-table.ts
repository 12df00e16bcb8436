import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the app (decorated by buildApp). */
    routeTable: RouteTable;
  }
}

/**
 * Remembers every route's URL pattern and methods, so an unknown method on a known path answers
 * 405 with `Allow` instead of 404 (complaints and audit entries are never deleted: DELETE is 405).
 */
export class RouteTable {
  private readonly patterns = new Map<string, { regex: RegExp; methods: Set<string> }>();

  attach(app: FastifyInstance): void {
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      let entry = this.patterns.get(route.url);
      if (!entry) {
        entry = { regex: toRegex(route.url), methods: new Set() };
        this.patterns.set(route.url, entry);
      }
      for (const m of methods) entry.methods.add(m.toUpperCase());
    });
  }

  /** Methods registered for a concrete path (empty when no pattern matches). */
  methodsFor(path: string): string[] {
    const methods = new Set<string>();
    for (const { regex, methods: ms } of this.patterns.values()) {
      if (regex.test(path)) for (const m of ms) methods.add(m);
    }
    return [...methods].sort();
  }

  /** Every registered [method, url] pair (for the role matrix and docs). */
  list(): { method: string; url: string }[] {
    return [...this.patterns.entries()].flatMap(([url, { methods }]) =>
      [...methods].map((method) => ({ method, url })),
    );
  }
}

function toRegex(pattern: string): RegExp {
  const body = pattern
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      if (segment.startsWith(':')) return '[^/]+';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${body}/?$`);
}

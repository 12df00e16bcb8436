import type { LoadSpec } from './types.ts';

/** GETs that rotate over seeded incidents in a fixed order: `pathOf` names the route for one incident. */
export function rotatingGet(
  incidents: readonly { id: string }[],
  pathOf: (id: string) => string,
  headers: Record<string, string> = {},
): LoadSpec {
  let sent = 0;
  return {
    method: 'GET',
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, ...headers },
          path: pathOf(incidents[sent++ % incidents.length]!.id),
        }),
      },
    ],
  };
}

// Floor 1: the fastest this stack can answer an HTTP request on this machine. Nothing but fastify's
// router and JSON serialisation, so any ratio below 1 is the cost the service adds.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ status: 'ok' }));

for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.once(sig, () => void app.close().then(() => process.exit(0)));
}
await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '127.0.0.1' });

// Floor 3 (PGlite): floor-insert with the database inside the process, as the service has it on PGlite:
// fastify + PGlite in memory + the same single-row INSERT … RETURNING id. Only its CPU per operation is
// used (the PGlite rows' "floor ÷ row" for writes); the write targets stay against floor-insert.
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';

const db = await PGlite.create('memory://');
await db.exec(
  `CREATE TABLE floor_insert (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), note text NOT NULL,
   created_at timestamptz NOT NULL DEFAULT now())`,
);

const app = Fastify({ logger: false });
const insertSql = 'INSERT INTO floor_insert (note) VALUES ($1) RETURNING id';
app.post<{ Body: { note?: string } }>('/', async (req, reply) => {
  const { rows } = await db.query<{ id: string }>(insertSql, [req.body?.note ?? '']);
  return reply.code(201).send({ id: rows[0]?.id });
});
app.get('/ready', async () => ({ status: 'ok' }));

for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.once(sig, () => void app.close().then(() => db.close().then(() => process.exit(0))));
}
await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '127.0.0.1' });

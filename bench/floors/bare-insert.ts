// Floor 2: the fastest this stack can do one durable write per request: fastify + a pg Pool of 20 + a
// single-row INSERT with server-generated defaults, the shape of the service's own create routes.
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.FLOOR_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const table = process.env.FLOOR_TABLE ?? `bench_floor_insert_${process.pid}`;
const ident = `"${table.replaceAll('"', '""')}"`;

// application_name tells the bench which backends of the shared database are this floor's (CPU per op).
const pool = new pg.Pool({ connectionString: url, max: 20, application_name: table.slice(0, 63) });
await pool.query(
  `CREATE TABLE ${ident} (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), note text NOT NULL,
   created_at timestamptz NOT NULL DEFAULT now())`,
);

const app = Fastify({ logger: false });
const insertSql = `INSERT INTO ${ident} (note) VALUES ($1) RETURNING id`;
app.post<{ Body: { note?: string } }>('/', async (req, reply) => {
  const { rows } = await pool.query<{ id: string }>(insertSql, [req.body?.note ?? '']);
  return reply.code(201).send({ id: rows[0]?.id });
});
// Separate from the measured route so readiness polling writes nothing.
app.get('/ready', async () => ({ status: 'ok' }));

// The table is ours alone: drop it on the way out (the bench also drops it if we are SIGKILLed).
async function shutdown() {
  await app.close();
  await pool.query(`DROP TABLE IF EXISTS ${ident}`).catch((e) => console.error(e));
  await pool.end();
  process.exit(0);
}
for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => void shutdown());

await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '127.0.0.1' });

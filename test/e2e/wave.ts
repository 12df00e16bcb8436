import { createHmac } from 'node:crypto';

/**
 * A real wave, replayed: a shoe shop's courier loses a batch of parcels and hundreds of comments arrive
 * in Polish and English, through the batch API (an integration key) and signed Meta deliveries (Page
 * feed comments under two posts), with a few edits and removals on the platform. The texts match the
 * lost-or-damaged-order playbook, whose trigger threshold opens the incident by itself.
 *
 * From a browser test: `await replayWave(url, { integrationKey, metaSecret, count })`.
 * By hand, against a running engine (META_APP_SECRET set):
 *   node --import tsx test/e2e/wave.ts http://127.0.0.1:3000 <integration key> <meta app secret> [count]
 */
export interface WaveOptions {
  integrationKey: string;
  /** The engine's META_APP_SECRET; without it the Meta part is skipped. */
  metaSecret?: string;
  /** How many complaints in all (about a third through Meta). */
  count: number;
  /** Prefix of external ids, so two waves on one engine do not collide. */
  tag?: string;
}

const PL = [
  'Paczka zaginęła, zamówienie {order} miało być wczoraj. Gdzie są moje buty?',
  'Zgubiona paczka! Kurier twierdzi, że doręczył, a nic nie dostałam. {order}',
  'Przyszło uszkodzone pudełko, buty porysowane. Zamówienie {order}.',
  'Trzeci dzień czekam, paczka zaginęła w sortowni. Co dalej z {order}?',
  'Puste pudełko w paczce, zamiast butów papier. {order}',
];
const EN = [
  'My parcel never arrived, order {order}. The tracking says delivered.',
  'Lost parcel again, second time this month. Order {order}.',
  'The box arrived damaged and the shoes are scuffed. {order}',
];
const AUTHORS = ['Anna K.', 'Piotr W.', 'Magda Z.', 'Tomasz B.', 'Kasia L.', 'John D.', 'Ewa M.', 'Marek S.'];

function textOf(n: number): string {
  const pool = n % 4 === 3 ? EN : PL;
  const order = `ZAM-${String(2026000 + n).padStart(7, '0')}`;
  return pool[n % pool.length]!.replace('{order}', order);
}

async function post(url: string, path: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** A Page feed delivery of comments under `postId`, signed as Meta signs it (X-Hub-Signature-256). */
function feedDelivery(changes: Record<string, unknown>[]) {
  return JSON.stringify({
    object: 'page',
    entry: [
      {
        id: 'shop-page',
        time: Math.floor(Date.now() / 1000),
        changes: changes.map((value) => ({ field: 'feed', value })),
      },
    ],
  });
}

function signed(secret: string, raw: string) {
  return { 'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}` };
}

export async function replayWave(url: string, o: WaveOptions): Promise<{ batch: number; meta: number }> {
  const tag = o.tag ?? 'wave';
  const viaMeta = o.metaSecret ? Math.floor(o.count / 3) : 0;
  const viaBatch = o.count - viaMeta;
  const auth = { authorization: `Bearer ${o.integrationKey}` };
  for (let start = 0; start < viaBatch; start += 100) {
    const items = Array.from({ length: Math.min(100, viaBatch - start) }, (_, i) => {
      const n = start + i;
      const source = n % 5 === 0 ? 'email' : n % 2 ? 'instagram' : 'facebook';
      return {
        source,
        externalId: `${tag}-batch-${n}`,
        text: textOf(n),
        author: AUTHORS[n % AUTHORS.length],
        orderId: `ZAM-${String(2026000 + n).padStart(7, '0')}`,
        ...(source === 'instagram' ? { postId: 'ig-media-lost-parcels' } : {}),
      };
    });
    await post(url, '/v1/complaints/batch', { items }, auth);
  }
  if (o.metaSecret) {
    const comment = (n: number, verb = 'add') => ({
      item: 'comment',
      verb,
      comment_id: `${tag}-fb-${n}`,
      post_id: n % 2 ? 'shop-page_post-courier' : 'shop-page_post-sale',
      message: textOf(viaBatch + n),
      from: { name: AUTHORS[(viaBatch + n) % AUTHORS.length] },
      created_time: Math.floor(Date.now() / 1000),
    });
    for (let start = 0; start < viaMeta; start += 25) {
      const raw = feedDelivery(
        Array.from({ length: Math.min(25, viaMeta - start) }, (_, i) => comment(start + i)),
      );
      await post(url, '/v1/integrations/meta', raw, signed(o.metaSecret, raw));
    }
    // What customers do on the platform afterwards: one edits the comment, one removes it.
    const edited = { ...comment(1, 'edited'), message: `${textOf(viaBatch + 1)} EDIT: nadal nic.` };
    const removed = {
      item: 'comment',
      verb: 'remove',
      comment_id: `${tag}-fb-2`,
      post_id: 'shop-page_post-sale',
    };
    const raw = feedDelivery([edited, removed]);
    await post(url, '/v1/integrations/meta', raw, signed(o.metaSecret, raw));
  }
  return { batch: viaBatch, meta: viaMeta };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, integrationKey, metaSecret, count] = process.argv.slice(2);
  if (!url || !integrationKey) {
    console.error('usage: node --import tsx test/e2e/wave.ts URL INTEGRATION_KEY [META_APP_SECRET] [COUNT]');
    process.exit(2);
  }
  const done = await replayWave(url, {
    integrationKey,
    count: Number(count ?? 311),
    ...(metaSecret ? { metaSecret } : {}),
    tag: `wave-${Date.now()}`,
  });
  console.log(`sent ${done.batch} complaints through the batch API and ${done.meta} through Meta`);
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { startLive } from '../live';
import { IncidentCard } from './Card';
import { OpenIncident } from './OpenIncident';
import { type BoardData, BoardStore, type Card } from './store';

const OPEN_COLUMNS = [
  'apologise',
  'admit',
  'counteract',
  'improve',
  'compensate',
  'legal',
  'monitoring',
] as const;
const DONE_COLUMNS = ['closed', 'dismissed'] as const;
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

interface Filter {
  playbookId: string;
  severity: string;
  breached: boolean;
  done: boolean;
}

const ALL: Filter = { playbookId: '', severity: '', breached: false, done: false };
/** Wall mode cycles through these, one every WALL_MS. */
const WALL_CYCLE: Filter[] = [
  ALL,
  { ...ALL, breached: true },
  { ...ALL, severity: 'critical' },
  { ...ALL, severity: 'high' },
];
const WALL_MS = 15_000;

function matches(i: Card, f: Filter): boolean {
  return (
    (!f.playbookId || i.playbookId === f.playbookId) &&
    (!f.severity || i.severity === f.severity) &&
    (!f.breached || i.deadline?.breached === true)
  );
}

const MINUTE = 60_000;

function useNow(ms: number): number {
  const [now, setNow] = useState(Math.floor(Date.now() / MINUTE) * MINUTE);
  useEffect(() => {
    const t = setInterval(() => setNow(Math.floor(Date.now() / MINUTE) * MINUTE), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** The board: a column per state, a card per incident, kept live (src/web/live.ts). */
export function Board(props: { wall: boolean; canOpen: boolean }) {
  const [data, setData] = useState<BoardData | null>(null);
  const [failed, setFailed] = useState(false);
  const [filter, setFilter] = useState<Filter>(ALL);
  const [liveMode, setLiveMode] = useState('connecting');
  const store = useRef<BoardStore | null>(null);
  // Countdowns show minutes: the cards render again when the minute turns, not every second.
  const now = useNow(15_000);

  useEffect(() => {
    const s = new BoardStore(setData);
    store.current = s;
    s.load().catch(() => setFailed(true));
    const live = startLive(() => {
      void s.refresh().catch(() => {});
      setLiveMode(live.mode());
    });
    return () => live.stop();
  }, []);

  useEffect(() => {
    void store.current?.showDone(filter.done).catch(() => {});
  }, [filter.done]);

  // The paint benchmark (bench/ui-board-paint.ts) reads these marks: the first render with data (every
  // card: the board is one read) is on screen.
  const painted = useRef(false);
  useEffect(() => {
    if (!data || painted.current) return;
    painted.current = true;
    requestAnimationFrame(() => {
      performance.mark('board-painted');
      performance.mark('board-complete');
    });
  }, [data]);

  useEffect(() => {
    if (!props.wall) return;
    let n = 0;
    const t = setInterval(() => {
      n = (n + 1) % WALL_CYCLE.length;
      setFilter(WALL_CYCLE[n] ?? ALL);
    }, WALL_MS);
    return () => clearInterval(t);
  }, [props.wall]);

  const playbooks = useMemo(
    () => [...new Set([...(data?.cards.values() ?? [])].map((i) => i.playbookId))].sort(),
    [data],
  );
  const columns = useMemo(() => {
    const by = new Map<string, Card[]>();
    for (const i of data?.cards.values() ?? []) {
      if (!matches(i, filter)) continue;
      const list = by.get(i.state) ?? [];
      list.push(i);
      by.set(i.state, list);
    }
    for (const list of by.values())
      list.sort((a, b) => (a.deadline?.dueAt ?? '~').localeCompare(b.deadline?.dueAt ?? '~'));
    return by;
  }, [data, filter]);

  if (failed) return <p role="alert">The board could not be loaded.</p>;
  if (!data) return <p aria-live="polite">Loading the board…</p>;
  const shown = filter.done ? [...OPEN_COLUMNS, ...DONE_COLUMNS] : OPEN_COLUMNS;
  return (
    <section class={props.wall ? 'board wall' : 'board'} aria-label="Board" data-live={liveMode}>
      {props.wall ? (
        <p class="wall-filter">{describe(filter)}</p>
      ) : (
        <div class="toolbar">
          <label>
            Playbook{' '}
            <select
              value={filter.playbookId}
              onChange={(e) => setFilter({ ...filter, playbookId: (e.target as HTMLSelectElement).value })}
            >
              <option value="">all</option>
              {playbooks.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label>
            Severity{' '}
            <select
              value={filter.severity}
              onChange={(e) => setFilter({ ...filter, severity: (e.target as HTMLSelectElement).value })}
            >
              <option value="">all</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={filter.breached}
              onChange={(e) => setFilter({ ...filter, breached: (e.target as HTMLInputElement).checked })}
            />{' '}
            Breached only
          </label>
          <label>
            <input
              type="checkbox"
              checked={filter.done}
              onChange={(e) => setFilter({ ...filter, done: (e.target as HTMLInputElement).checked })}
            />{' '}
            Show closed and dismissed
          </label>
          <span class="live">
            {liveMode === 'stream' ? 'live' : liveMode === 'poll' ? 'live (polling)' : 'connecting'}
          </span>
          {props.canOpen && <OpenIncident />}
        </div>
      )}
      <div class="columns">
        {shown.map((state) => {
          const list = columns.get(state) ?? [];
          return (
            <section class="column" key={state} data-column={state} aria-labelledby={`col-${state}`}>
              <h2 id={`col-${state}`}>
                {state} <span class="n">{list.length}</span>
              </h2>
              {list.map((i) => (
                <IncidentCard key={i.incidentId} card={i} now={now} wall={props.wall} />
              ))}
            </section>
          );
        })}
      </div>
    </section>
  );
}

function describe(f: Filter): string {
  if (f.breached) return 'Breached deadlines';
  if (f.severity) return `Severity: ${f.severity}`;
  return 'All open incidents';
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LinkState } from '../api/resilient';
import { useT } from '../i18n/language';
import { t } from '../i18n/t';
import { LiveStatus } from '../LiveStatus';
import { subscribeLive, useLiveMode } from '../live';
import { BoardToolbar } from './BoardToolbar';
import { IncidentCard } from './Card';
import { ALL, type Filter, matches, WALL_CYCLE, WALL_MS } from './filter';
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

const MINUTE = 60_000;

function useNow(ms: number): number {
  const [now, setNow] = useState(Math.floor(Date.now() / MINUTE) * MINUTE);
  useEffect(() => {
    const t = setInterval(() => setNow(Math.floor(Date.now() / MINUTE) * MINUTE), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/**
 * The board: a column per state, a card per incident, kept live (src/web/live.ts). Any live signal asks
 * for one conditional read; a failed read keeps the cards and says it is reconnecting.
 */
export function Board(props: { wall: boolean; canOpen: boolean }) {
  const t = useT();
  const [data, setData] = useState<BoardData | null>(null);
  const [link, setLink] = useState<LinkState>('live');
  const [filter, setFilter] = useState<Filter>(ALL);
  const liveMode = useLiveMode();
  const store = useRef<BoardStore | null>(null);
  // Countdowns show minutes: the cards render again when the minute turns, not every second.
  const now = useNow(15_000);

  useEffect(() => {
    const s = new BoardStore(setData, setLink);
    store.current = s;
    s.refresh();
    const off = subscribeLive(() => s.refresh());
    return () => {
      off();
      s.stop();
    };
  }, []);

  useEffect(() => {
    store.current?.showDone(filter.done);
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

  if (!data) {
    return (
      <>
        <p aria-live="polite">{t('board.loading')}</p>
        <LiveStatus link={link} />
      </>
    );
  }
  const shown = filter.done ? [...OPEN_COLUMNS, ...DONE_COLUMNS] : OPEN_COLUMNS;
  return (
    <section
      class={props.wall ? 'board wall' : 'board'}
      aria-label={t('board.region')}
      data-live={liveMode}
      data-link={link}
    >
      {props.wall ? (
        <p class="wall-filter">{describe(filter)}</p>
      ) : (
        <BoardToolbar
          filter={filter}
          onFilter={setFilter}
          playbooks={playbooks}
          link={link}
          canOpen={props.canOpen}
        />
      )}
      <div class="columns">
        {shown.map((state) => {
          const list = columns.get(state) ?? [];
          return (
            <section class="column" key={state} data-column={state} aria-labelledby={`col-${state}`}>
              <h2 id={`col-${state}`}>
                {t(`state.${state}`)} <span class="n">{list.length}</span>
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
  if (f.breached) return t('board.wallBreached');
  if (f.severity) return t('board.wallSeverity', { severity: t(`severity.${f.severity as 'low'}`) });
  return t('board.wallAll');
}

import { localTime } from '../deadlines/time-zone.ts';
import type { IncidentReport, ReportStage } from './incident.report.ts';

const STAGE_NAMES: Record<string, string> = {
  apologise: 'Apologise',
  admit: 'Admit',
  counteract: 'Counteract',
  improve: 'Improve',
  compensate: 'Compensate',
};
const STATEMENT_NAMES: Record<string, string> = { apologise: 'Apology', admit: 'Admission' };

/**
 * The report as a Markdown document for people: the same facts as the JSON, times in the playbook's time
 * zone, durations in words. Text that came from users is escaped so it cannot become markup.
 */
export function renderReportMarkdown(report: IncidentReport): string {
  const zone = report.incident.timeZone;
  const at = (iso: string | null) => (iso === null ? '—' : when(iso, zone));
  const { incident, complaints } = report;
  const out: string[] = [
    `# Post-mortem: ${inline(incident.title)}`,
    '',
    `- Incident: \`${incident.id}\``,
    `- Playbook: \`${incident.playbookId}\`, version \`${incident.playbookVersion.slice(0, 12)}\``,
    `- State: ${incident.state}; severity: ${incident.severity}`,
    `- Opened: ${at(incident.openedAt)}`,
    `- Report generated: ${at(report.generatedAt)}`,
    `- Times are in ${zone}.`,
    '',
    '## Stages and deadlines',
    '',
  ];
  if (report.stages.length === 0) out.push('No stage deadline recorded.');
  else {
    out.push(
      '| Stage | Started | Due | Completed | Paused | Result |',
      '| --- | --- | --- | --- | --- | --- |',
      ...report.stages.map(
        (s) =>
          `| ${STAGE_NAMES[s.stage] ?? s.stage} | ${at(s.startedAt)} | ${at(s.dueAt)} | ${at(s.completedAt)} | ${s.pausedMs > 0 ? duration(s.pausedMs) : '—'} | ${result(s, report.generatedAt)} |`,
      ),
    );
  }
  out.push('', '## Statements', '');
  if (report.statements.length === 0) out.push('None recorded.');
  for (const s of report.statements) {
    const published = s.publishedAt ? `published ${at(s.publishedAt)}` : s.status.replaceAll('_', ' ');
    const channels = s.channels.length > 0 ? ` on ${s.channels.map(inline).join(', ')}` : '';
    const by = s.author ? ` by ${inline(s.author)}` : '';
    const approvals = s.approvals > 0 ? `, ${s.approvals} approval${s.approvals === 1 ? '' : 's'}` : '';
    out.push(
      `### ${STATEMENT_NAMES[s.stage] ?? s.stage}: ${published}${channels}`,
      '',
      `Drafted ${at(s.createdAt)}${by}${approvals}.`,
      '',
      ...s.text.split(/\r?\n/).map((line) => `> ${inline(line)}`.trimEnd()),
      '',
    );
  }
  if (report.statements.length > 0) out.pop();
  const answeredShare = complaints.total === 0 ? '' : ` (${percent(complaints.answered, complaints.total)})`;
  out.push(
    '',
    '## Complaints',
    '',
    `${complaints.total} complaint${complaints.total === 1 ? '' : 's'}, ${complaints.answered} answered in public${answeredShare}.`,
  );
  if (complaints.total > 0) {
    out.push(
      '',
      '### By channel',
      '',
      '| Channel | Complaints |',
      '| --- | ---: |',
      ...Object.entries(complaints.byChannel).map(([channel, n]) => `| ${inline(channel)} | ${n} |`),
      '',
      '### By hour received',
      '',
      '| Hour | Complaints |',
      '| --- | ---: |',
      ...complaints.byHour.map((h) => `| ${at(h.hour)} | ${h.count} |`),
    );
  }
  const { medianMs, p90Ms, breached } = complaints.firstReply;
  out.push(
    '',
    '### First replies',
    '',
    `- Median time to the first public reply: ${medianMs === null ? '—' : duration(medianMs)}`,
    `- 90th percentile: ${p90Ms === null ? '—' : duration(p90Ms)}`,
    `- Still unanswered at their first-reply time: ${breached}`,
    '',
    '## Compensation',
    '',
  );
  const money = report.compensation;
  if (money === null) out.push('None recorded.');
  else {
    out.push(
      '| Offered | Accepted | Fulfilled |',
      '| ---: | ---: | ---: |',
      `| ${money.offered} ${money.currency} | ${money.accepted} ${money.currency} | ${money.fulfilled} ${money.currency} |`,
    );
  }
  out.push('', '## Commitments', '');
  if (report.commitments.length === 0) out.push('None recorded.');
  else {
    out.push(
      '| Commitment | Owner | Due | Status |',
      '| --- | --- | --- | --- |',
      ...report.commitments.map(
        (c) => `| ${inline(c.description)} | ${inline(c.owner)} | ${at(c.dueAt)} | ${c.status} |`,
      ),
    );
  }
  const chain = report.audit;
  out.push(
    '',
    '## Audit chain',
    '',
    chain.valid
      ? `Verified: all ${chain.entries} entries link and hash as written.`
      : `**Broken** at entry ${chain.firstInvalidSeq} of ${chain.entries}: ${chain.reason}.`,
    '',
  );
  return out.join('\n');
}

/** How a stage ended against its deadline. */
function result(s: ReportStage, now: string): string {
  if (s.status === 'pending') {
    return s.dueAt ? `open, ${duration(Date.parse(s.dueAt) - Date.parse(now))} left` : 'open';
  }
  if (s.status === 'paused') return 'paused (legal)';
  if (s.status === 'cancelled') return 'cancelled';
  if (s.completedAt === null || s.dueAt === null)
    return s.breached ? '**breached**, not completed' : s.status;
  const margin = Date.parse(s.dueAt) - Date.parse(s.completedAt);
  return s.breached ? `**breached**, ${duration(-margin)} late` : `met, ${duration(margin)} to spare`;
}

/** `2026-03-02 10:15` in the zone (seconds dropped: a report is read by people). */
function when(iso: string, zone: string): string {
  const local = localTime(iso, zone);
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** `2 h 5 min`, `45 min`, `3 d 4 h`, `40 s`. */
export function duration(ms: number): string {
  if (Math.abs(ms) < 60_000) return `${Math.round(Math.abs(ms) / 1000)} s`;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d > 0 ? `${d} d` : '', h > 0 ? `${h} h` : '', m > 0 && d === 0 ? `${m} min` : ''];
  return parts.filter(Boolean).join(' ');
}

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)} %`;

/** User text on one line with Markdown and HTML characters escaped. */
function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

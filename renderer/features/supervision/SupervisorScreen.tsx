import { Alert, Card, Col, Empty, Row, Skeleton, Statistic, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { DEFAULT_YELLOW_AT } from '../../../shared/calendar';
import type { CaseState } from '../../../shared/domain';
import { toleranceStep } from '../../../shared/supervision';
import { db } from '../../db/schema';
import { domainT } from '../../i18n/domain-t';
import { useT } from '../../i18n/useT';
import { ClockTag } from '../backoffice/ClockTag';
import { CaseDetailPage } from '../case/CaseDetailPage';
import { useCasePaper } from '../backoffice/useCasePaper';
import type { FollowUp } from '../ratings/follow-up';
import { FollowUpPanel } from '../ratings/FollowUpPanel';
import { hallToday } from '../shell/clock';
import { useNavigationStore } from '../shell/navigation-store';
import { useShellStore } from '../shell/store';
import { useEscapeToWorkbench } from '../shell/useEscapeToWorkbench';
import { useHall } from '../shell/useHall';
import { DailyLogCard } from './DailyLogCard';
import { buildDashboard, type ClockRow, type OfficerLoad, type WindowIntake } from './dashboard-data';
import type { ExportTable } from './export-table';
import { ListCard } from './ListCard';
import { MonthlyCard } from './MonthlyCard';
import { PromiseReviewCard } from './PromiseReviewCard';
import { RejectedEventsCard } from './RejectedEventsCard';
import { SupervisionSearch } from './SupervisionSearch';
import { ToleranceAction } from './ToleranceAction';

// ECharts (≈ 400 KB even trimmed to two charts) loads with the dashboard, not with the app.
const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

/**
 * The supervisor's screen: the dashboard, or a case opened from one of its lists or its search
 * (Esc comes back), with the case's poor-rating follow-ups to record.
 */
export function SupervisorScreen() {
  const view = useNavigationStore((s) => s.view);
  useEscapeToWorkbench(view.name === 'case');
  if (view.name === 'case')
    return <CaseDetailPage caseId={view.caseId} panel={(state) => <FollowUpPanel state={state} />} />;
  return <SupervisorDashboard />;
}

/** 电子监察: today's intake, every clock, the follow-ups, per-officer load, the logs to print. */
function SupervisorDashboard() {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const d = domainT(language);
  const { hall, calendar } = useHall();
  const rows = useLiveQuery(() => db.cases.toArray(), []);
  const cases = useMemo<CaseState[]>(() => (rows ?? []).map((r) => r.state), [rows]);
  const today = hallToday();
  const dash = useMemo(
    () =>
      buildDashboard(cases, { today, calendar, yellowAt: hall?.supervision.yellowAt ?? DEFAULT_YELLOW_AT }),
    [cases, today, calendar, hall],
  );
  const officerLabel = (id: string) => `${hall?.officers.find((o) => o.id === id)?.name ?? id}（${id}）`;
  const intakeToday = dash.intakeByWindow.reduce((n, w) => n + w.total, 0);
  // The termination's notice: previewed here, above the row that leaves the list once terminated.
  const paper = useCasePaper();
  const go = useNavigationStore((s) => s.go);
  const open = useCallback((caseId: string) => go({ name: 'case', caseId }), [go]);
  const yellowAt = hall?.supervision.yellowAt ?? DEFAULT_YELLOW_AT;
  const rule = hall?.tolerance ?? { onDefault: 'terminate' as const };

  const clockTable = (list: string, rows: readonly ClockRow[]): ExportTable => ({
    list,
    columns: [
      { header: t('supervision.col.case'), width: 22 },
      { header: t('supervision.col.item'), width: 36 },
      { header: t('supervision.col.applicant'), width: 24 },
      { header: t('supervision.col.status'), width: 12 },
      { header: t('supervision.col.acceptedOn'), width: 16 },
      { header: t('supervision.col.deadline'), width: 16 },
      { header: t('supervision.col.used'), width: 12 },
      { header: t('supervision.col.pausedDays'), width: 12 },
    ],
    rows: rows.map((r) => [
      r.state.caseNumber,
      r.state.item.name,
      r.state.applicant.name,
      d.status(r.state.status),
      { date: r.clock.acceptedOn },
      { date: r.clock.deadline },
      r.clock.usedWorkdays,
      r.clock.pausedWorkdays,
    ]),
  });
  const supplyTable = (): ExportTable => ({
    list: t('supervision.list.supply'),
    columns: [
      { header: t('supervision.col.case'), width: 22 },
      { header: t('supervision.col.item'), width: 36 },
      { header: t('supervision.col.applicant'), width: 24 },
      { header: t('supervision.col.status'), width: 12 },
      { header: t('supervision.col.supplyDeadline'), width: 16 },
      { header: t('supervision.col.outstanding'), width: 12 },
      { header: t('supervision.col.grace'), width: 16 },
    ],
    rows: dash.supplyDue.map((r) => [
      r.state.caseNumber,
      r.state.item.name,
      r.state.applicant.name,
      d.status(r.state.status),
      r.clock.supply ? { date: r.clock.supply.deadline } : undefined,
      r.clock.supply?.outstanding,
      r.clock.grace ? { date: r.clock.grace.until } : undefined,
    ]),
  });

  const windowColumns: ColumnsType<WindowIntake> = [
    { title: t('supervision.col.window'), dataIndex: 'windowCode', width: 80 },
    { title: t('supervision.col.total'), dataIndex: 'total', width: 70 },
    { title: t('supervision.month.accepted'), dataIndex: 'accepted' },
    { title: t('supervision.month.tolerance'), dataIndex: 'tolerance' },
    { title: t('supervision.month.missing'), dataIndex: 'missing' },
    { title: t('supervision.month.refused'), dataIndex: 'refused' },
  ];
  const clockColumns: ColumnsType<ClockRow> = [
    {
      title: t('workbench.col.caseNumber'),
      width: 190,
      render: (_, r) => (
        <div>
          <div>{r.state.caseNumber}</div>
          <div style={{ fontSize: 12, color: '#888' }}>
            {r.state.item.name} · {d.status(r.state.status)}
          </div>
        </div>
      ),
    },
    { title: t('workbench.col.deadline'), render: (_, r) => <ClockTag clock={r.clock} /> },
  ];
  const supplyColumns: ColumnsType<ClockRow> = [
    ...clockColumns,
    {
      width: 110,
      render: (_, r) => (
        <ToleranceAction
          state={r.state}
          step={toleranceStep(r.state, rule, today, calendar)}
          today={today}
          onTerminated={(caseId) => void paper.open('termination-notice', caseId)}
        />
      ),
    },
  ];
  const officerColumns: ColumnsType<OfficerLoad> = [
    { title: t('supervision.col.officer'), render: (_, o) => officerLabel(o.officerId) },
    { title: t('supervision.col.intakeToday'), dataIndex: 'intakeToday', width: 90 },
    { title: t('supervision.col.reviews'), dataIndex: 'reviews', width: 80 },
    { title: t('supervision.col.ratings'), dataIndex: 'ratings', width: 80 },
    {
      title: t('supervision.col.meanRating'),
      width: 100,
      render: (_, o) => (o.meanRating === undefined ? '—' : o.meanRating.toFixed(1)),
    },
    {
      title: t('supervision.col.poor'),
      width: 80,
      render: (_, o) => (o.poorRatings > 0 ? <Tag color="red">{o.poorRatings}</Tag> : 0),
    },
  ];
  const followColumns: ColumnsType<FollowUp> = [
    { title: t('workbench.col.caseNumber'), dataIndex: 'caseNumber', width: 180 },
    { title: t('workbench.col.applicant'), dataIndex: 'applicant', width: 100 },
    { title: t('supervision.col.problem'), dataIndex: 'problem' },
    {
      title: t('supervision.col.followUpBy'),
      dataIndex: 'deadline',
      width: 120,
      render: (v: string) => (
        <span className={v < today ? 'ow-deadline-red' : 'ow-deadline-normal'}>{v}</span>
      ),
    },
  ];

  return (
    <div data-testid="supervisor-dashboard" data-loaded={rows !== undefined}>
      {dash.clockErrors > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('calendar.clockErrors', { n: dash.clockErrors })}
        />
      )}
      <PromiseReviewCard cases={cases} calendar={calendar} />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <SupervisionSearch today={today} calendar={calendar} yellowAt={yellowAt} onOpen={open} />
        </Col>
        <Col span={24}>
          <Card size="small">
            <Row gutter={16}>
              <Col span={4}>
                <Statistic title={t('supervision.stat.intakeToday')} value={intakeToday} />
              </Col>
              <Col span={4}>
                <Statistic title={t('supervision.stat.cases')} value={cases.length} />
              </Col>
              <Col span={4}>
                <Statistic
                  title={t('supervision.stat.yellow')}
                  value={dash.yellow.length}
                  styles={{ content: { color: '#d48806' } }}
                />
              </Col>
              <Col span={4} data-testid="stat-red">
                <Statistic
                  title={t('supervision.stat.red')}
                  value={dash.red.length}
                  styles={{ content: { color: '#cf1322' } }}
                />
              </Col>
              <Col span={4}>
                <Statistic title={t('supervision.stat.supply')} value={dash.supplyDue.length} />
              </Col>
              <Col span={4}>
                <Statistic title={t('supervision.stat.followUps')} value={dash.followUps.length} />
              </Col>
            </Row>
            <div style={{ marginTop: 12 }} data-testid="cases-by-status">
              {dash.byStatus.map((s) => (
                <Tag key={s.status} color={d.statusColor(s.status)}>
                  {d.status(s.status)} {s.count}
                </Tag>
              ))}
            </div>
          </Card>
        </Col>
        <Col span={24}>
          <Suspense fallback={<Skeleton active title={false} paragraph={{ rows: 6 }} />}>
            <DashboardCharts dash={dash} statusLabel={d.status} statusColor={d.statusColor} />
          </Suspense>
        </Col>
        <Col span={10}>
          <ListCard<WindowIntake>
            title={t('supervision.intakeByWindow')}
            testId="intake-list"
            exportId="intake"
            table={() => ({
              list: t('supervision.list.intake'),
              columns: windowColumns.map((c) => ({ header: String(c.title) })),
              rows: dash.intakeByWindow.map((w) => [
                w.windowCode,
                w.total,
                w.accepted,
                w.tolerance,
                w.missing,
                w.refused,
              ]),
            })}
            rowKey="windowCode"
            columns={windowColumns}
            dataSource={dash.intakeByWindow}
          />
        </Col>
        <Col span={14}>
          <ListCard<ClockRow>
            title={t('supervision.red')}
            testId="red-list"
            caseOf={clockCase}
            onOpen={open}
            exportId="red"
            table={() => clockTable(t('supervision.list.red'), dash.red)}
            rowKey={caseKey}
            columns={clockColumns}
            dataSource={dash.red}
          />
        </Col>
        <Col span={12}>
          <ListCard<ClockRow>
            title={t('supervision.yellow')}
            testId="yellow-list"
            caseOf={clockCase}
            onOpen={open}
            exportId="yellow"
            table={() => clockTable(t('supervision.list.yellow'), dash.yellow)}
            rowKey={caseKey}
            columns={clockColumns}
            dataSource={dash.yellow}
          />
        </Col>
        <Col span={12}>
          <ListCard<ClockRow>
            title={t('supervision.supplyDue')}
            testId="supply-list"
            caseOf={clockCase}
            onOpen={open}
            exportId="supply"
            table={supplyTable}
            rowKey={caseKey}
            columns={supplyColumns}
            dataSource={dash.supplyDue}
          />
        </Col>
        <Col span={12}>
          <ListCard<FollowUp>
            title={t('supervision.followUps')}
            testId="follow-ups"
            caseOf={(f) => f}
            onOpen={open}
            exportId="follow-ups"
            table={() => ({
              list: t('supervision.list.followUps'),
              columns: [
                { header: t('supervision.col.case'), width: 22 },
                { header: t('supervision.col.applicant'), width: 20 },
                { header: t('supervision.col.problem'), width: 50 },
                { header: t('supervision.col.followUpBy'), width: 16 },
              ],
              rows: dash.followUps.map((f) => [f.caseNumber, f.applicant, f.problem, { date: f.deadline }]),
            })}
            rowKey={(f) => `${f.caseId}-${f.at}`}
            columns={followColumns}
            dataSource={dash.followUps}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          />
        </Col>
        <Col span={12}>
          <ListCard<OfficerLoad>
            title={t('supervision.officers')}
            testId="officer-load"
            exportId="officers"
            table={() => ({
              list: t('supervision.list.officers'),
              columns: [
                { header: t('supervision.col.officer'), width: 20 },
                { header: t('supervision.col.intakeToday') },
                { header: t('supervision.col.reviews') },
                { header: t('supervision.col.ratings') },
                { header: t('supervision.col.meanRating') },
                { header: t('supervision.col.poor') },
              ],
              rows: dash.officers.map((o) => [
                officerLabel(o.officerId),
                o.intakeToday,
                o.reviews,
                o.ratings,
                o.meanRating === undefined ? '—' : Math.round(o.meanRating * 10) / 10,
                o.poorRatings,
              ]),
            })}
            rowKey="officerId"
            columns={officerColumns}
            dataSource={dash.officers}
          />
        </Col>
        <Col span={10}>{hall && <DailyLogCard cases={cases} hall={hall} />}</Col>
        <Col span={14}>
          <MonthlyCard cases={cases} />
        </Col>
        <Col span={24}>
          <RejectedEventsCard onOpen={open} />
        </Col>
      </Row>
      {paper.holder}
    </div>
  );
}

const caseKey = (r: ClockRow) => r.state.caseId;
const clockCase = (r: ClockRow) => r.state;

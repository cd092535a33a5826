import { Button, Card, Input, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { CaseState } from '../../../shared/domain';
import type { Hall } from '../../../shared/hall';
import { dailyLog } from '../../../shared/supervision';
import { usePrintDocument } from '../../documents';
import { useT } from '../../i18n/useT';
import { hallInfo } from '../intake/document-inputs';
import { hallNow, hallToday } from '../shell/clock';
import { isAlt } from '../shell/keys';
import { Kbd } from '../shell/Kbd';
import { ExportButton } from './ExportButton';
import { dailyLogTable } from './export-table';

const ALL = '*';

/** 窗口收件登记簿 for one window or the whole hall, any day: built by dailyLog, printed with a preview. */
export function DailyLogCard({ cases, hall }: { cases: readonly CaseState[]; hall: Hall }) {
  const t = useT();
  const docs = usePrintDocument();
  const [date, setDate] = useState(hallToday());
  const [windowCode, setWindowCode] = useState(ALL);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const log = useMemo(() => {
    if (!valid) return undefined;
    const officerName = (id: string) => hall.officers.find((o) => o.id === id)?.name;
    return dailyLog(cases, { date, officerName, ...(windowCode === ALL ? {} : { windowCode }) });
  }, [cases, hall, date, windowCode, valid]);
  const windowName = hall.windows.find((w) => w.code === windowCode)?.name;

  function print() {
    if (!log) return;
    void docs.preview('daily-log', {
      hall: hallInfo({ hall }),
      date,
      ...(windowName ? { window: `${windowCode} ${windowName}` } : {}),
      rows: log.rows,
      printedAt: hallNow(),
    });
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isAlt(event, 'P')) return;
      event.preventDefault();
      print();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <Card size="small" title={t('supervision.dailyLog')} data-testid="daily-log-card">
      <Space wrap>
        <Input
          value={date}
          onChange={(e) => setDate(e.target.value)}
          style={{ width: 130 }}
          status={valid ? '' : 'error'}
          aria-label={t('supervision.dailyLog.date')}
          data-testid="daily-log-date"
        />
        <Select
          value={windowCode}
          onChange={setWindowCode}
          style={{ width: 200 }}
          options={[
            { value: ALL, label: t('supervision.dailyLog.hall') },
            ...hall.windows.map((w) => ({ value: w.code, label: `${w.code} ${w.name}` })),
          ]}
        />
        <Button type="primary" disabled={!log} onClick={print} data-testid="daily-log-print">
          {t('supervision.dailyLog.print')} <Kbd>Alt+P</Kbd>
        </Button>
        {log && (
          <ExportButton
            testId="daily-log"
            date={date}
            table={() =>
              dailyLogTable(
                windowName
                  ? `${t('supervision.list.dailyLog')}（${windowCode} ${windowName}）`
                  : t('supervision.list.dailyLog'),
                log.rows,
              )
            }
          />
        )}
      </Space>
      {log && (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 8, marginBottom: 0 }}
          data-testid="daily-log-count"
        >
          {t('supervision.dailyLog.summary', {
            n: log.rows.length,
            accepted: log.totals.accepted,
            tolerance: log.totals.tolerance,
            missing: log.totals.missing,
            refused: log.totals.refused,
          })}
        </Typography.Paragraph>
      )}
      {docs.holder}
    </Card>
  );
}

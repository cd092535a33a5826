import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { hallToday } from '../shell/clock';
import { useHall } from '../shell/useHall';
import { downloadTable, type ExportTable } from './export-table';

/** 导出表格: the list as an .xlsx, built when clicked (the rows are read then, not at render). */
export function ExportButton({
  table,
  date,
  testId,
}: {
  table: () => ExportTable;
  /** The day the list is of (default today). */
  date?: string;
  testId: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { hall } = useHall();
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    try {
      const file = await downloadTable(table(), { hallName: hall?.name ?? '', date: date ?? hallToday() });
      void message.success(t('supervision.export.done', { file }));
    } catch (error) {
      void message.error(
        t('supervision.export.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid={`export-${testId}`}
    >
      {t('supervision.export')}
    </Button>
  );
}

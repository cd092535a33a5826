import { Card, Table } from 'antd';
import type { TableProps } from 'antd/es/table';
import { caseRowProps } from '../shell/case-rows';
import { ExportButton } from './ExportButton';
import type { ExportTable } from './export-table';

/**
 * One list of the dashboard: a small card with its 导出表格 button over the list, 8 rows a page.
 * With `caseOf`, every row opens its case (caseRowProps).
 */
export function ListCard<T extends object>({
  title,
  testId,
  exportId,
  table,
  caseOf,
  onOpen,
  ...list
}: {
  title: string;
  testId: string;
  /** The export button's test id is `export-${exportId}`. */
  exportId: string;
  table: () => ExportTable;
  /** The case a row stands for (its id and number), when it stands for one. */
  caseOf?: (row: T) => { caseId: string; caseNumber: string };
  onOpen?: (caseId: string) => void;
} & Pick<TableProps<T>, 'rowKey' | 'columns' | 'dataSource' | 'locale'>) {
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={<ExportButton testId={exportId} table={table} />}
    >
      <Table<T>
        size="small"
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        {...(caseOf && onOpen
          ? {
              onRow: (row: T) => {
                const c = caseOf(row);
                return caseRowProps(c.caseNumber, () => onOpen(c.caseId));
              },
            }
          : {})}
        {...list}
      />
    </Card>
  );
}

import { SearchOutlined } from '@ant-design/icons';
import { Card, Input, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Calendar } from '../../../shared/calendar';
import { searchCases } from '../../db/case-queries';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { isTyping } from '../shell/keys';
import { CaseTable } from '../workbench/CaseTable';
import { useCaseSearch } from '../workbench/useWorkbenchCases';

/**
 * 查找办件 for the supervisor: the workbench's search over every case this device holds (any part
 * of a name or item, the end of an ID or phone). `/` goes to the box; Enter opens the first hit,
 * ↓ goes down the hits, Esc clears.
 */
export function SupervisionSearch({
  today,
  calendar,
  yellowAt,
  onOpen,
}: {
  today: string;
  calendar: Calendar;
  yellowAt: number;
  onOpen(caseId: string): void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const box = useRef<InputRef>(null);
  const results = useRef<HTMLDivElement>(null);
  const search = useCaseSearch(query);
  const searching = query.trim() !== '';

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== '/' || isTyping(event) || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      box.current?.focus();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The list may still answer an earlier prefix: Enter asks the whole query once more then.
  async function openFirst() {
    const rows = search?.query === query ? search.rows : await searchCases(db, query, 1);
    if (rows[0]) onOpen(rows[0].caseId);
  }

  return (
    <Card
      size="small"
      data-testid="supervision-search"
      data-searched={searching ? search?.query : undefined}
      title={
        <Input
          ref={box}
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('supervision.search')}
          aria-label={t('supervision.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && searching) {
              e.stopPropagation();
              setQuery('');
            } else if (e.key === 'Enter' && searching) void openFirst();
            else if (e.key === 'ArrowDown') {
              e.preventDefault();
              results.current?.querySelector<HTMLElement>('tr.ow-case-row')?.focus();
            }
          }}
          style={{ maxWidth: 620 }}
          data-testid="supervision-search-input"
        />
      }
      extra={
        searching && (
          <Typography.Text type="secondary">
            {t('supervision.search.results', { n: search?.rows.length ?? 0 })}
            {'\u3000'}
            {t('supervision.search.keys')}
          </Typography.Text>
        )
      }
      styles={searching ? {} : { body: { display: 'none' } }}
    >
      {searching && (
        <div ref={results}>
          <CaseTable
            rows={search?.rows}
            today={today}
            calendar={calendar}
            yellowAt={yellowAt}
            onOpen={onOpen}
            testId="supervision-search-results"
          />
        </div>
      )}
    </Card>
  );
}

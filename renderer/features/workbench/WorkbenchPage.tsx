import { FileAddOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Input, Row, Statistic, Typography, type InputRef } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_YELLOW_AT } from '../../../shared/calendar';
import { searchCases } from '../../db/case-queries';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { useIntakeStore } from '../intake/intake-store';
import { startWalkIn } from '../intake/start-walk-in';
import { hallToday } from '../shell/clock';
import { useScreenKeys } from '../shell/key-help-store';
import { Kbd } from '../shell/Kbd';
import { isTyping } from '../shell/keys';
import { useNavigationStore } from '../shell/navigation-store';
import { useShellStore } from '../shell/store';
import { useCounterPlace } from '../shell/useCounterPlace';
import { useHall } from '../shell/useHall';
import { CaseTable } from './CaseTable';
import { useCaseSearch, useTodayCases } from './useWorkbenchCases';
import { WorkQueue } from './WorkQueue';

/** The officer's home: today's cases of this window, the search, and the key to a new walk-in. */
export function WorkbenchPage() {
  const t = useT();
  const windowCode = useShellStore((s) => s.windowCode);
  const go = useNavigationStore((s) => s.go);
  const hasDraft = useIntakeStore((s) => s.draft !== null);
  const { hall, calendar } = useHall();
  const place = useCounterPlace();
  const today = hallToday();
  const [query, setQuery] = useState('');
  const searchRef = useRef<InputRef>(null);
  const todayCases = useTodayCases(windowCode, today);
  const search = useCaseSearch(query);
  const found = search?.rows;
  const searching = query.trim() !== '';
  useScreenKeys('workbench', t('keys.group.workbench'), [
    { keys: 'F2 / N', label: hasDraft ? t('workbench.resume') : t('keys.newWalkIn') },
    { keys: '/', label: t('keys.search') },
    { keys: 'Tab, Enter', label: t('keys.openCase') },
    { keys: 'F9', label: t('keys.catalog') },
  ]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        startWalkIn();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const stats = useMemo(() => {
    const rows = todayCases ?? [];
    const count = (p: (r: (typeof rows)[number]) => boolean) => rows.filter(p).length;
    return {
      total: rows.length,
      accepted: count((r) => r.state.dates.acceptedOn !== undefined && r.state.tolerated.length === 0),
      tolerance: count((r) => r.state.tolerated.length > 0),
      notified: count((r) => r.status === 'notified-missing'),
      refused: count((r) => r.status === 'refused'),
    };
  }, [todayCases]);

  const open = useCallback((caseId: string) => go({ name: 'case', caseId }), [go]);

  // Enter opens the first hit of what was typed. The list may still answer an earlier prefix (it
  // lags fast typing, e.g. a scanner's burst): then the whole query is asked once more, rather than
  // opening whatever case the shorter prefix listed first.
  const openFirstHit = useCallback(async () => {
    const rows = search?.query === query ? found : await searchCases(db, query, 1);
    if (rows?.[0]) open(rows[0].caseId);
  }, [search, query, found, open]);

  return (
    <div data-testid="workbench">
      <Row gutter={16} style={{ marginBottom: 16 }} align="stretch">
        <Col flex="auto">
          <Card size="small" style={{ height: '100%' }}>
            <Row gutter={24}>
              <Col span={5}>
                <Statistic title={t('workbench.stat.total')} value={stats.total} />
              </Col>
              <Col span={5}>
                <Statistic title={t('workbench.stat.accepted')} value={stats.accepted} />
              </Col>
              <Col span={5}>
                <Statistic
                  title={t('workbench.stat.tolerance')}
                  value={stats.tolerance}
                  styles={{ content: { color: '#d48806' } }}
                />
              </Col>
              <Col span={5}>
                <Statistic
                  title={t('workbench.stat.notified')}
                  value={stats.notified}
                  styles={{ content: { color: '#d46b08' } }}
                />
              </Col>
              <Col span={4}>
                <Statistic title={t('workbench.stat.refused')} value={stats.refused} />
              </Col>
            </Row>
          </Card>
        </Col>
        <Col flex="260px">
          <Button
            type="primary"
            size="large"
            icon={<FileAddOutlined />}
            block
            style={{ height: '100%', minHeight: 88, fontSize: 18 }}
            onClick={startWalkIn}
            data-testid="new-walk-in"
          >
            {hasDraft ? t('workbench.resume') : t('workbench.newWalkIn')} <Kbd>F2</Kbd>
          </Button>
        </Col>
      </Row>
      {!hall && <Alert type="warning" showIcon title={t('workbench.noHall')} style={{ marginBottom: 12 }} />}
      <WorkQueue />
      <Card
        data-searched={searching ? search?.query : undefined}
        title={
          <span>
            {searching
              ? t('workbench.searchResults', { n: found?.length ?? 0 })
              : t(place === 'servicePoint' ? 'workbench.today.servicePoint' : 'workbench.today', {
                  window: windowCode,
                })}
          </span>
        }
        extra={
          <Input
            ref={searchRef}
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('workbench.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setQuery('');
              if (e.key === 'Enter') {
                if (searching) void openFirstHit();
                else if (todayCases?.[0]) open(todayCases[0].caseId);
              }
            }}
            style={{ width: 380 }}
            aria-label={t('workbench.search')}
            data-testid="case-search"
          />
        }
      >
        <CaseTable
          rows={searching ? found : todayCases}
          today={today}
          calendar={calendar}
          yellowAt={hall?.supervision.yellowAt ?? DEFAULT_YELLOW_AT}
          onOpen={open}
          testId={searching ? 'search-results' : 'today-cases'}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          <Kbd>F2</Kbd>/<Kbd>N</Kbd> {t('keys.newWalkIn')}
          {'\u3000'}
          <Kbd>/</Kbd> {t('keys.search')}
          {'\u3000'}
          <Kbd>Tab</Kbd>
          <Kbd>Enter</Kbd> {t('keys.openCase')}
          {'\u3000'}
          <Kbd>F9</Kbd> {t('keys.catalog')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}

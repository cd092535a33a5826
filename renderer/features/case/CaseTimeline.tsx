import { Timeline, Typography } from 'antd';
import type { CaseEvent, CaseState } from '../../../shared/domain';
import { domainT } from '../../i18n/domain-t';
import { formatDateTime } from '../../i18n/format';
import { useShellStore } from '../shell/store';
import { eventSummary } from './event-summary';

const COLORS: Partial<Record<CaseEvent['type'], string>> = {
  accepted: 'green',
  approved: 'green',
  certificateIssued: 'green',
  notifiedMissing: 'orange',
  refused: 'red',
  denied: 'red',
  terminated: 'red',
  supplemented: 'blue',
  delivered: 'cyan',
};

/** Every event of the case, oldest first, with who recorded it and when. */
export function CaseTimeline({ events, state }: { events: CaseEvent[]; state: CaseState }) {
  const language = useShellStore((s) => s.language);
  const d = domainT(language);
  return (
    <Timeline
      data-testid="case-timeline"
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.type] ?? 'gray',
        content: (
          <div data-event-type={e.type}>
            <Typography.Text strong>{d.event(e.type)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {formatDateTime(e.at, language)} · {e.actor}
            </Typography.Text>
            <div style={{ fontSize: 13, color: '#595959' }}>{eventSummary(e, state)}</div>
          </div>
        ),
      }))}
    />
  );
}

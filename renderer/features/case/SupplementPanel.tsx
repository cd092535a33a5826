import { Button, Card, Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { outstandingTolerated, type CaseState } from '../../../shared/domain';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { Kbd } from '../shell/Kbd';
import { useShellStore } from '../shell/store';

/** 补齐: tick the tolerated materials that arrived (Space) and record them (Enter on the button). */
export function SupplementPanel({
  state,
  busy,
  onSupplement,
}: {
  state: CaseState;
  busy: boolean;
  onSupplement(ids: string[]): void;
}) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const outstanding = outstandingTolerated(state);
  const [ticked, setTicked] = useState<string[]>([]);
  return (
    <Card size="small" type="inner" title={t('supplement.title')} data-testid="supplement-panel">
      <Typography.Paragraph type="secondary">
        {t('supplement.hint', { date: formatDate(state.dates.supplyDeadline ?? '', language) })}
      </Typography.Paragraph>
      {outstanding.map((m, i) => (
        <div key={m.materialId} style={{ marginBottom: 6 }}>
          <Checkbox
            autoFocus={i === 0}
            checked={ticked.includes(m.materialId)}
            onChange={(e) =>
              setTicked((x) =>
                e.target.checked ? [...x, m.materialId] : x.filter((id) => id !== m.materialId),
              )
            }
            data-testid={`supplement-${m.materialId}`}
          >
            {m.name}
          </Checkbox>
        </div>
      ))}
      <Button
        type="primary"
        disabled={ticked.length === 0}
        loading={busy}
        onClick={() => {
          onSupplement(ticked);
          setTicked([]);
        }}
        data-testid="record-supplement"
      >
        {t('supplement.record', { n: ticked.length })} <Kbd>Enter</Kbd>
      </Button>
    </Card>
  );
}

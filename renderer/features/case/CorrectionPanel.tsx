import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { evaluateIntake, type CaseState } from '../../../shared/domain';
import { Kbd } from '../shell/Kbd';
import { MaterialTicks } from './MaterialTicks';
import { useCaseQueueMessages } from './queue-messages';
import { useQueueActions } from './useQueueActions';

/**
 * 补正 at the window: the back office paused the clock asking for corrections; the applicant
 * brings them to the window, which ticks (Space) and records them (Enter on the button).
 */
export function CorrectionPanel({ state }: { state: CaseState }) {
  const m = useCaseQueueMessages();
  const actions = useQueueActions();
  const [ticked, setTicked] = useState<string[]>([]);
  const required = evaluateIntake(state.item, {
    received: [],
    situations: state.situations,
    credit: state.credit,
  }).required;
  return (
    <Card size="small" type="inner" title={m.correctionTitle} data-testid="correction-panel">
      <Typography.Paragraph type="secondary">
        {m.correctionHint(state.dates.pauses.at(-1)?.reason ?? '')}
      </Typography.Paragraph>
      <MaterialTicks
        materials={required}
        ticked={ticked}
        onChange={setTicked}
        testIdPrefix="correction"
        autoFocus
      />
      <Button
        type="primary"
        style={{ marginTop: 8 }}
        disabled={ticked.length === 0}
        loading={actions.busy}
        onClick={() => void actions.receiveCorrection(state, ticked).then((ok) => ok && setTicked([]))}
        data-testid="record-correction"
      >
        {m.correctionRecord} <Kbd>Enter</Kbd>
      </Button>
    </Card>
  );
}

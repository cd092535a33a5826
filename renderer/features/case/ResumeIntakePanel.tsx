import { Button, Card, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseState } from '../../../shared/domain';
import { formatDate } from '../../i18n/format';
import { Kbd } from '../shell/Kbd';
import { isAlt } from '../shell/keys';
import { useShellStore } from '../shell/store';
import { MaterialTicks } from './MaterialTicks';
import { useCaseQueueMessages } from './queue-messages';
import { resumedIntake } from './resume-intake';
import { useQueueActions } from './useQueueActions';

/**
 * 补正后受理: a notified case, the applicant back with (some of) the rest. Space ticks what came;
 * the button (Alt+B, or Enter on it) records them and the decision the rules give — accept,
 * accept with tolerance, or a new one-time notice of what is still missing.
 */
export function ResumeIntakePanel({ state }: { state: CaseState }) {
  const m = useCaseQueueMessages();
  const language = useShellStore((s) => s.language);
  const actions = useQueueActions();
  const [arrived, setArrived] = useState<string[]>([]);
  const missing = resumedIntake(state, []).missing;
  const intake = resumedIntake(state, arrived);
  const record = () => void actions.resumeIntake(state, arrived).then((ok) => ok && setArrived([]));

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isAlt(event, 'b')) return;
      event.preventDefault();
      if (!actions.busy) record();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <Card size="small" type="inner" title={m.resumeTitle} data-testid="resume-intake-panel">
      <Typography.Paragraph type="secondary">
        {m.resumeHint(formatDate(state.notice?.notifiedOn ?? '', language))}
      </Typography.Paragraph>
      <MaterialTicks
        materials={missing}
        ticked={arrived}
        onChange={setArrived}
        testIdPrefix="arrived"
        autoFocus
      />
      {intake.missing.length > 0 && (
        <Typography.Paragraph type="warning" data-testid="still-missing">
          {m.stillMissing(intake.missing.map((x) => x.name).join('、'))}
        </Typography.Paragraph>
      )}
      <Button
        type="primary"
        danger={intake.outcome === 'notify-missing'}
        loading={actions.busy}
        onClick={record}
        data-testid="resume-intake"
        data-outcome={intake.outcome}
      >
        {m.resume[intake.outcome]} <Kbd>Alt+B</Kbd>
      </Button>
    </Card>
  );
}

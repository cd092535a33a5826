import { Alert } from 'antd';
import { approvalWindows, type CaseState } from '../../../shared/domain';
import { useHall } from '../shell/useHall';
import { useCaseQueueMessages } from './queue-messages';

/** Where an instant item accepted by a village agent waits: the hall windows that may approve it. */
export function WaitingAtWindows({ state }: { state: CaseState }) {
  const m = useCaseQueueMessages();
  const { hall } = useHall();
  const windows = hall ? approvalWindows(state, hall) : [];
  if (windows.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="waiting-at-windows"
      title={m.waitsAt(windows.map((w) => `${w.code} ${w.name}`).join('、'))}
    />
  );
}

import { CaseDetailPage } from '../case/CaseDetailPage';
import { useNavigationStore } from '../shell/navigation-store';
import { useEscapeToWorkbench } from '../shell/useEscapeToWorkbench';
import { QueuePage } from './QueuePage';
import { ReviewPanel } from './ReviewPanel';
import { useCasePaper } from './useCasePaper';

/** The back office (reviewer, chief, leader, secretary): the queue, and a case with its review panel. */
export function BackofficeScreen() {
  const view = useNavigationStore((s) => s.view);
  // Here, not in the panel: the decision's preview stays open while the officer returns to the queue.
  const paper = useCasePaper();

  useEscapeToWorkbench(view.name === 'case');

  return (
    <>
      {view.name === 'case' ? (
        <CaseDetailPage
          caseId={view.caseId}
          panel={(state) => (
            <ReviewPanel state={state} onDenied={(caseId) => void paper.open('decision', caseId)} />
          )}
        />
      ) : (
        <QueuePage />
      )}
      {paper.holder}
    </>
  );
}

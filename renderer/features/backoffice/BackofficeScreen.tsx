import { useEffect } from 'react';
import { CaseDetailPage } from '../case/CaseDetailPage';
import { isTyping } from '../shell/keys';
import { useNavigationStore } from '../shell/navigation-store';
import { QueuePage } from './QueuePage';
import { ReviewPanel } from './ReviewPanel';
import { useCasePaper } from './useCasePaper';

/** The back office (reviewer, chief, leader, secretary): the queue, and a case with its review panel. */
export function BackofficeScreen() {
  const view = useNavigationStore((s) => s.view);
  const go = useNavigationStore((s) => s.go);
  // Here, not in the panel: the decision's preview stays open while the officer returns to the queue.
  const paper = useCasePaper();

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape' || isTyping(event) || view.name !== 'case') return;
      if (document.querySelector('.ant-modal-wrap')) return;
      event.preventDefault();
      go({ name: 'workbench' });
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, view.name]);

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

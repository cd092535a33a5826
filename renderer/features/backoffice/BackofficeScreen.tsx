import { useEffect } from 'react';
import { CaseDetailPage } from '../case/CaseDetailPage';
import { isTyping } from '../shell/keys';
import { useNavigationStore } from '../shell/navigation-store';
import { QueuePage } from './QueuePage';
import { ReviewPanel } from './ReviewPanel';

/** The back office (reviewer, chief, leader, secretary): the queue, and a case with its review panel. */
export function BackofficeScreen() {
  const view = useNavigationStore((s) => s.view);
  const go = useNavigationStore((s) => s.go);

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

  if (view.name === 'case')
    return <CaseDetailPage caseId={view.caseId} panel={(state) => <ReviewPanel state={state} />} />;
  return <QueuePage />;
}

import { useEffect } from 'react';
import { CaseDetailPage } from '../case/CaseDetailPage';
import { CatalogPage } from '../catalog/CatalogPage';
import { IntakeWizard } from '../intake/IntakeWizard';
import { startWalkIn } from '../intake/start-walk-in';
import { useDraftAutosave, useDraftRestore } from '../intake/useDraftAutosave';
import { useWedgeScanner } from '../scanning/useWedgeScanner';
import { WorkbenchPage } from '../workbench/WorkbenchPage';
import { useNavigationStore } from './navigation-store';
import { useEscapeToWorkbench } from './useEscapeToWorkbench';

/** The logged-in counter: the screen in view, the draft's autosave, and the global keys. */
export function CounterScreen({ officerId }: { officerId: string }) {
  const view = useNavigationStore((s) => s.view);
  const go = useNavigationStore((s) => s.go);
  useDraftAutosave(officerId);
  useDraftRestore(officerId);
  useWedgeScanner();
  useEscapeToWorkbench(view.name === 'catalog' || view.name === 'case');

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'F2') {
        event.preventDefault();
        startWalkIn();
      } else if (event.key === 'F9') {
        event.preventDefault();
        go({ name: 'catalog' });
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  switch (view.name) {
    case 'workbench':
      return <WorkbenchPage />;
    case 'intake':
      return <IntakeWizard />;
    case 'case':
      return <CaseDetailPage caseId={view.caseId} />;
    case 'catalog':
      return <CatalogPage />;
  }
}

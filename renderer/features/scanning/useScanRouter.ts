import { App } from 'antd';
import { useCallback } from 'react';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { useIntakeStore } from '../intake/intake-store';
import { useNavigationStore } from '../shell/navigation-store';
import { classifyScan } from './scan-routing';
import { caseByNumber } from './scan-queries';

/**
 * Where a scanned code goes, whichever device read it: a case number or a receipt's QR opens the
 * case; a resident ID number fills the applicant while the intake's applicant step is open;
 * anything else is said in words. Every outcome is shown, so the officer knows the scan arrived.
 */
export function useScanRouter(): (text: string) => Promise<void> {
  const { message } = App.useApp();
  const t = useT();
  return useCallback(
    async (text: string) => {
      const code = classifyScan(text);
      if (!code) return void message.warning(t('scan.wedge.invalid'));
      switch (code.kind) {
        case 'case': {
          const row = await caseByNumber(db, code.caseNumber);
          if (!row) return void message.warning(t('scan.wedge.notFound', { number: code.caseNumber }));
          useNavigationStore.getState().go({ name: 'case', caseId: row.caseId });
          return void message.success(t('scan.wedge.opened', { number: code.caseNumber }));
        }
        case 'resident-id': {
          const view = useNavigationStore.getState().view;
          const intake = useIntakeStore.getState();
          if (view.name !== 'intake' || intake.draft?.step !== 'applicant')
            return void message.info(t('scan.wedge.idElsewhere'));
          intake.update((d) => ({
            ...d,
            applicant: { ...d.applicant, idType: 'resident-id', idNumber: code.idNumber },
          }));
          return void message.success(t('scan.wedge.idFilled'));
        }
        case 'unknown':
          return void message.warning(t('scan.wedge.unknown', { text: code.text.slice(0, 60) }));
      }
    },
    [message, t],
  );
}

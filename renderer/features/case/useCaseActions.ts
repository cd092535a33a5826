import type { CaseState } from '../../../shared/domain';
import {
  approveAtWindow,
  recordDelivery,
  recordSupplement,
  recordVoid,
  type DeliveryInput,
} from '../../db/case-commands';
import { recordCertificate } from '../../db/office-commands';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { certificateNumberFor, documentNumberFor } from '../intake/numbering';
import { hallToday } from '../shell/clock';
import { useHall } from '../shell/useHall';
import { useActor } from './useActor';
import { useCommandRun } from './useCommandRun';

/** The window's actions on an existing case; each is one recordEvents call (all or nothing). */
export function useCaseActions() {
  const t = useT();
  const actor = useActor();
  const { hall, calendar } = useHall();
  const command = useCommandRun();
  const run = (action: () => Promise<unknown>, done: string) =>
    actor ? command.run(action, done) : Promise.resolve(false);

  return {
    busy: command.busy,
    approve: (state: CaseState) =>
      run(async () => {
        if (!actor || !hall) throw new Error(t('case.noHall'));
        await approveAtWindow(
          db,
          actor,
          {
            caseId: state.caseId,
            decisionNumber: documentNumberFor(hall, 'approval', state.caseNumber),
            certificateNumber: certificateNumberFor(state.item.code, state.caseNumber),
            on: hallToday(),
          },
          { calendar },
        );
      }, t('case.approved')),
    issueCertificate: (state: CaseState) =>
      run(async () => {
        if (!actor) return;
        await recordCertificate(
          db,
          actor,
          {
            caseId: state.caseId,
            certificateNumber: certificateNumberFor(state.item.code, state.caseNumber),
            on: hallToday(),
          },
          { calendar },
        );
      }, t('case.certificateIssued')),
    supplement: (state: CaseState, materialIds: readonly string[]) =>
      run(async () => {
        if (!actor) return;
        const materials = materialIds.map((id) => {
          const m = state.item.materials.find((x) => x.id === id);
          if (!m) throw new Error(id);
          return { materialId: id, copies: m.copies, form: m.form };
        });
        await recordSupplement(db, actor, { caseId: state.caseId, materials, on: hallToday() }, { calendar });
      }, t('case.supplemented')),
    void: (state: CaseState, reason: string) =>
      run(
        async () => {
          if (!actor) return;
          await recordVoid(db, actor, { caseId: state.caseId, reason, on: hallToday() }, { calendar });
        },
        t('void.done', { number: state.caseNumber }),
      ),
    deliver: (state: CaseState, delivery: DeliveryInput) =>
      run(async () => {
        if (!actor) return;
        await recordDelivery(db, actor, { caseId: state.caseId, delivery }, { calendar });
      }, t('case.delivered')),
  };
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Calendar } from '../../../shared/calendar';
import type { Catalog, Item } from '../../../shared/catalog';
import { findItem } from '../../../shared/catalog';
import type { AcceptancePlan, IntakeResult } from '../../../shared/domain';
import type { Hall } from '../../../shared/hall';
import { creditOf, type CreditVerdict } from '../../db/reference-queries';
import { db } from '../../db/schema';
import type { MessageKey } from '../../i18n/messages';
import { useCatalog } from '../catalog/useCatalog';
import { hallToday } from '../shell/clock';
import { useHall } from '../shell/useHall';
import { checkIdNumber } from '../../../shared/preapply';
import type { IntakeDraft } from './intake-draft';
import { acceptancePlanFor, evaluateDraft } from './intake-plan';

export interface IntakeContext {
  draft: IntakeDraft;
  catalog: Catalog | null | undefined;
  item: Item | undefined;
  hall: Hall | undefined;
  calendar: Calendar;
  today: string;
  credit: CreditVerdict;
  intake: IntakeResult | undefined;
  /**
   * The acceptance dates if accepted now; `planError` (one plain line for the officer, the detail
   * logged) when the calendar cannot count them.
   */
  plan: AcceptancePlan | undefined;
  planError: MessageKey | undefined;
}

/** Everything the wizard's steps read, computed once per change of the draft. */
export function useIntakeContext(draft: IntakeDraft): IntakeContext {
  const catalog = useCatalog();
  const { hall, calendar } = useHall();
  const today = hallToday();
  const item = catalog && draft.itemCode ? findItem(catalog, draft.itemCode) : undefined;
  const id = checkIdNumber(draft.applicant.idType, draft.applicant.idNumber, today);
  const idNumber = id.ok ? id.value : '';
  const credit = useLiveQuery(() => creditOf(db, idNumber, today), [idNumber, today]) ?? {
    level: 'normal' as const,
  };
  const intake = useMemo(
    () => (item ? evaluateDraft(draft, item, credit.level) : undefined),
    [draft, item, credit.level],
  );
  const { plan, planError } = useMemo(() => {
    if (!item || !intake || intake.outcome === 'notify-missing')
      return { plan: undefined, planError: undefined };
    try {
      return { plan: acceptancePlanFor(item, intake, today, calendar), planError: undefined };
    } catch (error) {
      // Only a date before 2004 or past 2099 gets here: the officer reads one line, IT the log.
      console.error('acceptance dates cannot be counted', error);
      return { plan: undefined, planError: 'calendar.cannotCount' as const };
    }
  }, [item, intake, today, calendar]);
  return { draft, catalog, item, hall, calendar, today, credit, intake, plan, planError };
}

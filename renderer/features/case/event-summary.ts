import { PAUSE_KIND_LABELS, STEP_LABELS, type CaseEvent, type CaseState } from '../../../shared/domain';

/** One line on what an event recorded, for the timeline (names from the case's item snapshot). */
export function eventSummary(event: CaseEvent, state: CaseState): string {
  const name = (id: string) => state.item.materials.find((m) => m.id === id)?.name ?? id;
  switch (event.type) {
    case 'registered':
      return `${event.payload.applicant.name} · ${event.payload.item.name}`;
    case 'materialReceived':
      return name(event.payload.materialId);
    case 'materialRemoved':
      return name(event.payload.materialId);
    case 'accepted':
      return event.payload.tolerated.length > 0
        ? `容缺 ${event.payload.tolerated.length} 项，补齐期限 ${event.payload.supplyDeadline ?? ''}，承诺办结 ${event.payload.promisedDate}`
        : `承诺办结 ${event.payload.promisedDate}`;
    case 'notifiedMissing':
      return `一次告知缺少材料 ${event.payload.missing.length} 项：${event.payload.missing.map((m) => m.name).join('、')}`;
    case 'refused':
      return event.payload.text;
    case 'supplemented':
      return event.payload.materialIds.map(name).join('、');
    case 'routed':
      return `转至「${STEP_LABELS[event.payload.to]}」${event.payload.note ? `：${event.payload.note}` : ''}`;
    case 'reviewed':
      return `${STEP_LABELS[event.payload.step]}：${event.payload.opinion}`;
    case 'approved':
    case 'denied':
      return event.payload.decisionNumber;
    case 'certificateIssued':
      return event.payload.certificateNumber;
    case 'delivered':
      return event.payload.method === 'mail'
        ? `邮寄 ${event.payload.trackingNumber} · ${event.payload.receiver}`
        : `窗口领取 · ${event.payload.receiver}`;
    case 'paused':
      return `${PAUSE_KIND_LABELS[event.payload.kind]}：${event.payload.reason}`;
    case 'resumed':
      return `承诺办结顺延至 ${event.payload.promisedDate}`;
    case 'evaluated':
      return String(event.payload.level);
    case 'terminated':
      return event.payload.on;
    case 'withdrawn':
      return event.payload.reason ?? event.payload.on;
    case 'voided':
      return event.payload.reason;
    case 'note':
      return event.payload.text;
    case 'documentPrinted':
      return `${event.payload.documentNumber ?? event.payload.kind} × ${event.payload.copies}${event.payload.reprint ? '（补打）' : ''}`;
    case 'pagesArranged': {
      const turned = event.payload.pages.filter((p) => p.rotation !== 0).length;
      return `${name(event.payload.materialId)} · ${event.payload.pages.length} 页${turned > 0 ? `（旋转 ${turned} 页）` : ''}`;
    }
  }
}

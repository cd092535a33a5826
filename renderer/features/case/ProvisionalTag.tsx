import { Tooltip } from 'antd';
import { useT } from '../../i18n/useT';

/**
 * 预计 beside a date counted on a year whose holiday schedule is not entered yet. Officers and
 * supervisors see it; printed papers state the date as usual.
 */
export function ProvisionalTag({ show }: { show: boolean | undefined }) {
  const t = useT();
  if (!show) return null;
  return (
    <Tooltip title={t('calendar.provisionalHint')}>
      <span className="ow-provisional" data-testid="provisional">
        （{t('calendar.provisional')}）
      </span>
    </Tooltip>
  );
}

import { Typography } from 'antd';
import type { CaseClock } from '../../../shared/supervision';
import { useT } from '../../i18n/useT';
import { ProvisionalTag } from '../case/ProvisionalTag';

/** A case clock as the supervisor reads it: deadline in its colour, working days used, pauses. */
export function ClockTag({ clock }: { clock: CaseClock }) {
  const t = useT();
  if (clock.kind === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span className={`ow-deadline-${clock.level}`} data-level={clock.level} data-testid="clock">
      ● {clock.deadline}
      <ProvisionalTag show={clock.provisional} />（
      {t('office.clock.used', { used: clock.usedWorkdays, limit: clock.limitWorkdays })}
      {clock.pausedWorkdays > 0 ? t('office.clock.paused', { n: clock.pausedWorkdays }) : ''}）
      {clock.supply && (
        <span className={`ow-deadline-${clock.supply.level}`}>
          {' '}
          {t('deadline.supply')} {clock.supply.deadline}
          <ProvisionalTag show={clock.supply.provisional} />
        </span>
      )}
      {clock.grace && (
        <span className={`ow-deadline-${clock.grace.level}`} data-testid="clock-grace">
          {' '}
          {t('office.clock.grace', { date: clock.grace.until })}
        </span>
      )}
    </span>
  );
}

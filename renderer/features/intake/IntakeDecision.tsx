import { Alert, Tag, Typography } from 'antd';
import type { AcceptancePlan, IntakeCode } from '../../../shared/domain';
import type { MessageKey } from '../../i18n/messages';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { ProvisionalTag } from '../case/ProvisionalTag';
import { useShellStore } from '../shell/store';
import type { IntakeContext } from './useIntakeContext';

const CODE_KEYS: Record<IntakeCode, MessageKey> = {
  complete: 'intakeCode.complete',
  'missing-essential': 'intakeCode.missing-essential',
  'missing-non-essential': 'intakeCode.missing-non-essential',
  'essential-never-tolerated': 'intakeCode.essential-never-tolerated',
  'class-a-no-tolerance': 'intakeCode.class-a-no-tolerance',
  'dishonest-no-tolerance': 'intakeCode.dishonest-no-tolerance',
  'tolerance-allowed': 'intakeCode.tolerance-allowed',
  'green-channel': 'intakeCode.green-channel',
  'one-time-notice': 'intakeCode.one-time-notice',
  'not-required': 'intakeCode.not-required',
};

/** evaluateIntake's decision, live: accept, accept with tolerance, or the one-time notice. */
export function IntakeDecision({ ctx }: { ctx: IntakeContext }) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const { intake, plan, planError } = ctx;
  if (!intake) return null;
  const reasons = intake.reasons.map((r, i) => {
    const code = intake.codes[i];
    return language === 'zh-CN' || code === undefined ? r : t(CODE_KEYS[code]);
  });
  const reasonList = (
    <ul style={{ margin: '4px 0 0', paddingLeft: 18 }} data-testid="decision-reasons">
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
  if (intake.outcome === 'accept')
    return (
      <Alert
        type="success"
        showIcon
        data-testid="decision"
        data-outcome="accept"
        title={t('decision.accept')}
        description={
          <>
            {plan && <PromisedDate plan={plan} />}
            {planError && <Typography.Text type="danger">{t(planError)}</Typography.Text>}
            {reasonList}
          </>
        }
      />
    );
  if (intake.outcome === 'accept-with-tolerance')
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="decision"
        data-outcome="accept-with-tolerance"
        title={t('decision.tolerance', { n: intake.missingTolerable.length })}
        description={
          <>
            <div>{t('decision.tolerated')}</div>
            <ol style={{ margin: '4px 0', paddingLeft: 22 }} data-testid="tolerated-list">
              {intake.missingTolerable.map((m) => (
                <li key={m.id}>{m.name}</li>
              ))}
            </ol>
            {plan?.supplyDeadline && (
              <div data-testid="supply-deadline">
                {t('decision.supplyBy', { date: formatDate(plan.supplyDeadline, language) })}
                <ProvisionalTag show={plan.supplyProvisional} />
              </div>
            )}
            {plan && <PromisedDate plan={plan} />}
            {planError && <Typography.Text type="danger">{t(planError)}</Typography.Text>}
            <div style={{ marginTop: 6 }}>
              <Tag color="gold">{t('decision.commitment')}</Tag>
            </div>
            {reasonList}
          </>
        }
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      data-testid="decision"
      data-outcome="notify-missing"
      title={t('decision.notify', { n: intake.missing.length })}
      description={
        <>
          <ol style={{ margin: '4px 0', paddingLeft: 22 }} data-testid="missing-list">
            {intake.missing.map((m) => (
              <li key={m.id}>
                {m.name}{' '}
                {m.essential ? (
                  <Tag color="red">{t('material.essential')}</Tag>
                ) : (
                  <Tag>{t('material.nonEssential')}</Tag>
                )}
              </li>
            ))}
          </ol>
          {reasonList}
        </>
      }
    />
  );
}

/** 承诺办结日期 of the plan, with （预计） when counted on a year not entered yet. */
function PromisedDate({ plan }: { plan: AcceptancePlan }) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  return (
    <div data-testid="promised-date">
      {t('decision.promised', { date: formatDate(plan.promisedDate, language) })}
      <ProvisionalTag show={plan.promiseProvisional} />
    </div>
  );
}

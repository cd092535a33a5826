import { Button, Col, Descriptions, Row, Tag } from 'antd';
import { maskId } from '../../../shared/ids';
import { domainT } from '../../i18n/domain-t';
import { useT } from '../../i18n/useT';
import { Kbd } from '../shell/Kbd';
import { useShellStore } from '../shell/store';
import { IntakeDecision } from './IntakeDecision';
import { effectiveSituations } from './intake-plan';
import type { IntakeContext } from './useIntakeContext';

/** Step 5: everything the case will record, and the one key that records it. */
export function ConfirmStep({
  ctx,
  busy,
  onConfirm,
}: {
  ctx: IntakeContext;
  busy: boolean;
  onConfirm(): void;
}) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const { draft, item, intake, credit, catalog } = ctx;
  if (!item || !intake) return null;
  const d = domainT(language);
  const situations = effectiveSituations(draft, item);
  const outcomeKey =
    intake.outcome === 'accept'
      ? 'confirm.accept'
      : intake.outcome === 'accept-with-tolerance'
        ? 'confirm.tolerance'
        : 'confirm.notify';
  const received = intake.required.filter((m) => draft.received.includes(m.id));

  return (
    <Row gutter={20}>
      <Col span={14}>
        <div className="ow-section-title">{t('confirm.title')}</div>
        <Descriptions
          column={1}
          bordered
          size="small"
          styles={{ label: { width: 120 } }}
          data-testid="confirm-summary"
        >
          <Descriptions.Item label={t('intake.applicant')}>
            {draft.applicant.name}
            {'\u3000'}
            {maskId(draft.applicant.idNumber)}
            {'\u3000'}
            {draft.applicant.phone}{' '}
            <Tag color={credit.level === 'dishonest' ? 'red' : credit.level === 'good' ? 'green' : 'default'}>
              {d.credit(credit.level)}
            </Tag>
          </Descriptions.Item>
          {draft.hasAgent && (
            <Descriptions.Item label={t('intake.agent')}>
              {draft.agent.name}
              {'\u3000'}
              {maskId(draft.agent.idNumber)}
              {'\u3000'}
              {draft.agent.phone}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('intake.item')}>
            {item.name}（{item.code}）
          </Descriptions.Item>
          <Descriptions.Item label={t('intake.situations')}>
            {situations.length === 0
              ? t('confirm.noSituations')
              : situations.map((s) => <Tag key={s}>{catalog?.situations[s] ?? s}</Tag>)}
          </Descriptions.Item>
          <Descriptions.Item label={t('confirm.received')}>
            {received.length === 0 ? '—' : received.map((m) => <div key={m.id}>{m.name}</div>)}
          </Descriptions.Item>
        </Descriptions>
        <div style={{ marginTop: 20 }}>
          <Button
            type="primary"
            size="large"
            danger={intake.outcome === 'notify-missing'}
            autoFocus
            loading={busy}
            onClick={onConfirm}
            data-testid="confirm-intake"
          >
            {t(outcomeKey)} <Kbd>Enter</Kbd>
          </Button>
        </div>
      </Col>
      <Col span={10}>
        <div style={{ position: 'sticky', top: 12 }}>
          <div className="ow-section-title">{t('intake.decision')}</div>
          <IntakeDecision ctx={ctx} />
        </div>
      </Col>
    </Row>
  );
}

import { ArrowLeftOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { DEFAULT_YELLOW_AT } from '../../../shared/calendar';
import { returnedToWindow, voidableBy, type CaseState } from '../../../shared/domain';
import { maskId } from '../../../shared/ids';
import { domainT } from '../../i18n/domain-t';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../login/session-store';
import { RatingPanel } from '../ratings/RatingPanel';
import { CaseDossier } from '../scanning/CaseDossier';
import { hallToday } from '../shell/clock';
import { useScreenKeys } from '../shell/key-help-store';
import { Kbd } from '../shell/Kbd';
import { destructiveKeyLabel } from '../shell/keys';
import { useNavigationStore } from '../shell/navigation-store';
import { useShellStore } from '../shell/store';
import { useHall } from '../shell/useHall';
import { caseDeadlines } from '../workbench/deadline';
import {
  awaitsCorrection,
  canApproveAtWindow,
  canDeliver,
  canIssueCertificate,
  canSupplement,
} from './case-rules';
import { CaseMaterials } from './CaseMaterials';
import { CaseTimeline } from './CaseTimeline';
import { CorrectionPanel } from './CorrectionPanel';
import { DeliveryPanel } from './DeliveryPanel';
import { PrintPanel } from './PrintPanel';
import { ProvisionalTag } from './ProvisionalTag';
import { ResumeIntakePanel } from './ResumeIntakePanel';
import { ReturnedPanel } from './ReturnedPanel';
import { SupplementPanel } from './SupplementPanel';
import { useCase, useCaseEvents } from './useCase';
import { useCaseActions } from './useCaseActions';
import { WaitingAtWindows } from './WaitingAtWindows';
import { VoidPanel } from './VoidPanel';

/**
 * One case: who, what, its materials and deadlines, its timeline, and what the window can do now.
 * The back office passes its own `panel` (the review at the case's step); the window's actions
 * show only to the counter roles.
 */
export function CaseDetailPage({
  caseId,
  panel,
}: {
  caseId: string;
  panel?: (state: CaseState) => ReactNode;
}) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const windowCode = useShellStore((s) => s.windowCode);
  const role = useSessionStore((s) => s.session?.role ?? 'window');
  const officerId = useSessionStore((s) => s.session?.officerId);
  const go = useNavigationStore((s) => s.go);
  const row = useCase(caseId);
  const events = useCaseEvents(caseId);
  const { hall, calendar } = useHall();
  const actions = useCaseActions();
  const d = domainT(language);
  const [rating, setRating] = useState(false);
  const counterRole = role === 'window' || role === 'agent';
  const voidable =
    counterRole &&
    officerId !== undefined &&
    row !== undefined &&
    row !== null &&
    voidableBy(row.state, officerId);
  useScreenKeys('case', t('keys.group.case'), [
    { keys: 'Esc', label: t('keys.back') },
    ...(voidable ? [{ keys: destructiveKeyLabel('void'), label: t('keys.void') }] : []),
  ]);

  if (row === undefined) return <Card loading />;
  if (row === null) return <Empty description={t('case.notFound')} />;
  const state = row.state;
  const deadlines = caseDeadlines(
    state,
    hallToday(),
    calendar,
    hall?.supervision.yellowAt ?? DEFAULT_YELLOW_AT,
  );
  const level = (kind: 'promise' | 'supply') => deadlines.find((x) => x.kind === kind)?.level;
  const approvable = canApproveAtWindow(state, hall, windowCode, role);
  const supplementable = counterRole && canSupplement(state);
  const deliverable = counterRole && canDeliver(state);
  const certifiable = role === 'window' && canIssueCertificate(state);
  const rateAfter = (done: Promise<boolean>) => void done.then((ok) => ok && counterRole && setRating(true));

  const dateWithLevel = (date: string | undefined, kind: 'promise' | 'supply') =>
    date === undefined ? (
      '—'
    ) : (
      <span
        className={`ow-deadline-${level(kind) === undefined || level(kind) === 'unknown' ? 'normal' : level(kind)}`}
        data-testid={`deadline-${kind}`}
        data-level={level(kind) ?? 'none'}
      >
        {formatDate(date, language)}
        <ProvisionalTag
          show={kind === 'promise' ? state.dates.promiseProvisional : state.dates.supplyProvisional}
        />
      </span>
    );

  return (
    <div data-testid="case-detail" data-status={state.status}>
      <Card
        title={
          <Space>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              onClick={() => go({ name: 'workbench' })}
              tabIndex={-1}
            />
            <Typography.Text strong style={{ fontSize: 18 }} data-testid="case-detail-number">
              {state.caseNumber}
            </Typography.Text>
            <Tag color={d.statusColor(state.status)} data-testid="case-status">
              {d.caseStatus(state)}
            </Tag>
            {state.tolerated.length > 0 && <Tag color="gold">{t('case.tolerance')}</Tag>}
          </Space>
        }
        extra={
          <Typography.Text type="secondary">
            <Kbd>Esc</Kbd> {t('keys.back')}
          </Typography.Text>
        }
      >
        {state.voiding && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="case-voided"
            title={t('void.voided', {
              reason: state.voiding.reason,
              date: formatDate(state.voiding.on, language),
            })}
          />
        )}
        <Row gutter={20}>
          <Col span={15}>
            <Descriptions column={2} size="small" bordered styles={{ label: { width: 100 } }}>
              <Descriptions.Item label={t('intake.applicant')} span={2}>
                {state.applicant.name}
                {'\u3000'}
                {maskId(state.applicant.idNumber)}
                {'\u3000'}
                {state.applicant.phone} <Tag>{d.credit(state.credit)}</Tag>
              </Descriptions.Item>
              {state.agent && (
                <Descriptions.Item label={t('intake.agent')} span={2}>
                  {state.agent.name}
                  {'\u3000'}
                  {maskId(state.agent.idNumber)}
                  {'\u3000'}
                  {state.agent.phone}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('intake.item')} span={2}>
                {state.item.name}（{state.item.code}，{t(`tier.${state.item.tier}`)}）
              </Descriptions.Item>
              <Descriptions.Item label={t('case.registeredAt')}>
                {formatDateTime(state.dates.registeredAt, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('done.queryCodeLabel')}>{state.queryCode ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('deadline.promise')}>
                {dateWithLevel(state.dates.promisedDate, 'promise')}
              </Descriptions.Item>
              <Descriptions.Item label={t('deadline.supply')}>
                {dateWithLevel(state.dates.supplyDeadline, 'supply')}
              </Descriptions.Item>
              {state.certificate && (
                <Descriptions.Item label={t('case.certificate')} span={2}>
                  <CheckCircleOutlined style={{ color: '#52c41a' }} /> {state.certificate.certificateNumber}
                </Descriptions.Item>
              )}
            </Descriptions>
            <div className="ow-section-title" style={{ marginTop: 16 }}>
              {t('case.materials')}
            </div>
            <CaseMaterials state={state} />
            <CaseDossier state={state} />
          </Col>
          <Col span={9}>
            <Space orientation="vertical" style={{ width: '100%' }} size="middle">
              {panel?.(state)}
              {!approvable && <WaitingAtWindows state={state} />}
              {counterRole && returnedToWindow(state) && <ReturnedPanel state={state} />}
              {counterRole && awaitsCorrection(state) && <CorrectionPanel state={state} />}
              {counterRole && state.status === 'notified-missing' && (
                <ResumeIntakePanel key={state.eventCount} state={state} />
              )}
              {rating && <RatingPanel state={state} onClose={() => setRating(false)} />}
              {certifiable && (
                <Card size="small" type="inner" title={t('case.certificateTitle')}>
                  <Button
                    type="primary"
                    autoFocus
                    loading={actions.busy}
                    onClick={() => void actions.issueCertificate(state)}
                    data-testid="issue-certificate"
                  >
                    {t('case.issueCertificate')} <Kbd>Enter</Kbd>
                  </Button>
                </Card>
              )}
              {approvable && (
                <Card size="small" type="inner" title={t('case.approveTitle')}>
                  <Button
                    type="primary"
                    autoFocus
                    loading={actions.busy}
                    onClick={() => rateAfter(actions.approve(state))}
                    data-testid="approve-on-spot"
                  >
                    {t('case.approve')} <Kbd>Enter</Kbd>
                  </Button>
                </Card>
              )}
              {supplementable && (
                <SupplementPanel
                  state={state}
                  busy={actions.busy}
                  onSupplement={(ids) => void actions.supplement(state, ids)}
                />
              )}
              {deliverable && (
                <DeliveryPanel
                  key={state.status}
                  state={state}
                  busy={actions.busy}
                  autoFocus={!approvable && !certifiable}
                  onDeliver={(x) => rateAfter(actions.deliver(state, x))}
                />
              )}
              <PrintPanel state={state} />
              {voidable && (
                <VoidPanel
                  state={state}
                  busy={actions.busy}
                  onVoid={(reason) => actions.void(state, reason)}
                />
              )}
              <div>
                <div className="ow-section-title">{t('case.timeline')}</div>
                {events && <CaseTimeline events={events} state={state} />}
              </div>
            </Space>
          </Col>
        </Row>
      </Card>
    </div>
  );
}

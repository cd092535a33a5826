import { Alert, Button, Card, Descriptions, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseState } from '../../../shared/domain';
import { maskId } from '../../../shared/ids';
import { useT } from '../../i18n/useT';
import { isDialogOpen } from '../shell/key-help-store';
import { Kbd } from '../shell/Kbd';
import { destructiveKeyLabel, isDestructiveKey, isSubmitKey } from '../shell/keys';

/**
 * 作废 (Alt+Shift+V): offered to the officer who registered the case, before the back office acts
 * on it (voidableBy). The dialog names the case and asks why; the reason is required and kept.
 */
export function VoidPanel({
  state,
  busy,
  onVoid,
}: {
  state: CaseState;
  busy: boolean;
  onVoid(reason: string): Promise<boolean>;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isDestructiveKey(event, 'void') || isDialogOpen()) return;
      event.preventDefault();
      setOpen(true);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function submit() {
    setTried(true);
    if (reason.trim() === '') return;
    if (await onVoid(reason.trim())) setOpen(false);
  }

  return (
    <Card size="small" type="inner" title={t('void.title')} data-testid="void-panel">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('void.hint')}
      </Typography.Paragraph>
      <Button danger onClick={() => setOpen(true)} data-testid="void-case">
        {t('void.button')} <Kbd>{destructiveKeyLabel('void')}</Kbd>
      </Button>
      <Modal
        open={open}
        title={t('void.confirm', { number: state.caseNumber })}
        okText={
          <span>
            {t('void.ok')} <Kbd>Ctrl+Enter</Kbd>
          </span>
        }
        okButtonProps={{ danger: true, loading: busy, ...{ 'data-testid': 'void-ok' } }}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Descriptions size="small" column={1} bordered data-testid="destructive-subject">
          <Descriptions.Item label={t('void.caseNumber')}>{state.caseNumber}</Descriptions.Item>
          <Descriptions.Item label={t('intake.applicant')}>
            {state.applicant.name}
            {'\u3000'}
            {maskId(state.applicant.idNumber)}
          </Descriptions.Item>
          <Descriptions.Item label={t('intake.item')}>{state.item.name}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph strong style={{ margin: '12px 0 4px' }}>
          {t('void.reason')}
        </Typography.Paragraph>
        <Input.TextArea
          autoFocus
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (isSubmitKey(e.nativeEvent)) {
              e.preventDefault();
              void submit();
            }
          }}
          data-testid="void-reason"
        />
        {tried && reason.trim() === '' && (
          <Alert type="error" showIcon title={t('void.reasonRequired')} style={{ marginTop: 8 }} />
        )}
      </Modal>
    </Card>
  );
}

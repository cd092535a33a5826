import { CheckCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../../i18n/useT';
import { useIntakeStore } from './intake-store';

/** Whether everything typed is in Dexie (the officer can reload or close without losing it). */
export function DraftSaved() {
  const t = useT();
  const saved = useIntakeStore((s) => s.savedRevision >= s.revision);
  return (
    <Typography.Text type="secondary" data-testid="draft-saved" data-saved={saved ? 'yes' : 'no'}>
      {saved ? <CheckCircleOutlined style={{ color: '#52c41a' }} /> : <LoadingOutlined />}{' '}
      {t(saved ? 'intake.draft.saved' : 'intake.draft.saving')}
    </Typography.Text>
  );
}

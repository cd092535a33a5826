import { Badge, Popover, Progress, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/schema';
import { useShellStore } from '../shell/store';
import { useSyncMessages } from './messages';
import { useSyncStore } from './store';

function formatTime(ms: number | undefined, language: string): string | undefined {
  if (ms === undefined) return undefined;
  return new Date(ms).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function formatBytes(n: number | undefined): string {
  if (n === undefined) return '?';
  if (n >= 2 ** 30) return `${(n / 2 ** 30).toFixed(1)} GB`;
  if (n >= 2 ** 20) return `${(n / 2 ** 20).toFixed(1)} MB`;
  return `${Math.round(n / 1024)} KB`;
}

/**
 * The header's sync indicator (ARCHITECTURE.md "Offline first": the UI always shows online or
 * offline, events and blobs waiting, the last success). Details and the last error in words sit
 * in a popover; a long backlog shows a progress bar; a nearly full disk shows a red tag.
 */
export function SyncStatus() {
  const m = useSyncMessages();
  const language = useShellStore((s) => s.language);
  const s = useSyncStore();
  const rejected = useLiveQuery(() => db.$rejected.count(), [], 0);
  const revoked = s.lastError?.code === 'device-revoked';
  const [badge, label] =
    s.enrollment === 'not-enrolled'
      ? (['default', m.notEnrolled] as const)
      : revoked
        ? (['error', m.revoked] as const)
        : s.online === false
          ? (['warning', m.offline] as const)
          : s.phase === 'pushing' || s.phase === 'pulling' || s.waitingEvents + s.waitingBlobs > 0
            ? (['processing', m.syncing] as const)
            : (['success', m.online] as const);
  const details = (
    <Space direction="vertical" size={4} style={{ maxWidth: 360 }}>
      <Typography.Text>
        {s.waitingEvents + s.waitingBlobs > 0
          ? m.waiting(s.waitingCases, s.waitingEvents, s.waitingBlobs)
          : m.nothingWaiting}
      </Typography.Text>
      <Typography.Text type="secondary">
        {s.lastSuccessAt === undefined ? m.never : m.lastSuccess(formatTime(s.lastSuccessAt, language) ?? '')}
      </Typography.Text>
      {s.lastError && <Typography.Text type="danger">{m.lastError(s.lastError.message)}</Typography.Text>}
      {s.nextRetryAt !== undefined && (
        <Typography.Text type="secondary">
          {m.retryAt(formatTime(s.nextRetryAt, language) ?? '')}
        </Typography.Text>
      )}
      {rejected > 0 && <Typography.Text type="warning">{m.rejected(rejected)}</Typography.Text>}
      {s.storage?.usage !== undefined && (
        <Typography.Text type="secondary">
          {m.storageUsage(formatBytes(s.storage.usage), formatBytes(s.storage.quota))}
        </Typography.Text>
      )}
      {s.storage?.persisted === false && <Typography.Text type="warning">{m.notPersisted}</Typography.Text>}
    </Space>
  );
  return (
    <Space size="small" data-testid="sync-status">
      <Popover content={details} placement="bottomRight">
        <Badge
          status={badge}
          text={
            <span style={{ color: '#fff' }} data-testid="sync-state">
              {label}
              {s.waitingCases > 0 ? ` · ${m.cases(s.waitingCases)}` : ''}
            </span>
          }
        />
      </Popover>
      {s.progress && (
        <Progress
          data-testid="sync-progress"
          percent={Math.floor((s.progress.done / Math.max(1, s.progress.total)) * 100)}
          size="small"
          style={{ width: 120, margin: 0 }}
          strokeColor="#fff"
          format={() => `${s.progress?.done ?? 0}/${s.progress?.total ?? 0}`}
          aria-label={m.backlog(s.progress.done, s.progress.total)}
        />
      )}
      {s.storage && s.storage.level !== 'ok' && (
        <Tag color="red" data-testid="storage-alert" title={m.storageCritical}>
          {s.storage.level === 'critical' ? m.storageCritical : m.storageWarning}
        </Tag>
      )}
    </Space>
  );
}

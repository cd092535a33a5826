import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../../shared/documents/kind-names';
import { PAPER_SIZES, type Settings } from '../../../shared/ipc';
import { exportBackup, importBackup } from '../../db/backup';
import { db } from '../../db/schema';
import { counter } from '../../platform';
import { useShellStore } from '../shell/store';
import { useSettingsT } from './messages';
import { formatBytes, useStorageEstimate } from './useStorageEstimate';

type FormValues = Omit<Settings, 'language'>;

/** The device settings the hall's IT sets once per PC, plus diagnostics and backup. */
export function SettingsPage() {
  const t = useSettingsT();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const applySettings = useShellStore((s) => s.applySettings);
  const storage = useStorageEstimate();
  const [busy, setBusy] = useState(false);
  const [printers, setPrinters] = useState<string[]>([]);
  const [scanners, setScanners] = useState<Array<{ device: string; description: string }>>([]);

  useEffect(() => {
    void counter.print.printers().then((r) => r.ok && setPrinters(r.value.map((p) => p.name)));
    void counter.scan.scanners().then((r) => r.ok && setScanners(r.value));
  }, []);

  useEffect(() => {
    void counter.settings.get().then((r) => {
      if (r.ok) form.setFieldsValue(r.value);
    });
  }, [form]);

  async function save(values: FormValues) {
    // An empty per-kind choice means "same as the default": it is not stored.
    const byKind = Object.fromEntries(
      Object.entries(values.printers.byKind).filter(([, name]) => Boolean(name)),
    );
    const result = await counter.settings.set({ ...values, printers: { ...values.printers, byKind } });
    if (!result.ok) return void message.error(result.error.message);
    applySettings(result.value);
    void message.success(t('saved'));
  }

  async function collectDiagnostics() {
    const result = await counter.diagnostics.collect();
    if (result.ok) void message.success(t('diagnosticsSaved', { path: result.value.path }));
    else void message.error(result.error.message);
  }

  async function downloadBackup() {
    setBusy(true);
    try {
      const blob = await exportBackup(db);
      const { windowCode } = useShellStore.getState();
      const name = `onewindow-backup-${windowCode}-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}.json`;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
      void message.success(t('exported', { name }));
    } finally {
      setBusy(false);
    }
  }

  async function restore(file: File) {
    setBusy(true);
    try {
      const summary = await importBackup(db, file);
      const rows = summary.tables.reduce((sum, table) => sum + table.rowCount, 0);
      void message.success(t('imported', { rows }));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 720 }}>
      <Card title={t('title')}>
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item name="serverUrl" label={t('serverUrl')} extra={t('serverUrlHelp')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="windowCode" label={t('windowCode')} rules={[{ required: true }]}>
            <Input autoComplete="off" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="updateUrl" label={t('updateUrl')} extra={t('updateUrlHelp')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Typography.Title level={5}>{t('printersTitle')}</Typography.Title>
          <Space wrap>
            <Form.Item name={['printers', 'default']} label={t('defaultPrinter')}>
              <Select
                style={{ width: 260 }}
                options={[
                  { value: '', label: t('systemDefault') },
                  ...printers.map((p) => ({ value: p, label: p })),
                ]}
              />
            </Form.Item>
            <Form.Item name={['printers', 'paper']} label={t('paper')}>
              <Select style={{ width: 120 }} options={PAPER_SIZES.map((p) => ({ value: p, label: p }))} />
            </Form.Item>
          </Space>
          <Space wrap>
            {DOCUMENT_KINDS.map((kind) => (
              <Form.Item key={kind} name={['printers', 'byKind', kind]} label={DOCUMENT_KIND_LABELS[kind]}>
                <Select
                  allowClear
                  placeholder={t('sameAsDefault')}
                  style={{ width: 220 }}
                  options={printers.map((p) => ({ value: p, label: p }))}
                />
              </Form.Item>
            ))}
          </Space>
          <Typography.Title level={5}>{t('scannerTitle')}</Typography.Title>
          <Space wrap>
            <Form.Item name={['scanner', 'device']} label={t('scannerDevice')}>
              <Select
                style={{ width: 320 }}
                options={[
                  { value: '', label: t('noScanner') },
                  ...scanners.map((s) => ({ value: s.device, label: `${s.description}（${s.device}）` })),
                ]}
              />
            </Form.Item>
            <Form.Item name={['scanner', 'resolution']} label={t('resolution')}>
              <InputNumber min={75} max={600} step={25} />
            </Form.Item>
          </Space>
          <Form.Item name={['scanner', 'folder']} label={t('scanFolder')} extra={t('scanFolderHelp')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="sealImagePath" label={t('sealImagePath')} extra={t('sealImagePathHelp')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('save')}
            </Button>
            <Button onClick={() => void collectDiagnostics()}>{t('diagnostics')}</Button>
          </Space>
        </Form>
      </Card>
      <Card title={t('backupTitle')}>
        <Typography.Paragraph type="secondary">{t('backupHelp')}</Typography.Paragraph>
        <Space>
          <Button loading={busy} onClick={() => void downloadBackup()}>
            {t('export')}
          </Button>
          <Upload
            accept=".json,application/json"
            showUploadList={false}
            beforeUpload={(file) => {
              void restore(file);
              return false;
            }}
          >
            <Button loading={busy}>{t('import')}</Button>
          </Upload>
        </Space>
      </Card>
      <Card title={t('storage')}>
        {storage && (
          <Space direction="vertical">
            <Typography.Text data-testid="storage-usage">
              {t('storageUsage', { used: formatBytes(storage.usage), quota: formatBytes(storage.quota) })}
            </Typography.Text>
            {storage.persisted ? (
              <Typography.Text type="success">{t('storagePersisted')}</Typography.Text>
            ) : (
              <Alert type="warning" showIcon message={t('storageNotPersisted')} />
            )}
          </Space>
        )}
      </Card>
    </Space>
  );
}

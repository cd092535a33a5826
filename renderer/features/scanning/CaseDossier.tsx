import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { hallDateTime, type CaseState } from '../../../shared/domain';
import { db } from '../../db/schema';
import { browserFontSubsetter, compressionStreamDeflate } from '../../documents';
import { formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { CasePages } from './CasePages';
import { buildDossier, type DossierMaterial, type DossierPage } from './dossier';
import { pagesByHash } from './page-repository';

/** The received materials in catalog order with their pages as arranged (as stored on this device). */
async function dossierMaterials(state: CaseState): Promise<DossierMaterial[]> {
  const materials: DossierMaterial[] = [];
  for (const m of state.item.materials) {
    const received = state.materials[m.id];
    if (!received) continue;
    const rows = await pagesByHash(db, received.blobs);
    const pages = await Promise.all(
      rows.map(async (row): Promise<DossierPage> => ({
        mime: row.mime,
        bytes: new Uint8Array(await row.data.arrayBuffer()),
        rotation: received.rotation?.[row.sha256] ?? 0,
      })),
    );
    materials.push({ name: received.name, pages });
  }
  return materials;
}

/**
 * The case's pages (arranged material by material) and its dossier: every material page in one
 * PDF behind a cover sheet, in the order and turn the pages have now, saved as a file.
 */
export function CaseDossier({ state }: { state: CaseState }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const pageCount = Object.values(state.materials).reduce((n, m) => n + m.blobs.length, 0);

  async function compile(): Promise<void> {
    setBusy(true);
    try {
      const dossier = await buildDossier(
        {
          caseNumber: state.caseNumber,
          itemName: state.item.name,
          applicantName: state.applicant.name,
          compiledAt: formatDateTime(hallDateTime(Date.now()), 'zh-CN'),
          materials: await dossierMaterials(state),
        },
        {
          subsetFont: browserFontSubsetter(),
          ...(typeof CompressionStream === 'function' ? { deflate: compressionStreamDeflate } : {}),
        },
      );
      const url = URL.createObjectURL(
        new Blob([dossier.pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `案卷-${state.caseNumber}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      void message.success(t('scan.dossier.done', { n: dossier.pageCount }));
    } catch (cause) {
      void message.error(
        t('scan.dossier.failed', { reason: cause instanceof Error ? cause.message : String(cause) }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <CasePages state={state} />
      <Space style={{ marginTop: 8 }} data-testid="case-dossier" data-pages={pageCount}>
        <Button
          icon={<FilePdfOutlined />}
          loading={busy}
          disabled={pageCount === 0}
          onClick={() => void compile()}
        >
          {t('scan.dossier.button')}
        </Button>
        <Typography.Text type="secondary">
          {pageCount === 0 ? t('scan.dossier.none') : t('scan.pages.count', { n: pageCount })}
        </Typography.Text>
      </Space>
    </>
  );
}

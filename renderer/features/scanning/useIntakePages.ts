import { App } from 'antd';
import { useCallback } from 'react';
import { pageTurns } from '../../../shared/domain';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { counter } from '../../platform';
import { useIntakeStore } from '../intake/intake-store';
import type { ArrangedPage } from './page-arrangement';
import { toArchivePages, type ArchivePage } from './page-import';
import { storeArchivePages } from './page-repository';

export interface MaterialRef {
  id: string;
  name: string;
}

export interface IntakePagesApi {
  /** Stores the pages and appends them to the material (which is then ticked as handed in). */
  attach(material: MaterialRef, pages: readonly ArchivePage[]): Promise<void>;
  importFiles(material: MaterialRef, files: readonly File[]): Promise<void>;
  scan(material: MaterialRef): Promise<void>;
  /**
   * The material's pages in the draft as arranged (order, turns; a page left out is off the
   * material). Stored blobs stay as they are: nothing is overwritten.
   */
  arrange(materialId: string, pages: readonly ArrangedPage[]): void;
}

function reasonOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** Pages of the walk-in's materials: kept in the intake draft, named by the materialReceived events. */
export function useIntakePages(): IntakePagesApi {
  const update = useIntakeStore((s) => s.update);
  const { message } = App.useApp();
  const t = useT();

  const attach = useCallback(
    async (material: MaterialRef, pages: readonly ArchivePage[]) => {
      if (pages.length === 0) return;
      const hashes = await storeArchivePages(db, pages);
      update((d) => {
        const before = d.pages[material.id] ?? [];
        return {
          ...d,
          pages: { ...d.pages, [material.id]: [...before, ...hashes.filter((h) => !before.includes(h))] },
          received: d.received.includes(material.id) ? d.received : [...d.received, material.id],
        };
      });
      void message.success(t('scan.pages.added', { name: material.name, n: hashes.length }));
    },
    [update, message, t],
  );

  const importFiles = useCallback(
    async (material: MaterialRef, files: readonly File[]) => {
      const pages: ArchivePage[] = [];
      for (const file of files) {
        try {
          pages.push(...(await toArchivePages(new Uint8Array(await file.arrayBuffer()))));
        } catch (cause) {
          void message.error(t('scan.pages.badFile', { file: file.name, reason: reasonOf(cause) }), 8);
        }
      }
      await attach(material, pages);
    },
    [attach, message, t],
  );

  const scan = useCallback(
    async (material: MaterialRef) => {
      const result = await counter.scan.page({ mode: 'Color' });
      if (!result.ok)
        return void message.error(t('scan.pages.scanFailed', { reason: result.error.message }), 8);
      try {
        await attach(material, await toArchivePages(result.value.bytes));
      } catch (cause) {
        void message.error(t('scan.pages.scanFailed', { reason: reasonOf(cause) }), 8);
      }
    },
    [attach, message, t],
  );

  const arrange = useCallback(
    (materialId: string, pages: readonly ArrangedPage[]) =>
      update((d) => {
        const all = { ...d.pages, [materialId]: pages.map((p) => p.blob) };
        // Turns of the pages still on some material; a page taken off loses its turn.
        const held = new Set(Object.values(all).flat());
        const turns = { ...pageTurns(pages) };
        for (const [blob, turn] of Object.entries(d.turns))
          if (held.has(blob) && !pages.some((p) => p.blob === blob)) turns[blob] = turn;
        return { ...d, pages: all, turns };
      }),
    [update],
  );

  return { attach, importFiles, scan, arrange };
}

import { Table, Tag } from 'antd';
import { requiredMaterials, type Material } from '../../../shared/catalog';
import type { CaseState } from '../../../shared/domain';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useShellStore } from '../shell/store';

/** The case's checklist with each material's state: received, tolerated (outstanding / supplied), missing. */
export function CaseMaterials({ state }: { state: CaseState }) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const required = requiredMaterials(state.item, state.situations);
  const tolerated = new Map(state.tolerated.map((m) => [m.materialId, m]));

  function status(m: Material) {
    const tol = tolerated.get(m.id);
    if (tol?.suppliedOn)
      return (
        <Tag color="green">{t('material.supplied', { date: formatDate(tol.suppliedOn, language) })}</Tag>
      );
    if (tol)
      return (
        <Tag color="gold">
          {t('material.outstanding', { date: formatDate(state.dates.supplyDeadline ?? '', language) })}
        </Tag>
      );
    if (state.materials[m.id]) return <Tag color="green">{t('material.received')}</Tag>;
    return <Tag color="red">{t('material.missing')}</Tag>;
  }

  return (
    <Table<Material>
      data-testid="case-materials"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={required}
      columns={[
        { title: '#', width: 40, render: (_: unknown, __: Material, i: number) => i + 1 },
        { title: t('material.name'), dataIndex: 'name' },
        {
          title: t('material.kind'),
          width: 90,
          render: (_: unknown, m: Material) =>
            m.essential ? t('material.essential') : t('material.nonEssential'),
        },
        {
          title: t('material.formCopies'),
          width: 120,
          render: (_: unknown, m: Material) => {
            const got = state.materials[m.id];
            return `${t(`material.form.${got?.form ?? m.form}`)} × ${got?.copies ?? m.copies}`;
          },
        },
        {
          title: t('material.state'),
          width: 190,
          render: (_: unknown, m: Material) => <span data-material={m.id}>{status(m)}</span>,
        },
      ]}
    />
  );
}

import { Card, Empty, Input, Segmented, Table, Tag, Typography, type InputRef } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Item } from '../../../shared/catalog';
import { useT } from '../../i18n/useT';
import { searchItems } from './catalog-search';
import { useCatalog } from './useCatalog';

const ALL = '__all__';

export function CatalogPage() {
  const t = useT();
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const [section, setSection] = useState<string>(ALL);
  const searchRef = useRef<InputRef>(null);

  // "/" focuses the search from anywhere, as in the officers' other systems.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.key === '/' && target?.tagName !== 'INPUT' && target?.tagName !== 'TEXTAREA') {
        event.preventDefault();
        searchRef.current?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const sections = useMemo(() => [...new Set(catalog?.items.map((i) => i.section) ?? [])], [catalog]);
  const items = useMemo(
    () => searchItems(catalog?.items ?? [], query, section === ALL ? undefined : section),
    [catalog, query, section],
  );

  const columns: ColumnsType<Item> = [
    { title: t('catalog.col.code'), dataIndex: 'code', width: 120 },
    { title: t('catalog.col.name'), dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    { title: t('catalog.col.department'), dataIndex: 'department', width: 170 },
    { title: t('catalog.col.section'), dataIndex: 'section', width: 90 },
    {
      title: t('catalog.col.handling'),
      dataIndex: 'handling',
      width: 90,
      render: (h: Item['handling']) => (
        <Tag color={h === 'instant' ? 'green' : 'blue'}>
          {t(h === 'instant' ? 'handling.instant' : 'handling.promise')}
        </Tag>
      ),
    },
    {
      title: t('catalog.col.tolerance'),
      dataIndex: 'toleranceClass',
      width: 130,
      render: (c: Item['toleranceClass']) => (
        <Tag color={c === 'B' ? 'gold' : 'default'}>{t(c === 'B' ? 'tolerance.B' : 'tolerance.A')}</Tag>
      ),
    },
    {
      title: t('catalog.col.tier'),
      dataIndex: 'tier',
      width: 110,
      render: (tier: Item['tier']) => t(`tier.${tier}`),
    },
    {
      title: t('catalog.col.promised'),
      width: 110,
      render: (_: unknown, item: Item) =>
        item.promisedWorkdays === 0 ? t('limit.instant') : t('limit.workday', { n: item.promisedWorkdays }),
    },
    {
      title: t('catalog.col.legal'),
      width: 110,
      render: (_: unknown, item: Item) => t(`limit.${item.legalLimit.unit}`, { n: item.legalLimit.value }),
    },
    {
      title: t('catalog.col.materials'),
      width: 70,
      align: 'right',
      render: (_: unknown, item: Item) => t('materials.count', { n: item.materials.length }),
    },
  ];

  if (catalog === undefined) return <Card loading />;
  if (catalog === null) {
    return (
      <Card title={t('catalog.title')}>
        <Empty description={t('catalog.empty')} />
      </Card>
    );
  }
  return (
    <Card
      title={t('catalog.title')}
      extra={
        <Typography.Text type="secondary" data-testid="catalog-version">
          {t('catalog.version', { version: catalog.catalogVersion, count: catalog.items.length })}
        </Typography.Text>
      }
    >
      <div style={{ display: 'flex', gap: 12, marginBottom: 12, flexWrap: 'wrap' }}>
        <Input.Search
          ref={searchRef}
          autoFocus
          allowClear
          placeholder={t('catalog.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ maxWidth: 420 }}
          aria-label={t('catalog.search')}
        />
        <Segmented
          value={section}
          onChange={(v) => setSection(String(v))}
          options={[
            { label: t('catalog.allSections'), value: ALL },
            ...sections.map((s) => ({ label: s, value: s })),
          ]}
        />
      </div>
      <Table<Item>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ y: 'calc(100vh - 300px)' }}
      />
    </Card>
  );
}

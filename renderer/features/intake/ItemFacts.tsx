import { Descriptions, Tag } from 'antd';
import type { Item } from '../../../shared/catalog';
import { useT } from '../../i18n/useT';

/** What the officer tells the applicant about an item: class, tier, limits, fee, modes, result. */
export function ItemFacts({ item, instantHere }: { item: Item; instantHere: boolean }) {
  const t = useT();
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="item-facts"
      styles={{ label: { width: 110 } }}
    >
      <Descriptions.Item label={t('catalog.col.code')}>{item.code}</Descriptions.Item>
      <Descriptions.Item label={t('catalog.col.department')}>{item.department}</Descriptions.Item>
      <Descriptions.Item label={t('intake.item.kind')}>
        {item.kind}{' '}
        <Tag color={item.handling === 'instant' ? 'green' : 'blue'}>
          {t(item.handling === 'instant' ? 'handling.instant' : 'handling.promise')}
        </Tag>
        {instantHere && <Tag color="red">{t('intake.item.instantHere')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.col.tolerance')}>
        <Tag color={item.toleranceClass === 'B' ? 'gold' : 'default'}>
          {t(item.toleranceClass === 'B' ? 'tolerance.B' : 'tolerance.A')}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.col.tier')}>{t(`tier.${item.tier}`)}</Descriptions.Item>
      <Descriptions.Item label={t('catalog.col.promised')}>
        {item.promisedWorkdays === 0 ? t('limit.instant') : t('limit.workday', { n: item.promisedWorkdays })}
        {' · '}
        {t('catalog.col.legal')} {t(`limit.${item.legalLimit.unit}`, { n: item.legalLimit.value })}
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.item.fee')}>
        {item.fee.amount === 0 ? item.fee.note : `¥${item.fee.amount}（${item.fee.note}）`}
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.item.modes')}>
        {item.modes.map((m) => (
          <Tag key={m}>{m}</Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.item.result')}>{item.result}</Descriptions.Item>
      <Descriptions.Item label={t('catalog.col.materials')}>
        {t('intake.item.materials', {
          n: item.materials.length,
          essential: item.materials.filter((m) => m.essential).length,
        })}
      </Descriptions.Item>
    </Descriptions>
  );
}

import { CheckCircleFilled } from '@ant-design/icons';
import { Col, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import type { IdType } from '../../../shared/domain';
import { checkResidentId } from '../../../shared/ids';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useShellStore } from '../shell/store';
import type { FieldErrors, FieldPath } from './intake-plan';
import type { PartyDraft } from './intake-draft';

interface Props {
  prefix: 'applicant' | 'agent';
  party: PartyDraft;
  idTypes: readonly IdType[];
  errors: FieldErrors;
  /** The officer tried to go on: every error shows, touched or not. */
  showAll: boolean;
  today: string;
  nameLabel: MessageKey;
  autoFocus?: boolean;
  onChange(patch: Partial<PartyDraft>): void;
  /** Extra line under the ID number (credit, returning applicant). */
  idExtra?: React.ReactNode;
}

const FULL_LENGTH: Partial<Record<IdType, number>> = { 'resident-id': 18, uscc: 18, 'residence-permit': 18 };

/** ID type, ID number (checked live with the reason), name and phone of the applicant or the agent. */
export function PartyFields({
  prefix,
  party,
  idTypes,
  errors,
  showAll,
  today,
  nameLabel,
  autoFocus,
  onChange,
  idExtra,
}: Props) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = (field: string) => setTouched((s) => new Set(s).add(field));
  const say = (path: FieldPath, typedEnough = false) => {
    const e = errors[path];
    if (!e || !(showAll || typedEnough || touched.has(path))) return undefined;
    return language === 'zh-CN' ? e.zh : e.en;
  };
  const full = FULL_LENGTH[party.idType];
  const idError = say(
    `${prefix}.idNumber`,
    full !== undefined && party.idNumber.replace(/\s/g, '').length >= full,
  );
  // A name typed is judged at once (a character the papers cannot print, too long); empty on leaving.
  const nameError = say(`${prefix}.name`, party.name.trim() !== '');
  const resident =
    party.idType === 'resident-id' && !errors[`${prefix}.idNumber`]
      ? checkResidentId(party.idNumber, { today })
      : undefined;
  const idOk = party.idNumber !== '' && !errors[`${prefix}.idNumber`];

  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item label={t('intake.idType')}>
          <Select<IdType>
            value={party.idType}
            onChange={(idType) => onChange({ idType })}
            options={idTypes.map((v) => ({ value: v, label: t(`idType.${v}`) }))}
            aria-label={t('intake.idType')}
            data-testid={`${prefix}-id-type`}
          />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item
          label={t('intake.idNumber')}
          required
          validateStatus={idError ? 'error' : idOk ? 'success' : ''}
          help={
            idError ??
            (idOk ? (
              <Typography.Text type="success" data-testid={`${prefix}-id-ok`}>
                <CheckCircleFilled />{' '}
                {resident?.ok
                  ? t('intake.idOk.resident', {
                      sex: t(resident.sex === 'male' ? 'intake.sex.male' : 'intake.sex.female'),
                      birth: resident.birthDate,
                      region: resident.region ?? resident.province,
                    })
                  : t('intake.idOk')}
                {idExtra}
              </Typography.Text>
            ) : undefined)
          }
        >
          <Input
            autoFocus={autoFocus}
            value={party.idNumber}
            onChange={(e) => onChange({ idNumber: e.target.value })}
            onBlur={() => touch(`${prefix}.idNumber`)}
            maxLength={64}
            style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', letterSpacing: 1 }}
            aria-label={t(prefix === 'agent' ? 'intake.agent.idNumber' : 'intake.idNumber')}
            data-testid={`${prefix}-id-number`}
          />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item label={t(nameLabel)} required validateStatus={nameError ? 'error' : ''} help={nameError}>
          <Input
            value={party.name}
            onChange={(e) => onChange({ name: e.target.value })}
            onBlur={() => touch(`${prefix}.name`)}
            aria-label={t(nameLabel)}
            data-testid={`${prefix}-name`}
          />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item
          label={t('intake.phone')}
          required
          validateStatus={say(`${prefix}.phone`) ? 'error' : ''}
          help={say(`${prefix}.phone`)}
        >
          <Input
            value={party.phone}
            onChange={(e) => onChange({ phone: e.target.value })}
            onBlur={() => touch(`${prefix}.phone`)}
            maxLength={30}
            aria-label={t(prefix === 'agent' ? 'intake.agent.phone' : 'intake.phone')}
            data-testid={`${prefix}-phone`}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

import { Alert, Checkbox, Form, Input, Radio, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { findReturningApplicant, type ReturningApplicant } from '../../db/case-queries';
import { db } from '../../db/schema';
import { domainT } from '../../i18n/domain-t';
import { useT } from '../../i18n/useT';
import { QrCameraButton } from '../scanning/CameraModal';
import { useShellStore } from '../shell/store';
import { checkIdNumber, ORGANISATION_ID_TYPES, PERSON_ID_TYPES } from '../../../shared/preapply';
import type { ApplicantDraft, PartyDraft } from './intake-draft';
import { applicantErrors } from './intake-plan';
import { useIntakeStore } from './intake-store';
import { PartyFields } from './PartyFields';
import { applyReturning, type Autofill } from './returning-autofill';
import type { IntakeContext } from './useIntakeContext';

/** Step 1: who applies (person or organisation), and the agent when one acts for them. */
export function ApplicantStep({ ctx, showAll }: { ctx: IntakeContext; showAll: boolean }) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const update = useIntakeStore((s) => s.update);
  const { draft, today, credit } = ctx;
  const errors = applicantErrors(draft, today);
  const [returning, setReturning] = useState<ReturningApplicant | undefined>();
  const isOrg = draft.applicant.kind === 'organisation';
  const id = checkIdNumber(draft.applicant.idType, draft.applicant.idNumber, today);
  const validId = id.ok ? id.value : '';

  // A returning applicant: found by ID among the cases on this device (its own, and the hall's
  // pulled by sync) and filled in. Only fields that are empty or still hold the last autofill are
  // filled (applyReturning): the lookup is asynchronous, and what the officer typed stays.
  const filled = useRef<Autofill | undefined>(undefined);
  useEffect(() => {
    if (validId === '') return;
    let cancelled = false;
    void findReturningApplicant(db, validId).then((found) => {
      if (cancelled) return;
      setReturning(found);
      const next = found && {
        name: found.applicant.name,
        phone: found.applicant.phone,
        address: found.applicant.address ?? '',
      };
      const before = filled.current;
      filled.current = next;
      update((d) => {
        const applicant = applyReturning(d.applicant, before, next);
        return applicant === d.applicant ? d : { ...d, applicant };
      });
    });
    return () => {
      cancelled = true;
    };
  }, [validId, update]);

  const patchApplicant = (patch: Partial<ApplicantDraft>) =>
    update((d) => ({ ...d, applicant: { ...d.applicant, ...patch } }));
  const patchAgent = (patch: Partial<PartyDraft>) =>
    update((d) => ({ ...d, agent: { ...d.agent, ...patch } }));
  const d = domainT(language);
  // Said as soon as it is wrong: a pasted address is long before the officer leaves the field.
  const addressProblem = errors['applicant.address'];
  const addressError = addressProblem && (language === 'zh-CN' ? addressProblem.zh : addressProblem.en);
  const creditTag =
    validId === '' ? null : (
      <Tag
        color={credit.level === 'dishonest' ? 'red' : credit.level === 'good' ? 'green' : 'default'}
        style={{ marginLeft: 8 }}
        data-testid="applicant-credit"
      >
        {d.credit(credit.level)}
      </Tag>
    );

  return (
    <Form layout="vertical" component="div">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <div className="ow-section-title">{t('intake.applicant')}</div>
        <QrCameraButton />
      </div>
      <Form.Item label={t('intake.kind')}>
        <Radio.Group
          optionType="button"
          value={draft.applicant.kind}
          onChange={(e) => {
            const kind = e.target.value as 'person' | 'organisation';
            patchApplicant({ kind, idType: kind === 'organisation' ? 'uscc' : 'resident-id' });
          }}
          options={[
            { value: 'person', label: t('intake.kind.person') },
            { value: 'organisation', label: t('intake.kind.organisation') },
          ]}
        />
      </Form.Item>
      <PartyFields
        prefix="applicant"
        party={draft.applicant}
        idTypes={isOrg ? ORGANISATION_ID_TYPES : PERSON_ID_TYPES}
        errors={errors}
        showAll={showAll}
        today={today}
        nameLabel={isOrg ? 'intake.orgName' : 'intake.name'}
        autoFocus
        onChange={patchApplicant}
        idExtra={creditTag}
      />
      {returning && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('intake.returning', { n: returning.caseCount, caseNumber: returning.lastCaseNumber })}
          data-testid="returning-applicant"
        />
      )}
      {credit.level === 'dishonest' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('intake.dishonest')}
          description={
            credit.brokenCommitmentCase
              ? t('intake.dishonest.broken', { caseNumber: credit.brokenCommitmentCase })
              : t('intake.dishonest.listed', { source: credit.source ?? '', until: credit.until ?? '—' })
          }
          data-testid="dishonest-warning"
        />
      )}
      <Form.Item
        label={t(isOrg ? 'intake.orgAddress' : 'intake.address')}
        validateStatus={addressError ? 'error' : ''}
        help={addressError}
      >
        <Input
          value={draft.applicant.address}
          onChange={(e) => patchApplicant({ address: e.target.value })}
          status={addressError ? 'error' : ''}
          aria-label={t('intake.address')}
          data-testid="applicant-address"
        />
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={draft.hasAgent}
          onChange={(e) => update((x) => ({ ...x, hasAgent: e.target.checked }))}
          data-testid="has-agent"
        >
          {t('intake.hasAgent')}
        </Checkbox>
      </Form.Item>
      {draft.hasAgent && (
        <>
          <div className="ow-section-title">{t('intake.agent')}</div>
          <PartyFields
            prefix="agent"
            party={draft.agent}
            idTypes={PERSON_ID_TYPES}
            errors={errors}
            showAll={showAll}
            today={today}
            nameLabel="intake.agent.name"
            onChange={patchAgent}
          />
        </>
      )}
    </Form>
  );
}

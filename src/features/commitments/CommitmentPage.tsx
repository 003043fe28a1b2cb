import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { QueryView } from '../../components/QueryView';
import { Loading } from '../../components/Loading';
import { SampleBadge } from '../../components/SampleBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { SuccessNotice } from '../../components/SuccessNotice';
import { isNumericKind, type Agreement, type CheckIn, type Commitment, type Evidence } from '../../domain/model';
import { chartRows } from '../../domain/status/chartSeries';
import { assess, forecast, isClosedStatus } from '../../domain/status/engine';
import { isLowerBetter } from '../../domain/status/path';
import { useFormatters } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { explainForecast, explainStatus } from '../../lib/statusText';
import { preloaded } from '../../lib/preloaded';
import { useStatusRules } from '../../lib/statusRules';
import { SampleDataNotice } from '../../components/SampleDataNotice';
import { CheckInForm } from './CheckInForm';
import { CommitmentActions, CommitmentHistory, RevisionForm } from './CommitmentActions';
import { asOfFrom } from '../../lib/today';
import { paths } from '../../lib/paths';
import { useCommitment, useDeleteCheckIn, useRestoreCheckIn, type CommitmentDetail } from '../../queries/commitments';

// Fetched as soon as this page's module loads, not after its first render: no waterfall.
const CommitmentChart = preloaded(() => import('./CommitmentChart').then((m) => m.default));

export function CommitmentPage() {
  const { t } = useTranslation();
  const { commitmentId = '' } = useParams();
  const query = useCommitment(commitmentId);
  return (
    <QueryView query={query} notFoundMessage={t('commitment.notFound')}>
      {(detail) => <CommitmentView detail={detail} />}
    </QueryView>
  );
}

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence">
      {evidence.map((e) => (
        <li key={`${e.documentNumber ?? ''}-${e.title}`}>
          {e.documentNumber && <strong>{e.documentNumber}: </strong>}
          {e.title}
        </li>
      ))}
    </ul>
  );
}

function CommitmentView({ detail }: { detail: CommitmentDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { commitment: c, agreement, parties, units } = detail;
  const partyName = (id: string) => parties.get(id)?.name ?? id;
  const checkIns = [...c.checkIns].sort((a, b) => b.asOf.localeCompare(a.asOf) || b.enteredAt.localeCompare(a.enteredAt));
  // The report being corrected, if any: the form below the table then edits it.
  const [editing, setEditing] = useState<CheckIn | null>(null);
  const [corrected, setCorrected] = useState<string | null>(null);

  return (
    <article aria-labelledby="commitment-title">
      <p>
        {t('commitment.inAgreement')}: <Link to={paths.agreement(agreement.id)}>{agreement.title}</Link>
      </p>
      <h1 id="commitment-title">
        {c.clause !== '—' && <span className="muted">{c.clause}. </span>}
        {c.title}
      </h1>
      {c.description && <p>{c.description}</p>}
      <CommitmentActions commitment={c} />

      <StatusPanel commitment={c} agreement={agreement} />

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t('commitment.details')}</h2>
        <dl className="fields">
          <Field label={t('commitment.pillar')}>{t(`enums.pillar.${c.pillar}`)}</Field>
          <Field label={t('commitment.kind')}>{t(`enums.commitmentKind.${c.kind}`)}</Field>
          {c.unit && <Field label={t('commitment.unit')}>{c.unit}</Field>}
          <Field label={t('commitment.baseline')}>
            {format.measured(c.baseline.value, c.unit, c.baseline.qualifier)}
            {c.baseline.asOf && <> {t('commitment.baselineAsOf', { date: format.date(c.baseline.asOf) })}</>}
            {c.baseline.note && <p className="muted">{c.baseline.note}</p>}
            <EvidenceList evidence={c.baseline.evidence} />
          </Field>
          <Field label={t('commitment.target')}>
            {c.target !== null ? format.measured(c.target, c.unit) : t('commitment.targetNone')}
            {c.targetNote && <p className="muted">{c.targetNote}</p>}
          </Field>
          {isLowerBetter(c) && <Field label={t('manage.commitmentForm.direction')}>{t(c.kind === 'rank' ? 'manage.commitmentForm.lowerIsBetter' : 'manage.commitmentForm.lowerIsBetterChoice')}</Field>}
          {c.milestones.length > 0 && (
            <Field label={t('commitment.milestones')}>
              <ul>
                {c.milestones.map((m) => (
                  <li key={m.year}>
                    {m.year}: {format.measured(m.value, c.unit)}
                  </li>
                ))}
              </ul>
            </Field>
          )}
          <Field label={t('commitment.dueOn')}>{c.dueOn ? format.date(c.dueOn) : t('common.notStated')}</Field>
          <Field label={t('commitment.lead')}>{c.leadPartyId ? partyName(c.leadPartyId) : t('common.none')}</Field>
          {c.supportPartyIds.length > 0 && <Field label={t('commitment.support')}>{c.supportPartyIds.map(partyName).join('; ')}</Field>}
          <Field label={t('commitment.territory')}>
            {c.territoryUnitId ? (units.get(c.territoryUnitId)?.name ?? c.territoryUnitId) : t('common.notStated')}
            {c.territoryNote && <p className="muted">{c.territoryNote}</p>}
          </Field>
          <Field label={t('commitment.cadence')}>{t(`enums.cadence.${c.cadence}`)}</Field>
          {c.manualStatus && <Field label={t('commitment.manualStatus')}>{t(`enums.manualStatus.${c.manualStatus}`)}</Field>}
        </dl>
      </section>

      <CheckInTable
        commitment={c}
        checkIns={checkIns}
        onEdit={(ci) => {
          setCorrected(null);
          setEditing(ci);
        }}
      />
      <SuccessNotice message={corrected} />
      <CheckInForm
        commitment={c}
        agreement={agreement}
        editing={editing ?? undefined}
        onDone={(message) => {
          setEditing(null);
          setCorrected(message || null);
        }}
      />

      <section aria-labelledby="revisions-title">
        <h2 id="revisions-title">{t('commitment.revisions')}</h2>
        {c.revisions.length === 0 ? (
          <p className="empty">{t('commitment.noRevisions')}</p>
        ) : (
          <table aria-labelledby="revisions-title">
            <thead>
              <tr>
                <th scope="col">{t('commitment.columns.appliesTo')}</th>
                <th scope="col">{t('commitment.columns.oldValue')}</th>
                <th scope="col">{t('commitment.columns.newValue')}</th>
                <th scope="col">{t('commitment.columns.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {c.revisions.map((r) => (
                <tr key={r.id}>
                  <td>{r.appliesTo === 'target' ? t('commitment.endTarget') : r.appliesTo}</td>
                  <td className="cell--number">{format.measured(r.oldValue, c.unit)}</td>
                  <td className="cell--number">{format.measured(r.newValue, c.unit)}</td>
                  <td>
                    {r.decisionRef} ({format.date(r.decidedOn)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <RevisionForm commitment={c} agreement={agreement} />
      <CommitmentHistory commitmentId={c.id} />
    </article>
  );
}

function CheckInTable({ commitment, checkIns, onEdit }: { commitment: Commitment; checkIns: CheckIn[]; onEdit: (checkIn: CheckIn) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const remove = useDeleteCheckIn(commitment.id);
  const restore = useRestoreCheckIn(commitment.id);
  // The last report deleted here, kept so that the undo can put exactly it back.
  const [deleted, setDeleted] = useState<CheckIn | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section aria-labelledby="checkins-title">
      <h2 id="checkins-title">{t('commitment.checkIns', { count: checkIns.length })}</h2>
      {deleted && (
        <div role="status" className="notice notice--inline">
          <span>{t('commitment.deleted', { date: format.date(deleted.asOf) })}</span>
          <button
            type="button"
            disabled={restore.isPending}
            onClick={() =>
              restore.mutate(deleted, {
                onSuccess: () => {
                  setMessage(t('commitment.undone', { date: format.date(deleted.asOf) }));
                  setDeleted(null);
                },
              })
            }
          >
            {t('commitment.undo')}
          </button>
        </div>
      )}
      <SuccessNotice message={message} />
      {(remove.isError || restore.isError) && <ErrorNotice error={remove.error ?? restore.error} />}
      {checkIns.length === 0 ? (
        <p className="empty">{t('commitment.noCheckIns')}</p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby="checkins-title">
            <thead>
              <tr>
                <th scope="col">{t('commitment.columns.asOf')}</th>
                <th scope="col">{t('commitment.columns.value')}</th>
                <th scope="col">{t('commitment.columns.narrative')}</th>
                <th scope="col">{t('commitment.columns.evidence')}</th>
                <th scope="col">{t('commitment.columns.reportedBy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('commitment.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {checkIns.map((ci) => (
                <tr key={ci.id} className={ci.sample ? 'row--sample' : undefined}>
                  <th scope="row">{format.date(ci.asOf)}</th>
                  <td className="cell--number">
                    {format.checkInValue(ci, commitment.unit)} {ci.sample && <SampleBadge />}
                  </td>
                  <td>{ci.narrative}</td>
                  <td>
                    <EvidenceList evidence={ci.evidence} />
                  </td>
                  <td>{ci.reportedBy}</td>
                  <td className="cell--actions">
                    <button type="button" aria-label={t('manage.checkIn.editLabel', { date: format.date(ci.asOf) })} onClick={() => onEdit(ci)}>
                      {t('manage.checkIn.edit')}
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={t('commitment.deleteCheckInLabel', { date: format.date(ci.asOf) })}
                      disabled={remove.isPending}
                      onClick={() =>
                        remove.mutate(ci.id, {
                          onSuccess: (removed) => {
                            setMessage(null);
                            setDeleted(removed);
                          },
                        })
                      }
                    >
                      {t('commitment.deleteCheckIn')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Where the commitment stands, why, where it is heading, and its chart (numeric kinds). */
function StatusPanel({ commitment, agreement }: { commitment: Commitment; agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const [params] = useSearchParams();
  const asOf = asOfFrom(params);
  const locale = currentLocale(i18n.language);
  const rules = useStatusRules();
  const { assessment, trend, rows } = useMemo(() => {
    const assessment = assess(commitment, agreement, asOf, rules);
    // A closed period has a final assessment, not a pace to project.
    const trend = isClosedStatus(assessment.status) ? null : forecast(commitment, agreement.period, asOf, rules);
    return { assessment, trend, rows: chartRows(commitment, agreement.period, asOf, trend, rules) };
  }, [commitment, agreement, asOf, rules]);
  return (
    <section aria-labelledby="status-title" className="status-panel">
      <h2 id="status-title">
        {t('commitment.statusAsOf', { date: format.date(asOf) })} <StatusBadge status={assessment.status} />
      </h2>
      <p>{explainStatus(t, commitment, assessment, asOf, locale)}</p>
      <SampleDataNotice leftOut={assessment.samplesLeftOut} counted={assessment.samplesCounted} />
      {trend && <p>{explainForecast(t, commitment, trend, locale)}</p>}
      {isNumericKind(commitment.kind) && rows.length > 0 && (
        <Suspense fallback={<Loading />}>
          <CommitmentChart commitment={commitment} rows={rows} />
        </Suspense>
      )}
    </section>
  );
}

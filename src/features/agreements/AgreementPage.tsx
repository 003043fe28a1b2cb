import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Field } from '../../components/Field';
import { QueryView } from '../../components/QueryView';
import { SampleBadge } from '../../components/SampleBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { latestCheckIn, type AdminUnit, type Commitment, type Party } from '../../domain/model';
import { rollup } from '../../domain/status/dashboard';
import { assess, STATUSES } from '../../domain/status/engine';
import { useFormatters } from '../../lib/format';
import { paths } from '../../lib/paths';
import { todayIso } from '../../lib/today';
import { useStatusRules } from '../../lib/statusRules';
import { SampleDataNotice } from '../../components/SampleDataNotice';
import { useAgreement, type AgreementDetail } from '../../queries/agreements';
import { AgreementActions, AgreementHistory, TrashedNotice } from './AgreementActions';
import { ClosingSummary } from './ClosingSummary';

export function AgreementPage() {
  const { t } = useTranslation();
  const { agreementId = '' } = useParams();
  const query = useAgreement(agreementId);
  return (
    <>
      <p>
        <Link to={paths.agreements()}>← {t('agreement.backToList')}</Link>
      </p>
      <QueryView query={query} notFoundMessage={t('agreement.notFound')}>
        {(detail) => <AgreementView detail={detail} />}
      </QueryView>
    </>
  );
}

/** "Hải Dương đã hợp nhất vào Hải Phòng từ 01/07/2025 (NQ 202/2025/QH15)". */
function MergerNote({ unit, units }: { unit: AdminUnit | undefined; units: Map<string, AdminUnit> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!unit?.successorId) return null;
  const successor = units.get(unit.successorId);
  return (
    <p className="muted">
      {t('agreement.mergedInto', {
        former: unit.name,
        successor: successor?.name ?? unit.successorId,
        date: format.date(unit.mergedOn),
        resolution: unit.mergeResolution ?? '',
      })}
    </p>
  );
}

function AgreementView({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { agreement, parties, units } = detail;
  const partyName = (id: string) => parties.get(id)?.name ?? id;
  const named = agreement.partyIds.map((id) => parties.get(id)).filter((p): p is Party => p !== undefined);

  return (
    <article aria-labelledby="agreement-title">
      <h1 id="agreement-title">{agreement.title}</h1>
      <TrashedNotice />
      <AgreementActions detail={detail} />
      <ClosingSummary detail={detail} />

      <section aria-labelledby="overview-title">
        <h2 id="overview-title">{t('agreement.overview')}</h2>
        <dl className="fields">
          <Field label={t('agreement.kind')}>{t(`enums.agreementKind.${agreement.kind}`)}</Field>
          <Field label={t('agreement.documentNumber')}>{agreement.documentNumber ?? t('common.notStated')}</Field>
          <Field label={t('agreement.signedOn')}>{format.date(agreement.signedOn)}</Field>
          <Field label={t('agreement.signedPlace')}>{agreement.signedPlace ?? t('common.notStated')}</Field>
          <Field label={t('agreement.signingMode')}>{agreement.signedOnline ? t('agreement.online') : t('agreement.inPerson')}</Field>
          <Field label={t('agreement.period')}>
            {agreement.period ? `${agreement.period.startYear}-${agreement.period.endYear}` : t('common.notStated')}
          </Field>
          <Field label={t('agreement.signatoryUnit')}>
            {detail.signatoryUnit?.name ?? agreement.signatoryUnitId}
            <MergerNote unit={detail.signatoryUnit} units={units} />
          </Field>
          <Field label={t('agreement.responsibleUnit')}>{detail.responsibleUnit?.name ?? agreement.responsibleUnitId}</Field>
          {(agreement.predecessorId || agreement.predecessorNote) && (
            <Field label={t('agreement.predecessor')}>
              {detail.predecessor ? <Link to={paths.agreement(detail.predecessor.id)}>{detail.predecessor.title}</Link> : agreement.predecessorNote}
            </Field>
          )}
          {detail.successors.length > 0 && (
            <Field label={t('agreement.successors')}>
              {detail.successors.map((s) => (
                <Link key={s.id} to={paths.agreement(s.id)}>
                  {s.title}
                </Link>
              ))}
            </Field>
          )}
        </dl>
        {agreement.summary && (
          <>
            <h3>{t('agreement.summary')}</h3>
            <p>{agreement.summary}</p>
          </>
        )}
      </section>

      <section aria-labelledby="parties-title">
        <h2 id="parties-title">{t('agreement.parties')}</h2>
        <ul>
          {named.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> <span className="muted">({t(`enums.partyKind.${p.kind}`)})</span>
              {p.kind === 'alliance' && p.memberIds.length > 0 && (
                <div className="muted">{t('agreement.allianceMembers', { members: p.memberIds.map(partyName).join('; ') })}</div>
              )}
            </li>
          ))}
        </ul>
        <h3 id="signatories-title">{t('agreement.signatories')}</h3>
        <ul aria-labelledby="signatories-title">
          {agreement.signatories.map((s) => (
            <li key={`${s.partyId}-${s.name ?? s.title}`}>
              <strong>{s.name ?? t('agreement.signatoryUnnamed')}</strong>, {s.title}
              {s.capacity && <> ({s.capacity})</>} — {partyName(s.partyId)}
            </li>
          ))}
        </ul>
        {agreement.attendees.length > 0 && (
          <>
            <h3 id="attendees-title">{t('agreement.attendees')}</h3>
            <ul aria-labelledby="attendees-title">
              {agreement.attendees.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {(agreement.governance.steeringCommitteeHead || agreement.governance.executiveBoardHead || agreement.governance.note) && (
        <section aria-labelledby="governance-title">
          <h2 id="governance-title">{t('agreement.governance')}</h2>
          <dl className="fields">
            {agreement.governance.steeringCommitteeHead && <Field label={t('agreement.steeringHead')}>{agreement.governance.steeringCommitteeHead}</Field>}
            {agreement.governance.executiveBoardHead && <Field label={t('agreement.executiveHead')}>{agreement.governance.executiveBoardHead}</Field>}
          </dl>
          {agreement.governance.note && <p>{agreement.governance.note}</p>}
        </section>
      )}

      {agreement.legalBases.length > 0 && (
        <section aria-labelledby="legal-title">
          <h2 id="legal-title">{t('agreement.legalBases')}</h2>
          <ul>
            {agreement.legalBases.map((b) => (
              <li key={b.reference}>
                <strong>{b.reference}</strong>
                {b.issuedOn && <> ({format.date(b.issuedOn)})</>}: {b.title}
              </li>
            ))}
          </ul>
        </section>
      )}

      <CommitmentTable detail={detail} />

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t('agreement.sources')}</h2>
        <ul>
          {agreement.sources.map((s) => (
            <li key={s.title}>
              “{s.title}” — {s.publisher}
              {s.publishedOn && <>, {format.date(s.publishedOn)}</>}
              {s.seedFile && <span className="muted"> ({t('agreement.seedFile', { file: s.seedFile })})</span>}
            </li>
          ))}
        </ul>
      </section>
      <AgreementHistory agreementId={agreement.id} />
    </article>
  );
}

/** The agreement's roll-up today: the dashboard's rule, over this agreement's commitments. */
function AgreementRollup({ statuses, closed }: { statuses: ReturnType<typeof assess>[]; closed: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const r = rollup(statuses);
  return (
    <div className="status-panel" role="group" aria-label={t('agreement.rollupLabel')}>
      {/* A closed period is summed up by its closing (above), not by a pace. */}
      {!closed && (
        <p>
          <strong>{t('agreement.rollup', { onTrack: format.share(r.onTrackShare), judged: r.judged, total: r.total, progress: format.share(r.progressShare) })}</strong>
        </p>
      )}
      <p className="status-counts">
        {STATUSES.filter((s) => r.counts[s] > 0).map((s) => (
          <span key={s}>
            <StatusBadge status={s} /> {r.counts[s]}
          </span>
        ))}
      </p>
      {!closed && <p className="muted small">{t('agreement.rollupRule')}</p>}
    </div>
  );
}

function CommitmentTable({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const partyShort = (id: string | null) => (id ? (detail.parties.get(id)?.shortName ?? id) : t('common.none'));
  const today = todayIso();
  const rules = useStatusRules();
  const statuses = useMemo(() => new Map(detail.commitments.map((c) => [c.id, assess(c, detail.agreement, today, rules)])), [detail, today, rules]);
  return (
    <section aria-labelledby="commitments-title">
      <h2 id="commitments-title">{t('agreement.commitments', { count: detail.commitments.length })}</h2>
      <p>
        <Link to={paths.newCommitment(detail.agreement.id)}>+ {t('manage.agreementActions.addCommitment')}</Link>
      </p>
      {detail.commitments.length > 0 && <AgreementRollup statuses={[...statuses.values()]} closed={!!detail.agreement.closing && detail.agreement.closing.closedOn <= today} />}
      <SampleDataNotice leftOut={[...statuses.values()].reduce((n, a) => n + a.samplesLeftOut, 0)} counted={[...statuses.values()].reduce((n, a) => n + a.samplesCounted, 0)} />
      {detail.commitments.length === 0 ? (
        <p className="empty">{t('agreement.noCommitments')}</p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby="commitments-title">
            <thead>
              <tr>
                <th scope="col">{t('agreement.columns.clause')}</th>
                <th scope="col">{t('agreement.columns.title')}</th>
                <th scope="col">{t('agreement.columns.pillar')}</th>
                <th scope="col">{t('agreement.columns.kind')}</th>
                <th scope="col">{t('agreement.columns.baseline')}</th>
                <th scope="col">{t('agreement.columns.target')}</th>
                <th scope="col">{t('agreement.columns.latest')}</th>
                <th scope="col">{t('agreement.columns.lead')}</th>
                <th scope="col">{t('agreement.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.commitments.map((c) => (
                <tr key={c.id}>
                  <td>{c.clause}</td>
                  <th scope="row" className="cell--title">
                    <Link to={paths.commitment(c.id)}>{c.title}</Link>
                  </th>
                  <td>{t(`enums.pillar.${c.pillar}`)}</td>
                  <td>{t(`enums.commitmentKind.${c.kind}`)}</td>
                  <td className="cell--number">
                    <span>{format.measured(c.baseline.value, c.unit, c.baseline.qualifier)}</span>
                    {c.baseline.asOf && c.baseline.value !== null && <div className="muted">{format.date(c.baseline.asOf)}</div>}
                  </td>
                  <td className="cell--number">{format.measured(c.target, c.unit)}</td>
                  <td className="cell--number">
                    <LatestReport commitment={c} />
                  </td>
                  <td>{partyShort(c.leadPartyId)}</td>
                  <td>
                    <StatusBadge status={statuses.get(c.id)!.status} />
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

function LatestReport({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const latest = latestCheckIn(commitment);
  if (!latest) return <>{t('common.none')}</>;
  return (
    <>
      <span>{format.checkInValue(latest, commitment.unit)}</span>
      <div className="muted">{format.date(latest.asOf)}</div>
      {latest.sample && <SampleBadge />}
    </>
  );
}

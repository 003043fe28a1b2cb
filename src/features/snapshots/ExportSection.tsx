import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SuccessNotice } from '../../components/SuccessNotice';
import type { ScopeKind, SnapshotScope } from '../../domain/snapshot/format';
import { downloadJson } from '../../lib/snapshotFiles';
import { mark } from '../../lib/timing';
import { useAgreements } from '../../queries/agreements';
import { useDirectory } from '../../queries/directory';
import { useExportSnapshot, usePeers } from '../../queries/snapshots';
import { useFormatters } from '../../lib/format';

/** Export everything or a part (a province with its former provinces, an agreement, a partner). */
export function ExportSection() {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<ScopeKind>('all');
  const [target, setTarget] = useState('');
  const directory = useDirectory();
  const agreements = useAgreements();
  const exporter = useExportSnapshot();
  const peers = usePeers();
  const format = useFormatters();
  const [done, setDone] = useState<string | null>(null);
  // '' = a full copy of the scope; a device's node = only what that laptop has not seen.
  const [since, setSince] = useState('');
  const peerList = peers.data ?? [];

  // Provinces as they are now (units with no successor); partners are enterprises and alliances.
  const options: Record<Exclude<ScopeKind, 'all'>, { value: string; label: string }[]> = {
    province: (directory.data?.units ?? []).filter((u) => !u.successorId).map((u) => ({ value: u.id, label: u.name })),
    agreement: (agreements.data ?? []).map((s) => ({ value: s.agreement.id, label: s.agreement.title })),
    partner: (directory.data?.parties ?? []).filter((p) => p.kind !== 'people-committee').map((p) => ({ value: p.id, label: p.shortName })),
  };
  const choices = kind === 'all' ? [] : options[kind];
  const chosen = choices.find((c) => c.value === target) ?? choices[0];

  const scope = (): SnapshotScope | null => {
    if (kind === 'all') return { kind: 'all' };
    if (!chosen) return null;
    if (kind === 'province') return { kind, unitId: chosen.value, name: chosen.label };
    if (kind === 'agreement') {
      const s = agreements.data?.find((x) => x.agreement.id === chosen.value);
      const partners = s?.partners.map((p) => p.shortName).join(', ') ?? '';
      const period = s?.agreement.period ? ` ${s.agreement.period.startYear}-${s.agreement.period.endYear}` : '';
      return { kind, agreementId: chosen.value, name: `${s?.signatoryUnit?.name ?? ''} ${partners}${period}`.trim() };
    }
    return { kind, partyId: chosen.value, name: chosen.label };
  };

  const onExport = () => {
    const s = scope();
    if (!s) return;
    setDone(null);
    mark('export:clicked');
    const peer = peerList.find((p) => p.node === since);
    exporter.mutate(peer ? { scope: s, sinceNode: peer.node } : { scope: s }, {
      onSuccess: ({ snapshot, fileName, live }) => {
        downloadJson(fileName, snapshot);
        mark('export:downloaded');
        const counts = { fileName, agreements: live.agreements, commitments: live.commitments, deletions: snapshot.data.deletions.length };
        setDone(peer ? t('snapshots.exportedChanges', { ...counts, who: peer.user || peer.node.slice(0, 6) }) : t('snapshots.exported', counts));
      },
    });
  };

  const labels: Record<ScopeKind, string> = {
    all: t('snapshots.scopeAll'),
    province: t('snapshots.scopeProvince'),
    agreement: t('snapshots.scopeAgreement'),
    partner: t('snapshots.scopePartner'),
  };
  const pickerLabel = { province: t('snapshots.chooseProvince'), agreement: t('snapshots.chooseAgreement'), partner: t('snapshots.choosePartner') };

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t('snapshots.exportSection')}</h2>
      <fieldset className="radio-group">
        <legend>{t('snapshots.exportWhat')}</legend>
        {(Object.keys(labels) as ScopeKind[]).map((k) => (
          <label key={k}>
            <input type="radio" name={`${id}-scope`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {labels[k]}
          </label>
        ))}
      </fieldset>
      {kind !== 'all' && (
        <p>
          <label htmlFor={`${id}-target`}>{pickerLabel[kind]}</label>{' '}
          <select id={`${id}-target`} value={chosen?.value ?? ''} onChange={(e) => setTarget(e.target.value)} className="select--wide">
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </p>
      )}
      {peerList.length > 0 && (
        <fieldset className="radio-group">
          <legend>{t('snapshots.contentsLegend')}</legend>
          <label>
            <input type="radio" name={`${id}-contents`} value="" checked={since === ''} onChange={() => setSince('')} /> {t('snapshots.contentsFull')}
          </label>
          {peerList.map((p) => (
            <label key={p.node}>
              <input type="radio" name={`${id}-contents`} value={p.node} checked={since === p.node} onChange={() => setSince(p.node)} />{' '}
              {t('snapshots.contentsSince', { who: p.user || t('snapshots.unnamedDevice', { device: p.node.slice(0, 6) }), when: format.instant(p.lastImportAt) })}
            </label>
          ))}
          <p className="muted hint">{t('snapshots.contentsHint')}</p>
        </fieldset>
      )}
      <button type="button" onClick={onExport} disabled={exporter.isPending || (kind !== 'all' && !chosen)}>
        {t('snapshots.exportButton')}
      </button>
      <SuccessNotice message={done} />
      {exporter.isError && <ErrorNotice error={exporter.error} />}
    </section>
  );
}

/**
 * The official report on screen and in print: the document of officialDocument.ts laid out as
 * Nghị định 30/2020/NĐ-CP (Phụ lục I) sets it — see officialReport.css for sizes and margins.
 */
import './officialReport.css';
import type { Block, OfficialDocument } from './officialDocument';

export function OfficialReport({ doc, label }: { doc: OfficialDocument; label: string }) {
  return (
    <article className="official" aria-label={label}>
      {doc.draft && <p className="official__draft">{doc.draftMark}</p>}
      <header className="official__head">
        <div className="official__agency">
          {doc.parentAgency && <p className="official__parent">{doc.parentAgency}</p>}
          <p className="official__issuer">{doc.agency}</p>
          <span className="official__rule official__rule--agency" aria-hidden="true" />
          <p className="official__number">{doc.numberLine}</p>
        </div>
        <div className="official__nation">
          <p className="official__nation-name">{doc.nation}</p>
          <p className="official__motto">
            <span>{doc.motto}</span>
          </p>
          <p className="official__place-date">{doc.placeDate}</p>
        </div>
      </header>
      <h2 className="official__title">
        <span className="official__kind">{doc.kind}</span>
        <span className="official__subject">{doc.subject}</span>
      </h2>
      <span className="official__rule official__rule--title" aria-hidden="true" />
      {doc.to.length === 1 ? (
        <p className="official__to">
          {doc.toLabel} {doc.to[0]}
        </p>
      ) : (
        <div className="official__to official__to--list">
          <p>{doc.toLabel}</p>
          <ul>
            {doc.to.map((to) => (
              <li key={to}>- {to}</li>
            ))}
          </ul>
        </div>
      )}
      {doc.body.map((b, i) => (
        <BodyBlock key={i} block={b} />
      ))}
      <p className="official__text">{doc.closing}</p>
      <footer className="official__end">
        <div className="official__copy-to">
          <p className="official__copy-to-label">{doc.copyToLabel}</p>
          <ul>
            {doc.copyTo.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div className="official__signature">
          {doc.signature.authority && <p>{doc.signature.authority}</p>}
          <p>{doc.signature.title || '…'}</p>
          <p className="official__signer">{doc.signature.name || '…'}</p>
        </div>
      </footer>
    </article>
  );
}

function BodyBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? <h3 className="official__h1">{block.text}</h3> : block.level === 2 ? <h4 className="official__h2">{block.text}</h4> : <h5 className="official__h3">{block.text}</h5>;
    case 'paragraph':
      return <p className={block.italic ? 'official__text official__text--italic' : 'official__text'}>{block.text}</p>;
    case 'item':
      return (
        <p className="official__text">
          - {block.lead && <strong>{block.lead}: </strong>}
          {block.text}
        </p>
      );
    case 'table':
      return (
        <table className="official__table" aria-label={block.caption}>
          <colgroup>
            {block.columns.map((c) => (
              <col key={c.title} style={{ width: `${c.width}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c.title} scope="col">
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((text, i) =>
                  i === 1 ? (
                    <th key={i} scope="row">
                      {text}
                    </th>
                  ) : (
                    <td key={i} className={block.columns[i]!.align === 'right' ? 'official__num' : undefined}>
                      {text}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** The official report's settings: limits, what a final document needs, and reading stored rows back. */
import { describe, expect, it } from 'vitest';
import { documentNumberLine, EMPTY_REPORT_SETTINGS, readReportSettings, validateReportSettings, type OfficialReportSettings } from '../../../src/domain/exchange/reportSettings';

const filled: OfficialReportSettings = {
  ...EMPTY_REPORT_SETTINGS,
  parentAgency: 'UBND TỈNH PHÚ THỌ',
  agency: 'Sở Khoa học và Công nghệ',
  agencyCode: 'SKHCN',
  place: 'Phú Thọ',
  issuedOn: '2027-01-05',
  recipients: 'Ủy ban nhân dân tỉnh Phú Thọ',
  authority: 'KT.',
  authorityOf: 'Giám đốc',
  signerTitle: 'Phó Giám đốc',
  signerName: 'Nguyễn Văn An',
};

describe('report settings', () => {
  it('accepts a draft with nothing filled in, and a filled-in final document', () => {
    expect(validateReportSettings(EMPTY_REPORT_SETTINGS)).toEqual([]);
    expect(validateReportSettings({ ...filled, final: true })).toEqual([]);
  });

  it('names every field a final document needs (the number may wait for the records office)', () => {
    const issues = validateReportSettings({ ...EMPTY_REPORT_SETTINGS, final: true });
    expect(issues.map((i) => i.field)).toEqual(['agency', 'agencyCode', 'place', 'issuedOn', 'recipients', 'signerTitle', 'signerName']);
    expect(issues.every((i) => i.code === 'required-when-final')).toBe(true);
  });

  it('says how long a field is and its limit', () => {
    expect(validateReportSettings({ ...filled, signerName: 'A'.repeat(61) })).toEqual([{ field: 'signerName', code: 'too-long', limit: 60, length: 61 }]);
    expect(validateReportSettings({ ...filled, causes: { c1: 'x'.repeat(1001) } })).toEqual([{ field: 'cause', code: 'too-long', limit: 1000, length: 1001, commitmentId: 'c1' }]);
  });

  it('checks the number, the symbol, the date and the authority', () => {
    expect(validateReportSettings({ ...filled, number: '7a' })).toEqual([{ field: 'number', code: 'number-format' }]);
    expect(validateReportSettings({ ...filled, agencyCode: 'Sở KH' })).toEqual([{ field: 'agencyCode', code: 'code-format' }]);
    expect(validateReportSettings({ ...filled, issuedOn: '2027-02-30' })).toEqual([{ field: 'issuedOn', code: 'invalid-date' }]);
    expect(validateReportSettings({ ...filled, authorityOf: '' })).toEqual([{ field: 'authorityOf', code: 'authority-needs-whom' }]);
  });

  it('writes the number line, with a 0 before a number below 10 and a blank until the number is given', () => {
    expect(documentNumberLine({ number: '7', agencyCode: 'SKHCN' })).toEqual({ number: '07', symbol: 'BC-SKHCN' });
    expect(documentNumberLine({ number: '125', agencyCode: 'SKHCN' })).toEqual({ number: '125', symbol: 'BC-SKHCN' });
    expect(documentNumberLine({ number: '', agencyCode: '' })).toEqual({ number: '', symbol: 'BC-…' });
  });

  it('reads back only what has the right shape', () => {
    expect(readReportSettings(null)).toEqual(EMPTY_REPORT_SETTINGS);
    const read = readReportSettings({ agency: 'Sở KH&CN', number: 12, authority: 'XX.', final: 'yes', causes: { c1: 'Thiếu vốn', c2: 3 }, extra: 'x' });
    expect(read).toEqual({ ...EMPTY_REPORT_SETTINGS, agency: 'Sở KH&CN', causes: { c1: 'Thiếu vốn' } });
  });
});

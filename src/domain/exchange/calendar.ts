/**
 * An iCalendar (.ics, RFC 5545) file of the dates ahead: yearly milestones and due dates of open
 * commitments, and the reporting deadlines (six-monthly report around 06/6, yearly around 25/11,
 * TT 02/2023/TT-BTTTT). All-day events; text escaped and lines folded as the RFC requires.
 * Hand-written: the format needed is a dozen lines, and the libraries for it bring validators
 * several times that size.
 */
import type { Agreement, Commitment } from '../model';
import { assess } from '../status/engine';
import { endOfYear } from '../status/path';
import { addDays } from '../dates';

export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
}

/** Escapes text for a property value: backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The dates from `from` to `until` (inclusive), for open commitments of the given agreements. */
export function upcomingEvents(agreements: readonly Agreement[], commitments: readonly Commitment[], from: string, until: string): CalendarEvent[] {
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const events: CalendarEvent[] = [];
  for (const c of commitments) {
    const a = byId.get(c.agreementId);
    if (!a) continue;
    const s = assess(c, a.period, from);
    if (s.status === 'achieved' || s.status === 'achieved-late' || s.status === 'dropped') continue;
    for (const m of c.milestones) {
      events.push({ uid: `${c.id}-m${m.year}`, date: endOfYear(m.year), summary: `Mốc ${m.year}: ${c.title}`, description: `Giá trị mốc: ${m.value} ${c.unit}\nThỏa thuận: ${a.title}` });
    }
    if (s.dueDate) events.push({ uid: `${c.id}-due`, date: s.dueDate, summary: `Hạn hoàn thành: ${c.title}`, description: `Chỉ tiêu: ${c.target ?? '—'} ${c.unit}\nThỏa thuận: ${a.title}` });
  }
  for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
    events.push({ uid: `report-half-${year}`, date: `${year}-06-06`, summary: `Hạn báo cáo sơ kết 6 tháng đầu năm ${year}`, description: 'Báo cáo tình hình thực hiện các thỏa thuận hợp tác về chuyển đổi số (TT 02/2023/TT-BTTTT).' });
    events.push({ uid: `report-year-${year}`, date: `${year}-11-25`, summary: `Hạn báo cáo tổng kết năm ${year}`, description: 'Báo cáo tình hình thực hiện các thỏa thuận hợp tác về chuyển đổi số (TT 02/2023/TT-BTTTT).' });
  }
  return events.filter((e) => e.date >= from && e.date <= until).sort((x, y) => x.date.localeCompare(y.date) || x.uid.localeCompare(y.uid));
}

const compact = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => addDays(iso, 1);

export function toIcs(events: readonly CalendarEvent[], stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cam ket//Cam ket//VI', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Cam kết – mốc và hạn báo cáo'];
  const dtstamp = stamp.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}@cam-ket`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

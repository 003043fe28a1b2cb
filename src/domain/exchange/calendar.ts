/**
 * An iCalendar (.ics, RFC 5545) file of the dates ahead: yearly milestones and due dates of open
 * commitments, the ends of agreements' periods, and the reporting deadlines (six-monthly report around 06/6, yearly around 25/11,
 * TT 02/2023/TT-BTTTT). All-day events, each with an optional reminder (VALARM, "-P7D": seven
 * days before); text escaped and lines folded as the RFC requires.
 * Hand-written: the format needed is a dozen lines, and the libraries for it bring validators
 * several times that size.
 */
import type { Agreement, Commitment } from '../model';
import { formatWithUnit } from '../numbers';
import { assess, isClosedStatus } from '../status/engine';
import { deadlineKind, endOfYear, goalsOn } from '../status/path';
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

/**
 * How far ahead the calendar reaches: the end of the second calendar year after `from`, or later
 * when an agreement still running ends later (so the end of its period is in the calendar).
 */
export function calendarHorizon(agreements: readonly Agreement[], from: string): string {
  let year = Number(from.slice(0, 4)) + 2;
  for (const a of agreements) if (a.period && endOfYear(a.period.endYear) >= from) year = Math.max(year, a.period.endYear);
  return endOfYear(year);
}

const measured = (value: number | null, unit: string) => (value === null ? '—' : formatWithUnit(value, unit, 'vi'));

/**
 * The dates from `from` to `until` (inclusive), for open commitments of the given agreements:
 * each yearly milestone, each deadline the document states (one event per commitment), and the end
 * of each agreement's period for its open commitments without a stated deadline (one event per
 * agreement, naming them), plus the reporting deadlines of every year. Goals are those in force on
 * `from` (target revisions applied). Numbers are written the Vietnamese way ("98,5%").
 */
export function upcomingEvents(agreements: readonly Agreement[], commitments: readonly Commitment[], from: string, until: string): CalendarEvent[] {
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const events: CalendarEvent[] = [];
  const periodEnds = new Map<string, Commitment[]>();
  for (const c of commitments) {
    const a = byId.get(c.agreementId);
    if (!a) continue;
    const s = assess(c, a, from);
    // Nothing is due any more for what is achieved, dropped, or closed with the period (tổng kết).
    if (s.status === 'achieved' || s.status === 'achieved-late' || s.status === 'dropped' || isClosedStatus(s.status)) continue;
    const goals = goalsOn(c, from);
    for (const m of goals.milestones) {
      events.push({ uid: `${c.id}-m${m.year}`, date: endOfYear(m.year), summary: `Chỉ tiêu năm ${m.year}: ${c.title}`, description: `Giá trị chỉ tiêu năm: ${measured(m.value, c.unit)}\nThỏa thuận: ${a.title}` });
    }
    if (deadlineKind(c, a.period) === 'stated' && s.dueDate) {
      events.push({ uid: `${c.id}-due`, date: s.dueDate, summary: `Hạn hoàn thành: ${c.title}`, description: `Chỉ tiêu: ${measured(goals.target, c.unit)}\nThỏa thuận: ${a.title}` });
    } else if (deadlineKind(c, a.period) === 'assumed') {
      periodEnds.set(a.id, [...(periodEnds.get(a.id) ?? []), c]);
    }
  }
  for (const [agreementId, open] of periodEnds) {
    const a = byId.get(agreementId)!;
    const period = a.period!;
    events.push({
      uid: `${a.id}-period-end`,
      date: endOfYear(period.endYear),
      summary: `Kết thúc giai đoạn ${period.startYear}-${period.endYear}: ${a.title}`,
      description: `${open.length} nội dung cam kết chưa hoàn thành (văn bản không nêu thời hạn riêng):\n${open.map((c) => `- ${c.title}${c.target === null ? '' : ` (chỉ tiêu ${measured(goalsOn(c, from).target, c.unit)})`}`).join('\n')}`,
    });
  }
  for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
    events.push({ uid: `report-half-${year}`, date: `${year}-06-06`, summary: `Hạn báo cáo sơ kết 6 tháng đầu năm ${year}`, description: 'Báo cáo tình hình thực hiện các thỏa thuận hợp tác về chuyển đổi số (TT 02/2023/TT-BTTTT).' });
    events.push({ uid: `report-year-${year}`, date: `${year}-11-25`, summary: `Hạn báo cáo tổng kết năm ${year}`, description: 'Báo cáo tình hình thực hiện các thỏa thuận hợp tác về chuyển đổi số (TT 02/2023/TT-BTTTT).' });
  }
  return events.filter((e) => e.date >= from && e.date <= until).sort((x, y) => x.date.localeCompare(y.date) || x.uid.localeCompare(y.uid));
}

const compact = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => addDays(iso, 1);

export interface IcsOptions {
  /** A reminder this many days before each event (a VALARM); none when absent or 0. */
  reminderDays?: number;
}

export function toIcs(events: readonly CalendarEvent[], stamp: string, options: IcsOptions = {}): string {
  const days = options.reminderDays ?? 0;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cam ket//Cam ket//VI', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Cam kết – chỉ tiêu năm và các thời hạn'];
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
      ...(days > 0 ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.summary)}`, `TRIGGER:-P${days}D`, 'END:VALARM'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

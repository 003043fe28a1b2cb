import type { Status } from '../domain/status/engine';

/** Fill colours for charts (badges use the tints in styles.css). */
export const STATUS_COLORS: Record<Status, string> = {
  achieved: '#2e7d32',
  'achieved-late': '#7cb342',
  'reached-then-lost': '#c77700',
  'on-track': '#1e8a7a',
  'needs-acceleration': '#f2a900',
  'off-track': '#e53935',
  overdue: '#8e0000',
  'period-ended': '#a1887f',
  'not-started': '#9e9e9e',
  'no-report': '#bdbdbd',
  'no-recent-data': '#7e57c2',
  'no-target': '#d0d0d0',
  paused: '#78909c',
  dropped: '#424242',
  'final-achieved': '#1b5e20',
  'final-partly': '#827717',
  'final-not-achieved': '#b71c1c',
  'carried-over': '#0d47a1',
  'closed-unassessed': '#616161',
};

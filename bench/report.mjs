// @ts-check
// The figures of one bench run, their baseline (bench/baseline.json), and the
// tables they are printed in. A figure is a number named by section, row and
// column; the baseline holds the same names, so each figure prints beside its
// change since the baseline was recorded.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** @typedef {'percent' | 'points'} ChangeKind */
/** @typedef {keyof typeof UNITS} Unit */
/** @typedef {string | { name: string, unit?: Unit }} Spec a row or column: a name, or a name with its unit */
/** @typedef {{ recorded?: string, environment?: unknown, figures?: Record<string, number> }} Baseline */

/**
 * How each kind of figure is shown, and how its change is worded.
 * @satisfies {Record<string, { format: (v: number) => string, change: ChangeKind }>}
 */
const UNITS = {
  /** Stored in bytes, shown in KB. */
  bytes: { format: (v) => (v / 1024).toFixed(1), change: 'percent' },
  /** Stored in bytes, shown in MB. */
  megabytes: { format: (v) => (v / 1024 / 1024).toFixed(2), change: 'percent' },
  count: { format: (v) => String(Math.round(v)), change: 'percent' },
  seconds: { format: (v) => v.toFixed(1), change: 'percent' },
  ms: { format: (v) => v.toFixed(2), change: 'percent' },
  ratio: { format: (v) => v.toFixed(2), change: 'percent' },
  /** Lighthouse scores, 0–100: their change is in points, not percent. */
  score: { format: (v) => String(Math.round(v)), change: 'points' },
  /** Figures kept as they were before this bench existed, e.g. KB with one decimal. */
  plain: { format: (v) => String(v), change: 'percent' },
};

/** @type {(section: string, row: string, column: string) => string} */
const key = (section, row, column) => `${section} | ${row} | ${column}`;

/**
 * The change from `was` to `now`, e.g. "+3.1%", "-2 pts", "±0".
 * @example describeChange(103.1, 100) // '+3.1%'
 * @param {number} now
 * @param {number | null | undefined} was
 * @param {ChangeKind} kind
 */
export function describeChange(now, was, kind = 'percent') {
  if (was === undefined || was === null) return 'new';
  if (now === was) return '±0';
  if (kind === 'points') return `${now > was ? '+' : ''}${Math.round(now - was)} pts`;
  if (was === 0) return 'was 0';
  const percent = ((now - was) / Math.abs(was)) * 100;
  if (Math.abs(percent) < 0.05) return '±0.0%';
  return `${percent > 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

export class Report {
  /** @param {string} baselinePath bench/baseline.json; a missing file means no changes are shown. */
  constructor(baselinePath) {
    this.baselinePath = baselinePath;
    /** @type {Baseline | undefined} */
    this.baseline = existsSync(baselinePath) ? /** @type {Baseline} */ (JSON.parse(readFileSync(baselinePath, 'utf8'))) : undefined;
    /** @type {Record<string, number>} */
    this.figures = {};
  }

  /**
   * Records a figure; anything but a finite number is left out (shown as –).
   * @param {string} section
   * @param {string} row
   * @param {string} column
   * @param {number | undefined} value
   */
  set(section, row, column, value) {
    if (typeof value === 'number' && Number.isFinite(value)) this.figures[key(section, row, column)] = value;
  }

  /**
   * @param {string} section
   * @param {string} row
   * @param {string} column
   * @returns {number | undefined}
   */
  get(section, row, column) {
    return this.figures[key(section, row, column)];
  }

  /**
   * Prints a table of one section: a row per `rows`, a column per `columns`,
   * each cell the figure and its change since the baseline. A row or column is
   * a name or { name, unit }; a row's unit wins over its column's. `suffix(row)`
   * adds a remark after a row, such as its budget.
   * @param {string} section
   * @param {{ title: string, rows: readonly Spec[], columns: readonly Spec[], rowHeader?: string, suffix?: (row: string) => string }} layout
   */
  table(section, { title, rows: rowSpecs, columns: columnSpecs, rowHeader = '', suffix = () => '' }) {
    const baseline = this.baseline;
    const withChange = baseline !== undefined;
    /** @type {(s: Spec) => { name: string, unit?: Unit }} */
    const spec = (s) => (typeof s === 'string' ? { name: s } : s);
    const rowList = rowSpecs.map(spec);
    const columns = columnSpecs.map(spec);
    const rows = rowList.map((r) => r.name);
    const cells = rowList.map(({ name: row, unit: rowUnit }) =>
      columns.map(({ name, unit: columnUnit }) => {
        const value = this.get(section, row, name);
        if (value === undefined) return { value: '–', change: '' };
        const unit = rowUnit ?? columnUnit ?? 'plain';
        const { format, change } = UNITS[unit];
        return { value: format(value), change: baseline ? describeChange(value, baseline.figures?.[key(section, row, name)], change) : '' };
      }),
    );
    const rowWidth = Math.max(rowHeader.length, ...rows.map((r) => r.length));
    const widths = columns.map(({ name }, c) => {
      const value = Math.max(...cells.map((r) => r[c]?.value.length ?? 0));
      const change = Math.max(0, ...cells.map((r) => r[c]?.change.length ?? 0));
      return { value, change, total: Math.max(name.length, value + (change ? change + 1 : 0)) };
    });
    /** @type {(first: string, parts: string[]) => string} */
    const line = (first, parts) => `  ${first.padEnd(rowWidth)}  ${parts.join('   ')}`;
    console.log(`\n${title}${withChange ? `  (change since the baseline of ${baseline?.recorded?.slice(0, 10) ?? '?'})` : '  (no baseline yet)'}`);
    console.log(
      line(
        rowHeader,
        columns.map(({ name }, c) => name.padStart(widths[c]?.total ?? 0)),
      ).trimEnd(),
    );
    console.log(
      line(
        '-'.repeat(rowWidth),
        widths.map((w) => '-'.repeat(w.total)),
      ),
    );
    rows.forEach((row, r) => {
      const parts = (cells[r] ?? []).map((cell, c) => {
        const w = widths[c] ?? { value: 0, change: 0, total: 0 };
        const text = w.change ? `${cell.value.padStart(w.value)} ${cell.change.padEnd(w.change)}` : cell.value.padStart(w.value);
        return text.padStart(w.total);
      });
      const remark = suffix(row);
      console.log(remark ? `${line(row, parts)}${remark}` : line(row, parts).trimEnd());
    });
  }

  /**
   * Writes the figures of this run into the baseline, keeping those it did not
   * measure (e.g. the 100× build after `--quick`). Returns how many were kept.
   * @param {Record<string, unknown>} environment the machine it ran on
   */
  writeBaseline(environment) {
    const previous = this.baseline?.figures ?? {};
    const kept = Object.keys(previous).filter((k) => !(k in this.figures));
    const figures = { ...previous, ...this.figures };
    const sorted = Object.fromEntries(
      Object.keys(figures)
        .sort()
        .map((k) => [k, figures[k]]),
    );
    const file = {
      about:
        'Figures of `npm run bench`, recorded with `npm run bench -- --update-baseline`; each run prints its change from these. Keys are "section | row | column"; bytes are bytes, times seconds or ms, scores 0-100.',
      recorded: new Date().toISOString(),
      environment,
      figures: sorted,
    };
    writeFileSync(this.baselinePath, `${JSON.stringify(file, null, 2)}\n`);
    return kept.length;
  }
}

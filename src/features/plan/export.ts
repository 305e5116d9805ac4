import { toCsv, type CsvValue } from '../../lib/open-data/csv';
import type { Review } from '../../lib/review/model';
import { actionsFor, commentsFor } from './edits';
import type { ActionStatus } from '../../lib/review/plan-schema';

/*
 * The plan as files: CSV for a spreadsheet (through the site's one CSV writer,
 * with its formula guard) and plain text to paste into the Professional
 * Learning Passport. Both list the items in the plan's order (`planOrder`),
 * in the page's language (`labels`).
 */

export interface PlanLabels {
  /** Column headings, in order: item, text, level, priority, action, with whom, by, how I will know, status, look again, comments. */
  headings: readonly string[];
  level: (level: string) => string;
  status: (status: ActionStatus) => string;
  yes: string;
  no: string;
  /** The item's text in the page, or '' for one the standards no longer have. */
  text: (number: string) => string;
  /** Text lines, e.g. "With whom: {value}". */
  line: (field: 'who' | 'by' | 'measure' | 'status' | 'revisit' | 'level' | 'comment', value: string) => string;
  /** A day written out, e.g. "12 March 2026". */
  day: (day: string) => string;
  heading: (review: Review) => string;
  priorities: string;
  others: string;
  noActions: string;
  planComments: string;
}

/**
 * The review's items in the order the plan shows them: priorities first, then the rest, each in the standards' order.
 * @example planOrder(review).map((item) => item.number)
 */
export function planOrder(review: Review): Review['items'] {
  return [...review.items.filter((item) => item.priority), ...review.items.filter((item) => !item.priority)];
}

/**
 * The plan as CSV: one row per action, and a row for each item without one.
 * @example download(planToCsv(review, labels), 'plan.csv', 'text/csv;charset=utf-8')
 */
export function planToCsv(review: Review, labels: PlanLabels): string {
  const rows: CsvValue[][] = [[...labels.headings]];
  for (const item of planOrder(review)) {
    const base = [item.number, labels.text(item.number), labels.level(item.level), item.priority ? labels.yes : labels.no];
    const comments = commentsFor(review, item.number)
      .map((c) => `${c.mentor} (${c.date}): ${c.text}`)
      .join('\n');
    const actions = actionsFor(review, item.number);
    if (actions.length === 0) rows.push([...base, '', '', '', '', '', '', comments]);
    for (const action of actions) {
      rows.push([...base, action.what, action.who, action.by, action.measure, labels.status(action.status), action.revisit, comments]);
    }
  }
  return toCsv(rows);
}

function itemLines(review: Review, item: Review['items'][number], labels: PlanLabels): string[] {
  const lines = [`${item.number} ${labels.text(item.number)}`.trim(), `  ${labels.line('level', labels.level(item.level))}`];
  const actions = actionsFor(review, item.number);
  if (actions.length === 0) lines.push(`  ${labels.noActions}`);
  for (const action of actions) {
    lines.push(`  - ${action.what}`);
    if (action.who) lines.push(`    ${labels.line('who', action.who)}`);
    if (action.by) lines.push(`    ${labels.line('by', labels.day(action.by))}`);
    if (action.measure) lines.push(`    ${labels.line('measure', action.measure)}`);
    lines.push(`    ${labels.line('status', labels.status(action.status))}`);
    if (action.revisit) lines.push(`    ${labels.line('revisit', labels.day(action.revisit))}`);
  }
  for (const comment of commentsFor(review, item.number)) lines.push(`  ${labels.line('comment', `${comment.mentor}, ${labels.day(comment.date)}: ${comment.text}`)}`);
  return lines;
}

/**
 * The plan as plain text, to paste into the Professional Learning Passport.
 * @example navigator.clipboard.writeText(planToText(review, labels))
 */
export function planToText(review: Review, labels: PlanLabels): string {
  const priorities = review.items.filter((item) => item.priority);
  const others = review.items.filter((item) => !item.priority);
  const lines = [labels.heading(review), ''];
  for (const [title, items] of [
    [labels.priorities, priorities],
    [labels.others, others],
  ] as const) {
    if (items.length === 0) continue;
    lines.push(title, '');
    for (const item of items) lines.push(...itemLines(review, item, labels), '');
  }
  const general = commentsFor(review, null);
  if (general.length > 0) {
    lines.push(labels.planComments, '');
    for (const comment of general) lines.push(`${comment.mentor}, ${labels.day(comment.date)}: ${comment.text}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

import { daySchema, evidenceSchema, hasMarkup, idSchema, itemNumberSchema, itemsListedOnce, levelSchema, LIMITS, stageIdSchema, type Review } from '../../lib/review/model';
import { array, boolean, literal, nullable, object, optional, refine, string, type Infer, type Issue, type Schema } from '../../lib/review/schema';
import { pathText, readJsonText } from '../../lib/review/storage-format';
import { actionSchema, PLAN_LIMITS, type Comment } from '../../lib/review/plan-schema';

/*
 * The two files a mentee and a mentor exchange, with nothing in between:
 *
 * - the mentor file, which the mentee chooses to send: the review's items,
 *   levels, priorities and plan always; evidence only when ticked;
 * - the comments file the mentor sends back: comments on items and on the
 *   plan, with the id of the review they are about, so that comments for
 *   another review are refused rather than put beside the wrong items.
 *
 * Each carries its format and version; both are read with the review's own
 * validator, so hostile files are refused as an imported review would be.
 */

export const SHARE_FORMAT = 'arwain-mentor-share';
export const COMMENTS_FORMAT = 'arwain-mentor-comments';
export const MENTOR_VERSION = 1;

const name = (max: number) => string([(text) => !hasMarkup(text), 'contains markup'], [(text) => text.trim() !== '', 'is empty'], [(text) => text.length <= max, 'is too long']);
const id = idSchema;
const day = daySchema;

const sharedItemSchema = object({ number: itemNumberSchema, level: levelSchema, priority: boolean, evidence: optional(array(evidenceSchema, LIMITS.evidencePerItem)) });
export type SharedItem = Infer<typeof sharedItemSchema>;

export const shareSchema = refine(
  object({
    format: literal(SHARE_FORMAT),
    version: literal(MENTOR_VERSION),
    review: id,
    title: name(LIMITS.title),
    name: optional(name(LIMITS.title)),
    stage: nullable(stageIdSchema),
    date: day,
    items: array(sharedItemSchema, LIMITS.items),
    plan: array(actionSchema, PLAN_LIMITS.actions),
  }),
  (file) => itemsListedOnce(file.items),
);
/** What a mentor sees: the mentee's review and plan, as the mentee chose to share it. */
export type MentorShare = Infer<typeof shareSchema>;

const sentCommentSchema = object({ id, item: nullable(itemNumberSchema), text: name(PLAN_LIMITS.comment) });
export type SentComment = Infer<typeof sentCommentSchema>;

export const commentsFileSchema = object({
  format: literal(COMMENTS_FORMAT),
  version: literal(MENTOR_VERSION),
  review: id,
  mentor: name(PLAN_LIMITS.mentor),
  date: day,
  comments: array(sentCommentSchema, PLAN_LIMITS.comments),
});
export type CommentsFile = Infer<typeof commentsFileSchema>;

export type FileProblem = 'too-large' | 'empty' | 'not-json' | 'wrong-file' | 'newer-version' | 'unsupported-version' | 'markup' | 'invalid' | 'other-review';
export type FileResult<T> = { ok: true; file: T } | { ok: false; problem: FileProblem; at?: string };

/**
 * What the mentee shares: evidence only when `withEvidence`, a name only when given.
 * @example toShare(review, { name: 'Alys', withEvidence: false, today: '2026-03-01' })
 */
export function toShare(review: Review, options: { name: string; withEvidence: boolean; today: string }): MentorShare {
  const name = options.name.trim();
  return {
    format: SHARE_FORMAT,
    version: MENTOR_VERSION,
    review: review.id,
    title: review.title,
    ...(name ? { name } : {}),
    stage: review.stage,
    date: options.today,
    items: review.items.map((item) => ({
      number: item.number,
      level: item.level,
      priority: item.priority,
      ...(options.withEvidence && item.evidence.length > 0 ? { evidence: item.evidence } : {}),
    })),
    plan: review.plan?.actions ?? [],
  };
}

/** A file's text, as downloaded and as shown before download. */
export function fileText(file: MentorShare | CommentsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

function readFile<T>(text: string, format: string, schema: Schema<T>): FileResult<T> {
  const read = readJsonText(text);
  if (!read.ok) return read;
  const data = read.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== format) return { ok: false, problem: 'wrong-file' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > MENTOR_VERSION) return { ok: false, problem: 'newer-version' };
  if (version !== MENTOR_VERSION) return { ok: false, problem: 'unsupported-version' };
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  return failure(parsed.issues);
}

function failure(issues: readonly Issue[]): FileResult<never> {
  const markup = issues.find((issue) => issue.message === 'contains markup');
  const issue = markup ?? issues[0];
  return { ok: false, problem: markup ? 'markup' : 'invalid', ...(issue && issue.path.length > 0 ? { at: pathText(issue.path) } : {}) };
}

/**
 * Reads a mentor file, on the mentor's page.
 * @example const read = readShare(await file.text()); if (read.ok) show(read.file);
 */
export function readShare(text: string): FileResult<MentorShare> {
  return readFile(text, SHARE_FORMAT, shareSchema);
}

/**
 * Reads a comments file for the review `reviewId`; a file about another review is refused.
 * @example readComments(await file.text(), review.id)
 */
export function readComments(text: string, reviewId: string): FileResult<CommentsFile> {
  const read = readFile(text, COMMENTS_FORMAT, commentsFileSchema);
  if (read.ok && read.file.review !== reviewId) return { ok: false, problem: 'other-review' };
  return read;
}

/**
 * The comments of a file as the mentee keeps them: with the mentor's name and date, not yet done.
 * @example addComments(review, keptComments(file, now), now)
 */
export function keptComments(file: CommentsFile, now: Date): Comment[] {
  return file.comments.map((c) => ({ id: c.id, item: c.item, mentor: file.mentor, date: file.date, text: c.text, done: false, updatedAt: now.toISOString() }));
}

/**
 * The comments file a mentor downloads: only the comments written, trimmed.
 * @example commentsFile(share, 'Rhian', '2026-03-05', [{ id: 'c-1', item: '1.14', text: 'Try the case study' }])
 */
export function commentsFile(share: MentorShare, mentor: string, today: string, comments: readonly SentComment[]): CommentsFile {
  return {
    format: COMMENTS_FORMAT,
    version: MENTOR_VERSION,
    review: share.review,
    mentor: mentor.trim(),
    date: today,
    comments: comments.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text !== ''),
  };
}

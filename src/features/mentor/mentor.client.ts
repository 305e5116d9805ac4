import { findIsland } from '../../islands/island';
import { fieldError, focus, replace } from '../../islands/dom';
import { download } from '../../islands/download';
import { megabytes } from '../review/page-data';
import { dayOf, hasMarkup } from '../../lib/review/model';
import { MAX_FILE_BYTES } from '../../lib/review/storage-format';
import type { PlanPageData } from '../plan/server-data';
import { createTranslator } from '../../islands/translator';
import { withDays } from '../../islands/days';
import { PLAN_LIMITS } from '../../lib/review/plan-schema';
import { commentsFile, fileText, readShare, type MentorShare, type SentComment } from './format';
import { mentorView, type MentorView } from './mentor-view';

/*
 * The mentor's page in the browser: reads the file chosen or dropped (never
 * sending it), shows the review and plan read-only with a comment box for each
 * item and the plan, and downloads the comments. One module, loaded with the
 * page: once a file is open, nothing more is fetched.
 */

function readComments(view: MentorView, root: HTMLElement): { comments: SentComment[]; problem?: HTMLElement } {
  const comments: SentComment[] = [];
  let problem: HTMLElement | undefined;
  for (const box of root.querySelectorAll<HTMLTextAreaElement>('textarea[data-aw-comment]')) {
    const text = box.value.trim();
    const message = text.length > PLAN_LIMITS.comment ? view.t('mentor.comment.tooLong', { max: PLAN_LIMITS.comment }) : hasMarkup(text) ? view.t('mentor.comment.markup') : null;
    fieldError(box, message);
    if (message) problem ??= box;
    if (text !== '') comments.push({ id: box.dataset['awId']!, item: box.dataset['awComment'] || null, text });
  }
  return { comments, ...(problem ? { problem } : {}) };
}

function send(view: MentorView, root: HTMLElement, share: MentorShare): void {
  const { t } = view;
  const name = root.querySelector<HTMLInputElement>('#aw-mentor-name')!;
  const result = root.querySelector<HTMLElement>('#aw-mentor-sent')!;
  const mentor = name.value.trim();
  const nameProblem = mentor === '' ? t('mentor.name.missing') : hasMarkup(mentor) || mentor.length > PLAN_LIMITS.mentor ? t('review.mentor.nameProblem', { max: PLAN_LIMITS.mentor }) : null;
  fieldError(name, nameProblem);
  const { comments, problem } = readComments(view, root);
  if (problem || nameProblem) return focus(problem ?? name);
  result.hidden = false;
  if (comments.length === 0) {
    result.textContent = t('mentor.send.none');
    return focus(result);
  }
  const file = `arwain-mentor-comments-${dayOf(new Date())}.json`;
  download(fileText(commentsFile(share, mentor, dayOf(new Date()), comments)), file, 'application/json');
  result.textContent = t('mentor.send.done', { file });
  focus(result);
}

function start(): void {
  const island = findIsland<PlanPageData>('mentor');
  if (!island || typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  const view: MentorView = { config: island.config, t: withDays(createTranslator(island.config), island.config.months) };
  const { t } = view;
  const input = island.part<HTMLInputElement>('file');
  const target = island.part('review');
  const open = async (file: File | undefined) => {
    if (!file) return;
    const read = file.size > MAX_FILE_BYTES ? ({ ok: false, problem: 'too-large' } as const) : readShare(await file.text());
    if (!read.ok) {
      const problem = read.problem === 'wrong-file' ? t('mentor.problem.wrong-file') : t(`review.mentor.problem.${read.problem}`, { title: '', size: megabytes(MAX_FILE_BYTES) });
      fieldError(input, t('mentor.problem.intro', { problem }));
      return focus(input);
    }
    fieldError(input, null);
    replace(target, ...mentorView(view, read.file));
    target.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      send(view, target, read.file);
    });
    focus(target.querySelector('h2'));
    const status = island.part('status');
    status.textContent = t('mentor.opened', { title: read.file.title });
  };
  input.addEventListener('change', () => void open(input.files?.[0]));
  const drop = island.part('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.dataset['awDragging'] = '';
  });
  drop.addEventListener('dragleave', () => delete drop.dataset['awDragging']);
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    delete drop.dataset['awDragging'];
    void open(event.dataTransfer?.files[0]);
  });
  island.part('nojs').hidden = true;
  island.part('app').hidden = false;
  island.root.dataset['awReady'] = '';
}

start();

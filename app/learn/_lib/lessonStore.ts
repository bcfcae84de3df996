/**
 * The page's one store of lesson progress marks (localStorage), shared by the
 * lesson pages' toggles and the trainer's progress export and import, so an
 * import shows at once wherever marks are displayed.
 */
import { createLocalStore } from '../../practice/_lib/localStore';
import { LESSON_PROGRESS_KEY, parseLessonProgress } from './progress';

export const lessonProgressStore = createLocalStore(LESSON_PROGRESS_KEY, (raw) => parseLessonProgress(raw), () => (typeof window === 'undefined' ? undefined : window.localStorage));

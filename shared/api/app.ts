import { z } from 'zod';
import { method } from './define';
import type { AppInfo, LibraryChangeMark } from '../model';

export const appApi = {
  'app.info': method(z.object({}).strict()).returns<AppInfo>(),
  /** Cheap enough to poll every second: views reload when the mark moves. */
  'app.changes': method(z.object({}).strict()).returns<LibraryChangeMark>(),
};

import { z } from 'zod';
import { method } from './define';
import type { AppInfo } from '../model';

export const appApi = {
  'app.info': method(z.object({}).strict()).returns<AppInfo>(),
  /**
   * A number that changes whenever another process (the CLI, a second window) commits to the
   * library; the renderer polls it to refresh its views. Its own writes do not move it.
   */
  'app.changes': method(z.object({}).strict()).returns<{ dataVersion: number }>(),
};

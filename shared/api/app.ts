import { z } from 'zod';
import { method } from './define';
import type { AppInfo } from '../model';

export const appApi = {
  'app.info': method(z.object({}).strict()).returns<AppInfo>(),
};

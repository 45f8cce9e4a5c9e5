import { describe, expect, it } from 'vitest';
import type { Handlers } from '../handlers';
import { withActivity } from './withActivity';

describe('activity tracking', () => {
  it('counts every call as activity except the passive ones a view polls', async () => {
    let touched = 0;
    const handlers = {
      'app.changes': () => ({ version: 1 }),
      'notes.list': () => [],
    } as unknown as Handlers;
    const tracked = withActivity(handlers, () => touched++, ['app.changes']);
    await tracked['app.changes']({});
    await tracked['app.changes']({});
    expect(touched).toBe(0);
    await tracked['notes.list']({});
    expect(touched).toBe(1);
  });
});

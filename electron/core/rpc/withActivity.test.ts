import { describe, expect, it } from 'vitest';
import type { Handlers } from '../handlers';
import { withActivity } from './withActivity';

describe('activity tracking', () => {
  it('counts every call as activity except the passive ones a view polls', async () => {
    const seen: string[] = [];
    const handlers = {
      'app.changes': () => ({ version: 1 }),
      'notes.list': () => [],
    } as unknown as Handlers;
    const tracked = withActivity(
      handlers,
      { begin: () => seen.push('begin'), end: () => seen.push('end') },
      ['app.changes'],
    );
    await tracked['app.changes']({});
    await tracked['app.changes']({});
    expect(seen).toEqual([]);
    await tracked['notes.list']({});
    expect(seen).toEqual(['begin', 'end']);
  });

  it('ends a long call only when it has finished, or failed', async () => {
    const seen: string[] = [];
    let finish = () => {};
    const handlers = {
      'sources.import': () => new Promise<void>((resolve) => (finish = resolve)),
      'notes.get': () => {
        throw new Error('no such note');
      },
    } as unknown as Handlers;
    const tracked = withActivity(handlers, {
      begin: () => seen.push('begin'),
      end: () => seen.push('end'),
    });
    const running = tracked['sources.import']({} as never);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['begin']);
    finish();
    await running;
    expect(seen).toEqual(['begin', 'end']);
    expect(() => tracked['notes.get']({} as never)).toThrow('no such note');
    expect(seen).toEqual(['begin', 'end', 'begin', 'end']);
  });
});

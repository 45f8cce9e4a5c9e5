import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openCore } from '../context';
import { createHandlers } from '../handlers';
import { dispatch } from '../rpc/dispatch';

const tempDir = useTempDirs();

describe('notes through the contract', () => {
  it('creates, saves, lists and reads a note in a real SQLite file', async () => {
    const dataDir = join(tempDir(), 'lib');
    const core = openCore({ dataDir, sample: false });
    const handlers = createHandlers(core);
    const created = await dispatch(handlers, 'notes.create', { title: 'Morning brief' });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: number } }).value.id;
    const content = JSON.stringify({ root: { type: 'root', children: [] } });
    const saved = await dispatch(handlers, 'notes.save', { id, title: 'Evening brief', content });
    expect(saved).toMatchObject({ ok: true, value: { id, title: 'Evening brief' } });
    core.close();

    const reopened = openCore({ dataDir, sample: false });
    const got = await dispatch(createHandlers(reopened), 'notes.get', { id });
    expect(got).toMatchObject({ ok: true, value: { title: 'Evening brief', content } });
    expect(await dispatch(createHandlers(reopened), 'notes.list', {})).toMatchObject({
      ok: true,
      value: [{ id, title: 'Evening brief' }],
    });
    reopened.close();
  });

  it('answers bad input, unknown notes and unknown methods with codes, not exceptions', async () => {
    const core = openCore({ dataDir: tempDir(), sample: false });
    const handlers = createHandlers(core);
    expect(await dispatch(handlers, 'notes.get', { id: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await dispatch(handlers, 'notes.get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await dispatch(handlers, 'notes.get', null)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(
      await dispatch(handlers, 'notes.save', { id: 1, title: 't', content: 'not json' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('serialized editor state') },
    });
    expect(await dispatch(handlers, 'notes.get', { id: 1, extra: true })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await dispatch(handlers, 'nope', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    core.close();
  });
});

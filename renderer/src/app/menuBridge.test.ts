import { describe, expect, it } from 'vitest';
import type { AppCommandId } from '../../../shared/commands';
import { connectMenuCommands, type CommandSource } from './menuBridge';

function fakeSource() {
  let listener: ((id: string) => void) | null = null;
  const source: CommandSource = {
    onCommand(fn) {
      listener = fn;
      return () => (listener = null);
    },
  };
  return { source, emit: (id: string) => listener?.(id), subscribed: () => listener !== null };
}

describe('menu bridge', () => {
  it('hands each app command id from the menu to the runner, and nothing else', () => {
    const { source, emit, subscribed } = fakeSource();
    const ran: AppCommandId[] = [];
    const stop = connectMenuCommands((id) => ran.push(id), source);
    emit('note.new');
    emit('export.pdf');
    emit('notes.delete');
    emit('help.about');
    expect(ran).toEqual(['note.new', 'export.pdf', 'help.about']);
    stop();
    expect(subscribed()).toBe(false);
  });

  it('does nothing where there is no desktop bridge', () => {
    const stop = connectMenuCommands(() => {
      throw new Error('no menu in the browser');
    }, undefined);
    expect(stop).toBeTypeOf('function');
  });
});

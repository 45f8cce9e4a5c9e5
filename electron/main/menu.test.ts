import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { APP_COMMANDS, type AppCommandId } from '../../shared/commands';
import { menuTemplate } from './menu';

type Item = MenuItemConstructorOptions;
const submenuOf = (item: Item): Item[] => item.submenu as Item[];
const flatten = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

function build(platform: NodeJS.Platform, development = false) {
  const sent: AppCommandId[] = [];
  const template = menuTemplate({
    platform,
    development,
    appName: 'Briefwright',
    send: (id) => sent.push(id),
  });
  return { template, sent };
}

describe('native menu', () => {
  it('lists every menu command under its menu, with its label and shortcut', () => {
    const { template } = build('linux');
    const menus = new Map(template.map((m) => [m.label!.replace('&', '').toLowerCase(), m]));
    expect([...menus.keys()]).toEqual(['file', 'edit', 'view', 'help']);
    for (const spec of APP_COMMANDS) {
      const item = flatten(template).find((i) => i.id === spec.id);
      if (!spec.menu) {
        expect(item, spec.id).toBeUndefined();
        continue;
      }
      expect(submenuOf(menus.get(spec.menu)!)).toContain(item);
      expect(item!.label).toBe(spec.label);
      expect(item!.accelerator).toBe(spec.shortcut);
    }
  });

  it('sends each command item as its id when chosen', () => {
    const { template, sent } = build('linux');
    const items = flatten(template).filter((i) => i.id);
    for (const item of items) (item.click as () => void)();
    expect(sent).toEqual(items.map((i) => i.id));
    expect(new Set(sent)).toEqual(new Set(APP_COMMANDS.filter((c) => c.menu).map((c) => c.id)));
  });

  it('keeps native editing roles, Quit, and reload only in development', () => {
    const roles = (t: Item[]) => flatten(t).flatMap((i) => (i.role ? [i.role] : []));
    const release = roles(build('linux').template);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'quit'])
      expect(release).toContain(role);
    expect(release).not.toContain('reload');
    expect(roles(build('linux', true).template)).toContain('reload');
  });

  it('gives macOS the app menu with About and Quit', () => {
    const { template } = build('darwin');
    const [appMenu, file] = template;
    expect(appMenu!.label).toBe('Briefwright');
    expect(submenuOf(appMenu!).map((i) => i.id ?? i.role)).toEqual(
      expect.arrayContaining(['help.about', 'hide', 'quit']),
    );
    expect(submenuOf(file!).map((i) => i.role)).toContain('close');
    expect(flatten(template).filter((i) => i.id === 'help.about')).toHaveLength(1);
  });
});

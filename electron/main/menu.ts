import type { MenuItemConstructorOptions } from 'electron';
import { APP_COMMANDS, type AppCommandId, type AppCommandSpec } from '../../shared/commands';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are offered only in development. */
  development: boolean;
  appName: string;
  /** Hands a chosen command to the renderer's command registry. */
  send: (id: AppCommandId) => void;
}

type MenuName = NonNullable<AppCommandSpec['menu']>;

/**
 * A command's menu item. The accelerator is shown but not registered: the renderer's registry owns
 * the keys in the desktop app and the browser alike, so a shortcut runs its command exactly once
 * and the editor's own bindings keep working.
 */
function commandItem(spec: AppCommandSpec, send: MenuOptions['send']): MenuItemConstructorOptions {
  return {
    id: spec.id,
    label: spec.label,
    ...(spec.shortcut ? { accelerator: spec.shortcut, registerAccelerator: false } : {}),
    click: () => send(spec.id),
  };
}

const inMenu = (menu: MenuName, send: MenuOptions['send'], except: AppCommandId[] = []) =>
  APP_COMMANDS.filter((spec) => spec.menu === menu && !except.includes(spec.id)).map((spec) =>
    commandItem(spec, send),
  );

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The native menu, derived from shared/commands.ts: each command listed there appears under its
 * menu with its label and shortcut, and choosing it sends its id to the renderer. Editing keys
 * (undo, copy, paste…) stay native roles so they act on whatever field has focus.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, development, appName, send } = options;
  const mac = platform === 'darwin';
  const byId = (id: AppCommandId) =>
    commandItem(
      APP_COMMANDS.find((c) => c.id === id)!,
      send,
    );

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      byId('help.about'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      ...inMenu('file', send, ['export.pdf', 'export.docx', 'library.backup']),
      separator,
      byId('export.pdf'),
      byId('export.docx'),
      separator,
      byId('library.backup'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      ...inMenu('edit', send),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      byId('view.toggleLibrary'),
      separator,
      byId('view.zoomIn'),
      byId('view.zoomOut'),
      byId('view.zoomReset'),
      separator,
      ...inMenu('view', send, [
        'view.toggleLibrary',
        'view.zoomIn',
        'view.zoomOut',
        'view.zoomReset',
      ]),
      ...(development
        ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: inMenu('help', send, mac ? ['help.about'] : []),
  };
  return [...(mac ? [appMenu] : []), file, edit, view, help];
}

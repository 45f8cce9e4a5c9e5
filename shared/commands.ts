/**
 * Every app-level user action, declared once. The renderer's command registry binds a handler to
 * each id; buttons, shortcuts, the command palette, the shortcuts sheet and the desktop menu all
 * read this list, so a menu item and its in-app shortcut are the same command with the same keys.
 *
 * Shortcuts use Electron's accelerator syntax ("CmdOrCtrl" is Cmd on macOS, Ctrl elsewhere), which
 * the renderer also parses to match key events.
 */
export interface AppCommandSpec {
  id: AppCommandId;
  label: string;
  /** Default shortcut, in accelerator syntax; absent when the command has none. */
  shortcut?: string;
  /** Where the desktop menu lists it; absent when it is not in the menu. */
  menu?: 'file' | 'edit' | 'view' | 'help';
  /**
   * Where the shortcut applies: 'app' (default) anywhere, 'reader' only while focus is in the
   * source reader (single keys such as E there must not fire while typing elsewhere).
   */
  scope?: 'app' | 'reader';
  /** False for commands that need an argument (opening a given note) and so stay out of the palette. */
  palette?: boolean;
}

export const APP_COMMAND_IDS = [
  'note.new',
  'note.open',
  'note.list',
  'editor.focus',
  'library.import',
  'export.pdf',
  'export.docx',
  'library.backup',
  'edit.find',
  'edit.replace',
  'view.toggleLibrary',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomReset',
  'view.toggleDarkMode',
  'library.focusSearch',
  'editor.insertCitation',
  'editor.moveBlockUp',
  'editor.moveBlockDown',
  'reader.saveExcerpt',
  'reader.newClaim',
  'reader.selectSentence',
  'app.commandPalette',
  'help.shortcuts',
  'help.about',
] as const;

export type AppCommandId = (typeof APP_COMMAND_IDS)[number];

export const APP_COMMANDS: readonly AppCommandSpec[] = [
  { id: 'note.new', label: 'New note', shortcut: 'CmdOrCtrl+N', menu: 'file' },
  { id: 'note.open', label: 'Open note', palette: false },
  { id: 'note.list', label: 'Notes…', menu: 'file' },
  { id: 'editor.focus', label: 'Go to the note', shortcut: 'CmdOrCtrl+Shift+L' },
  { id: 'library.import', label: 'Import…', shortcut: 'CmdOrCtrl+O', menu: 'file' },
  { id: 'export.pdf', label: 'Export PDF…', shortcut: 'CmdOrCtrl+P', menu: 'file' },
  { id: 'export.docx', label: 'Export Word…', menu: 'file' },
  { id: 'library.backup', label: 'Back up library', menu: 'file' },
  { id: 'edit.find', label: 'Find in note', shortcut: 'CmdOrCtrl+F', menu: 'edit' },
  { id: 'edit.replace', label: 'Find and replace', shortcut: 'CmdOrCtrl+H', menu: 'edit' },
  { id: 'view.toggleLibrary', label: 'Toggle library', shortcut: 'CmdOrCtrl+\\', menu: 'view' },
  { id: 'view.zoomIn', label: 'Zoom in', shortcut: 'CmdOrCtrl+=', menu: 'view' },
  { id: 'view.zoomOut', label: 'Zoom out', shortcut: 'CmdOrCtrl+-', menu: 'view' },
  { id: 'view.zoomReset', label: 'Actual size', shortcut: 'CmdOrCtrl+0', menu: 'view' },
  { id: 'view.toggleDarkMode', label: 'Dark mode', menu: 'view' },
  { id: 'library.focusSearch', label: 'Search the library', shortcut: 'CmdOrCtrl+K' },
  { id: 'editor.insertCitation', label: 'Insert from library…', shortcut: 'CmdOrCtrl+Shift+E' },
  { id: 'editor.moveBlockUp', label: 'Move block up', shortcut: 'Alt+Shift+Up' },
  { id: 'editor.moveBlockDown', label: 'Move block down', shortcut: 'Alt+Shift+Down' },
  { id: 'reader.saveExcerpt', label: 'Save selection as excerpt', shortcut: 'E', scope: 'reader' },
  { id: 'reader.newClaim', label: 'New claim from selection', shortcut: 'C', scope: 'reader' },
  { id: 'reader.selectSentence', label: 'Select sentence', shortcut: 'S', scope: 'reader' },
  { id: 'app.commandPalette', label: 'Command palette…', shortcut: 'CmdOrCtrl+Shift+P' },
  { id: 'help.shortcuts', label: 'Keyboard shortcuts', shortcut: 'F1', menu: 'help' },
  { id: 'help.about', label: 'About Briefwright', menu: 'help' },
];

export function isAppCommandId(value: unknown): value is AppCommandId {
  return typeof value === 'string' && (APP_COMMAND_IDS as readonly string[]).includes(value);
}

/**
 * The last resort when the whole interface has failed (React unmounts the tree after an error no
 * boundary caught): a calm message and a way back, instead of a blank window.
 */
export function showFatalMessage(root: HTMLElement): void {
  const box = document.createElement('div');
  box.className = 'fatal-message';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'Briefwright could not show this window.';
  const body = document.createElement('p');
  body.textContent =
    'Your library and your notes as last saved are safe. Reloading the window usually helps.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => window.location.reload());
  box.append(heading, body, reload);
  root.replaceChildren(box);
}

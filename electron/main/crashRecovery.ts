import type { RenderProcessGoneDetails } from 'electron';

export interface CrashActions {
  /** Loads the app again; it reopens the note as last autosaved and says what happened. */
  reload(): void;
  /** The window keeps failing: ask the person instead of looping. */
  giveUp(): void;
  log(message: string): void;
}

export interface CrashPolicy {
  /** More crashes than this within `withinMs` stop the automatic reloads. */
  limit?: number;
  withinMs?: number;
  now?: () => number;
}

/** The query a reloaded page receives, so it can say calmly what happened. */
export const RECOVERED_PARAM = 'recovered';

export function recoveredUrl(rendererUrl: string): string {
  const url = new URL(rendererUrl);
  url.searchParams.set(RECOVERED_PARAM, '1');
  return url.href;
}

/**
 * A renderer that crashes, is killed or runs out of memory would leave a blank window; reload it
 * instead, and stop after a few crashes in quick succession so a page that cannot start does not
 * spin forever.
 */
export function recoverFromRendererCrashes(
  contents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: RenderProcessGoneDetails) => void,
    ): unknown;
  },
  actions: CrashActions,
  policy: CrashPolicy = {},
): void {
  const limit = policy.limit ?? 3;
  const withinMs = policy.withinMs ?? 60_000;
  const now = policy.now ?? Date.now;
  let recent: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    actions.log(
      `The window's renderer stopped (${details.reason}, exit code ${details.exitCode}).`,
    );
    const at = now();
    recent = [...recent.filter((t) => at - t < withinMs), at];
    if (recent.length > limit) {
      recent = [];
      actions.giveUp();
    } else actions.reload();
  });
}

import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface PaneErrorBoundaryProps {
  /** What the pane is, for the message: "library", "note editor"… */
  name: string;
  children: ReactNode;
  /** Told once per failure (e.g. to skip a note that cannot open). */
  onFailure?: (error: Error) => void;
  /** Shown under the message; defaults to a Try again button. */
  fallbackActions?: ReactNode;
}

interface State {
  error: Error | null;
  attempt: number;
}

/**
 * Keeps a failure inside the pane where it happened: it shows what failed and lets the user try
 * again, while every other pane stays usable.
 */
export class PaneErrorBoundary extends Component<PaneErrorBoundaryProps, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} failed`, error, info.componentStack);
    this.props.onFailure?.(error);
  }

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <PaneAttempt key={attempt}>{this.props.children}</PaneAttempt>;
    return (
      <div className="pane-failed" role="alert">
        <p>
          <strong>The {this.props.name} could not be shown.</strong> The rest of Briefwright still
          works, and nothing was saved over.
        </p>
        <pre>{error.message.slice(0, 1000)}</pre>
        {this.props.fallbackActions ?? (
          <button
            type="button"
            onClick={() => this.setState({ error: null, attempt: attempt + 1 })}
          >
            Try again
          </button>
        )}
      </div>
    );
  }
}

/** Remounts the children on each attempt so they start fresh. */
function PaneAttempt({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

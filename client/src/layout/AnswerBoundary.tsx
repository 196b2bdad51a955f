import { Component, type ReactNode, Suspense } from "react";
import { ErrorState, LoadingState } from "./states";

interface BoundaryProps {
  /** A new value (e.g. a new query reference) clears the error and tries again. */
  resetKey: unknown;
  onRetry: () => void;
  children: ReactNode;
}

/** Keeps a failed answer's error inside its area, with a retry, while the rest of the view stays usable. */
class ErrorBoundary extends Component<BoundaryProps, { error: unknown; resetKey: unknown }> {
  override state = { error: undefined as unknown, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; resetKey: unknown }) {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override render() {
    return this.state.error === undefined ? (
      this.props.children
    ) : (
      <ErrorState error={this.state.error} onRetry={this.props.onRetry} />
    );
  }
}

/**
 * The area of a view that shows an answer: a loading state while it loads, also when the parameters
 * change (a new `parametersKey` mounts a new boundary, so a transition cannot keep the old answer
 * on screen without a sign), and its error with a retry when it fails.
 */
export function AnswerBoundary({
  resetKey,
  parametersKey,
  onRetry,
  children,
  loadingLabel,
}: BoundaryProps & { parametersKey: string; loadingLabel?: string }) {
  return (
    <ErrorBoundary resetKey={resetKey} onRetry={onRetry}>
      <Suspense key={parametersKey} fallback={<LoadingState label={loadingLabel} />}>
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}

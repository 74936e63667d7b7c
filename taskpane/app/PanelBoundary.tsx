import { Component, type ReactNode } from 'react';
import { ErrorBar } from '../components/ErrorBar';
import { AppError } from '../../src/errors';

/** A panel that throws while rendering (or fails to load its chunk) shows a sentence, not a blank pane. */
export class PanelBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      const message = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
      return <ErrorBar error={new AppError('panel.failed', { message })} />;
    }
    return this.props.children;
  }
}

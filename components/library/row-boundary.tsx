/**
 * One saved-list row in isolation (issue #12 F3): a stored entry with a field no code expected
 * (an imported date no Date can hold, a title that is not a string) breaks its own row only,
 * which then offers to delete it, never the whole list.
 */
import { Component, type ComponentChildren } from 'preact';
import { t } from '../../utils/library/i18n';

interface Props {
  id: string;
  index: number;
  onDelete(): void;
  children: ComponentChildren;
}

export class RowBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(err: unknown) {
    console.warn('[honbun] a saved entry could not be shown', this.props.id, err);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <li data-index={this.props.index} data-id={this.props.id} class="lib-row broken">
        <span class="lib-title">{t('libBrokenEntry')}</span>
        <div class="lib-actions">
          <button type="button" onClick={this.props.onDelete}>
            {t('libDelete')}
          </button>
        </div>
      </li>
    );
  }
}

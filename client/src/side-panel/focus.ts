/** Moves focus into the side panel: to a named field, or to its first field. Waits a frame for it to render. */
export function focusSidePanelField(name?: string): void {
  requestAnimationFrame(() => {
    const selector = name ? `[data-testid="side-panel-field-${name}"]` : '.side-panel .field-control';
    document.querySelector<HTMLElement>(selector)?.focus();
  });
}

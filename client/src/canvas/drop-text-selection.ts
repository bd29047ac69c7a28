/**
 * Drops the page's text selection as a drag of cards begins. React Flow focuses the box around the selected
 * cards (so arrow keys move them), and Chromium then keeps a collapsed caret inside it. While any caret is
 * there, Chromium recomputes the selection for every mouse move of the drag, and with 2,000 cards on the page
 * that costs more than the rest of the frame. Cards cannot hold selected text, so nothing is lost.
 */
export function dropTextSelection(): void {
  window.getSelection()?.removeAllRanges();
}

/**
 * Where the benchmark's cards sit: a grid whose central block (the cards the drag moves) is framed by alleys of
 * empty pane on all four sides, so a box selection can enclose exactly that block and a pan can start on the pane.
 * The same places feed the Roundtable board file and the bare page.
 */
export interface GridSpec {
  count: number;
  columns: number;
  cell: { w: number; h: number };
  card: { w: number; h: number };
  block: { columns: number; rows: number };
  /** Extra empty pane around the block, in flow pixels. */
  alley: number;
}

export interface Placed {
  index: number;
  x: number;
  y: number;
  inBlock: boolean;
}

export interface Grid {
  places: Placed[];
  /** The block's bounds in flow coordinates (cards included fully). */
  block: { left: number; top: number; right: number; bottom: number; count: number };
  /** The card just left of the block's first card (outside the block). */
  besideIndex: number;
}

export function layoutGrid(spec: GridSpec): Grid {
  const rows = Math.ceil(spec.count / spec.columns);
  const firstColumn = Math.floor((spec.columns - spec.block.columns) / 2);
  const firstRow = Math.floor((rows - spec.block.rows) / 2);
  const lastColumn = firstColumn + spec.block.columns;
  const lastRow = firstRow + spec.block.rows;
  const shiftX = (column: number) => (column >= firstColumn ? spec.alley : 0) + (column >= lastColumn ? spec.alley : 0);
  const shiftY = (row: number) => (row >= firstRow ? spec.alley : 0) + (row >= lastRow ? spec.alley : 0);
  const places: Placed[] = [];
  for (let index = 0; index < spec.count; index++) {
    const column = index % spec.columns;
    const row = Math.floor(index / spec.columns);
    const inBlock = column >= firstColumn && column < lastColumn && row >= firstRow && row < lastRow;
    places.push({ index, x: column * spec.cell.w + shiftX(column), y: row * spec.cell.h + shiftY(row), inBlock });
  }
  const left = firstColumn * spec.cell.w + spec.alley;
  const top = firstRow * spec.cell.h + spec.alley;
  const right = left + (spec.block.columns - 1) * spec.cell.w + spec.card.w;
  const bottom = top + (spec.block.rows - 1) * spec.cell.h + spec.card.h;
  const count = places.filter((p) => p.inBlock).length;
  if (count !== spec.block.columns * spec.block.rows) throw new Error(`the block holds ${count} cards; the grid is too small for it`);
  return { places, block: { left, top, right, bottom, count }, besideIndex: firstRow * spec.columns + firstColumn - 1 };
}

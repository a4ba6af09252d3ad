// Types for earcut 2.2.4 (the triangulator deck.gl's SolidPolygonLayer uses; it ships none).
declare module "earcut" {
  /** Triangle corner indices into `data` (x, y, ... per vertex; holes start at `holeIndices`). */
  export default function earcut(data: ArrayLike<number>, holeIndices?: ArrayLike<number> | null, dim?: number): number[];
}

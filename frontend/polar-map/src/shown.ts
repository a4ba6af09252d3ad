// What one map shows now: the visible layer ids (Python's list, or the switcher's newer ticks)
// and the deck's layer list, replaced only when a layer in it changed.

import type { Layer } from "@deck.gl/core";
import type { MapArgs, MapInstance } from "./types";

export function panelIds(data: MapArgs): string[] {
  return (data.panel ?? []).flatMap((group) => group.layers.map((layer) => layer.id));
}

/** The layers to draw: Python's list, except the switcher's layers while a tick here is newer
 * than the arguments (the rerun it started has not come back yet). */
export function shownLayers(instance: MapInstance): Set<string> {
  const { data } = instance.args;
  const shown = new Set(data.visible);
  if (!instance.ticked || instance.seq <= (data.visible_seq ?? 0)) return shown;
  for (const id of panelIds(data)) shown.delete(id);
  for (const id of instance.ticked) shown.add(id);
  return shown;
}

/** Give the deck `layers`, unless they are the layers it has: a new list, even of the same
 * layers, makes deck.gl paint another frame. */
export function setLayers(instance: MapInstance, layers: Layer[]): void {
  const drawn = (instance.deck.props.layers ?? []) as Layer[];
  if (layers.length !== drawn.length || layers.some((layer, i) => layer !== drawn[i])) instance.deck.setProps({ layers });
}

// The map's own layer switcher. A tick repaints the map in the browser at once (no round trip
// through Python first) and is then reported with a sequence number, so an older rerun that
// crosses it on the wire cannot undo it. The groups, titles, help and swatch colours come from
// Python (the layer registry); they are set as text and styles, never as HTML.

export interface PanelLayer {
  id: string;
  title: string;
  help: string;
  color: number[] | null; // RGBA 0-255 of the layer's first legend entry
}

export interface PanelGroup {
  group: string;
  layers: PanelLayer[];
}

export interface Switcher {
  element: HTMLDetailsElement;
  update(panel: PanelGroup[], shown: Set<string>): void;
}

export function createSwitcher(label: string, onTick: (id: string, on: boolean) => void): Switcher {
  const element = document.createElement("details");
  element.className = "atlas-map-layers";
  const summary = document.createElement("summary");
  element.appendChild(summary);
  const body = document.createElement("div");
  body.className = "atlas-map-layers-body";
  element.appendChild(body);
  // Wheel and drags inside the panel scroll it, not the map underneath.
  for (const type of ["wheel", "pointerdown", "pointermove", "pointerup"]) {
    element.addEventListener(type, (event) => event.stopPropagation());
  }
  let builtFor = "";
  const boxes = new Map<string, HTMLInputElement>();

  function build(panel: PanelGroup[]): void {
    body.replaceChildren();
    boxes.clear();
    for (const group of panel) {
      const heading = document.createElement("div");
      heading.className = "atlas-map-layers-group";
      heading.textContent = group.group;
      body.appendChild(heading);
      for (const layer of group.layers) {
        const row = document.createElement("label");
        row.className = "atlas-map-layers-row";
        row.title = layer.help;
        const box = document.createElement("input");
        box.type = "checkbox";
        box.dataset.layer = layer.id;
        box.addEventListener("change", () => onTick(layer.id, box.checked));
        const swatch = document.createElement("span");
        swatch.className = "atlas-map-layers-swatch";
        if (layer.color) {
          const [r, g, b, a = 255] = layer.color;
          swatch.style.background = `rgba(${r}, ${g}, ${b}, ${a / 255})`;
        }
        const title = document.createElement("span");
        title.textContent = layer.title;
        row.append(box, swatch, title);
        body.appendChild(row);
        boxes.set(layer.id, box);
      }
    }
  }

  return {
    element,
    update(panel, shown) {
      const signature = JSON.stringify(panel);
      if (signature !== builtFor) {
        build(panel);
        builtFor = signature;
      }
      let on = 0;
      for (const [id, box] of boxes) {
        box.checked = shown.has(id);
        if (box.checked) on += 1;
      }
      summary.textContent = `${label} (${on} of ${boxes.size} on)`;
    },
  };
}

// The map's "described" file: what a toggle or a camera move does not change (the published
// layers' descriptions and the layer switcher), written by Python as content-hashed JSON
// (dashboard/map/payload.py wire_args) and fetched once per URL, so a rerun does not re-send it.

interface Identified {
  id: string;
}

export interface Described<L extends Identified, P> {
  layers: L[];
  panel: P[] | null;
}

interface WireData<L extends Identified, P> {
  layers: L[]; // the inline layers (events, routes) only
  layer_order?: string[]; // every layer's id, bottom to top
  panel: P[] | null;
}

const loaded = new Map<string, Described<Identified, unknown>>();
const pending = new Set<string>();

/** The described file at `url` if it has arrived. */
export function describedFile<L extends Identified, P>(url: string): Described<L, P> | undefined {
  return loaded.get(url) as Described<L, P> | undefined;
}

/** Fetch the described file at `url` once (a failed fetch is retried by the next call), then
 * call `arrived`. */
export function loadDescribed(url: string, arrived: () => void): void {
  if (loaded.has(url) || pending.has(url)) return;
  pending.add(url);
  fetch(new URL(url, window.location.origin).href)
    .then((response) => {
      if (!response.ok) throw new Error(`map description ${url}: HTTP ${response.status}`);
      return response.json() as Promise<Described<Identified, unknown>>;
    })
    .then((described) => {
      loaded.set(url, described);
      arrived();
    })
    .catch((error) => console.error(error))
    .finally(() => pending.delete(url));
}

/** `data` with the described file's layers merged in (in `layer_order`) and its switcher. */
export function withDescribed<L extends Identified, P, D extends WireData<L, P>>(data: D, described: Described<L, P>): D {
  const byId = new Map([...described.layers, ...data.layers].map((d) => [d.id, d]));
  const order = data.layer_order ?? [...byId.keys()];
  return { ...data, layers: order.map((id) => byId.get(id)).filter((d): d is L => d !== undefined), panel: described.panel };
}

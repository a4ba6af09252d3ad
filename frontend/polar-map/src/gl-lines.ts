// Outlines as GL lines in one non-instanced draw: every segment of every path is two vertices of
// one "line-list" buffer, built once when the data arrives. deck.gl's PathLayer and LineLayer are
// instanced (one instance per segment); SwiftShader runs an instanced draw much slower per segment
// than a plain one, and outlines are most of what a frame costs (measured with redrawCost).
// A GL line is one pixel wide; a wider line (`pixelWidth` 2 or 3) is the list drawn again one
// pixel up and down (sideways for a steep segment), so 2-3 pixels wide across the screen axis.
// A dashed line (`dashPx`: dash and gap in screen pixels, the registry's pattern) keeps each
// vertex's distance along its path and drops the fragments that fall in a gap: the same shader
// program as a solid line, so dashes cost no shader compile of their own (in SwiftShader each new
// program delays the first frame).
// Plain fills (`filled`) are drawn by the same program too, as a "triangle-list" of the polygons
// tessellated by earcut (deck.gl's SolidPolygonLayer's tessellator; the same pixels): in software
// WebGL the first frame's cost is mostly compiling each shader pipeline, and this is one fewer.
import { Layer, color, picking, project32, type DefaultProps, type LayerProps, type UpdateParameters } from "@deck.gl/core";
import type { Device, Texture } from "@luma.gl/core";
import { Geometry, Model } from "@luma.gl/engine";
import earcut from "earcut";
import type { Row, XY } from "./decode";

type RGBA = [number, number, number, number];

export interface GLLinesProps {
  data: Row[]; // rows with a `path` (EPSG:3413 metres)
  getColor: RGBA | ((d: Row) => RGBA);
  pixelWidth: number; // 1 to 3
  dashPx: [number, number] | null; // dash and gap, screen pixels; null for a solid line
  filled: boolean; // rows with a `polygon` drawn as triangles (earcut), with the lines' program
  markers: Markers | null; // rows with a `position` drawn as the atlas's icon, with the lines' program
}

/** Point rows drawn as one icon of the atlas (a mask: coloured by the row), `diameter` pixels
 * across, over a rim `rim` pixels wider in `getRimColor` (none when that is null), as deck.gl's
 * IconLayer draws it: one quad per marker, the icon's alpha cutting off below `alphaCutoff`. */
export interface Markers {
  atlas: ImageBitmap;
  frame: { x: number; y: number; width: number; height: number };
  diameter: (d: Row) => number;
  rim: number;
  getRimColor: ((d: Row) => RGBA) | null;
  alphaCutoff: number;
}

const vs = `\
#version 300 es
#define SHADER_NAME gl-lines-vertex-shader
in vec3 positions;
in vec2 others;
in vec4 colors;
in float rowIndexes;
in float distances;
in vec2 offsets;
in vec2 texCoords;
out vec4 vColor;
out float vAlong;
out vec2 vTexCoord;
void main(void) {
  vAlong = distances * glLines.pixelsPerUnit; // screen pixels along the path
  vTexCoord = texCoords;
  geometry.worldPosition = positions;
  geometry.pickingColor = picking_getPickingColorFromIndex(rowIndexes);
  vec4 here = project_position_to_clipspace(positions, vec3(0.), vec3(0.), geometry.position);
  // A marker's corner: its offset from the point in screen pixels (+y up); zero for lines and fills.
  here.xy += project_pixel_size_to_clipspace(offsets) * here.w;
  if (glLines.across != 0.0) {
    // Whole pixels along the screen axis the segment crosses most steeply (others: the segment's
    // other end): up or down for a flatter segment, sideways for a steeper one. Copies shifted so
    // leave no gaps between them (a shift square to a diagonal line would), and both ends of a
    // segment, and a border two rings share, move the same way.
    vec4 there = project_position_to_clipspace(vec3(others.xy, 0.), vec3(0.), vec3(0.));
    vec2 span = abs((there.xy - here.xy) * project.viewportSize);
    vec2 across = span.x >= span.y ? vec2(0.0, 1.0) : vec2(1.0, 0.0);
    here.xy += project_pixel_size_to_clipspace(across * glLines.across) * here.w;
  }
  gl_Position = here;
  DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
  vColor = vec4(colors.rgb, colors.a * layer.opacity);
  DECKGL_FILTER_COLOR(vColor, geometry);
}
`;

const fs = `\
#version 300 es
#define SHADER_NAME gl-lines-fragment-shader
precision highp float;
uniform sampler2D iconTexture;
in vec4 vColor;
in float vAlong;
in vec2 vTexCoord;
out vec4 fragColor;
void main(void) {
  if (glLines.dash > 0.0 && mod(vAlong, glLines.dash + glLines.gap) >= glLines.dash) discard;
  fragColor = vColor;
  if (glLines.textured > 0.0) {
    // A marker: the atlas's icon as a mask (deck.gl IconLayer's pixels: colour times the icon's alpha).
    float alpha = texture(iconTexture, vTexCoord).a;
    if (alpha < glLines.alphaCutoff) discard;
    fragColor.a *= alpha;
  }
  DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;

const uniformBlock = "layout(std140) uniform glLinesUniforms {\n  float across;\n  float dash;\n  float gap;\n  float pixelsPerUnit;\n  float textured;\n  float alphaCutoff;\n} glLines;\n";
const glLinesUniforms = {
  name: "glLines",
  source: "",
  vs: uniformBlock,
  fs: uniformBlock,
  uniformTypes: { across: "f32", dash: "f32", gap: "f32", pixelsPerUnit: "f32", textured: "f32", alphaCutoff: "f32" },
} as const;

/** The pixel offsets across a line drawn 1, 2 or 3 pixels wide. */
const PASSES: Record<number, number[]> = { 1: [0], 2: [0, 1], 3: [-1, 0, 1] };

const defaultProps: DefaultProps<GLLinesProps> = {
  getColor: { type: "accessor", value: [0, 0, 0, 255] },
  pixelWidth: 1,
  dashPx: null,
  filled: false,
  markers: null,
};

function buffers(rows: Row[], getColor: GLLinesProps["getColor"]) {
  let segments = 0;
  for (const row of rows) segments += Math.max(0, (row.path as XY[]).length - 1);
  const positions = new Float32Array(segments * 6);
  const others = new Float32Array(segments * 4);
  const colors = new Uint8Array(segments * 8);
  const rowIndexes = new Float32Array(segments * 2);
  const distances = new Float32Array(segments * 2); // along the path from its start, metres
  let v = 0;
  rows.forEach((row, index) => {
    const path = row.path as XY[];
    const rgba = typeof getColor === "function" ? getColor(row) : getColor;
    let along = 0;
    for (let k = 1; k < path.length; k++) {
      const [a, b] = [path[k - 1], path[k]];
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      for (const [point, other, at] of [[a, b, along], [b, a, along + length]] as [XY, XY, number][]) {
        positions.set([point[0], point[1], 0], 3 * v);
        others.set(other, 2 * v);
        colors.set([rgba[0], rgba[1], rgba[2], rgba[3] ?? 255], 4 * v);
        rowIndexes[v] = index;
        distances[v] = at;
        v += 1;
      }
      along += length;
    }
  });
  return { positions, others, colors, rowIndexes, distances, offsets: new Float32Array(2 * v), texCoords: new Float32Array(2 * v), vertexCount: v };
}

/** Polygon rows (`polygon`: outer ring, then holes) as a triangle list in the lines' vertex
 * layout (no `others` or `distances` needed: a fill is drawn once, with no dashes). */
function fillBuffers(rows: Row[], getColor: GLLinesProps["getColor"]) {
  const triangles = rows.map((row) => {
    const rings = (row.polygon ?? []) as XY[][];
    const flat: number[] = [];
    const holes: number[] = [];
    rings.forEach((ring, r) => {
      if (r > 0) holes.push(flat.length / 2);
      for (const [x, y] of ring) flat.push(x, y);
    });
    return { flat, indices: earcut(flat, holes, 2) };
  });
  const count = triangles.reduce((sum, t) => sum + t.indices.length, 0);
  const positions = new Float32Array(count * 3);
  const others = new Float32Array(count * 2);
  const colors = new Uint8Array(count * 4);
  const rowIndexes = new Float32Array(count);
  let v = 0;
  triangles.forEach(({ flat, indices }, index) => {
    const rgba = typeof getColor === "function" ? getColor(rows[index]) : getColor;
    for (const i of indices) {
      positions.set([flat[2 * i], flat[2 * i + 1], 0], 3 * v);
      colors.set([rgba[0], rgba[1], rgba[2], rgba[3] ?? 255], 4 * v);
      rowIndexes[v] = index;
      v += 1;
    }
  });
  return { positions, others, colors, rowIndexes, distances: new Float32Array(count), offsets: new Float32Array(2 * count), texCoords: new Float32Array(2 * count), vertexCount: v };
}

const QUAD: [number, number][] = [[-1, -1], [1, -1], [1, 1], [-1, -1], [1, 1], [-1, 1]]; // two triangles, +y up

/** Point rows as icon quads (two triangles each): every rim first, then every marker over them.
 * A rim's row index is -1, so it answers no pick (deck.gl's rim layer was not pickable). */
function markerBuffers(rows: Row[], getColor: GLLinesProps["getColor"], markers: Markers) {
  const passes = markers.getRimColor ? 2 : 1;
  const count = rows.length * 6 * passes;
  const positions = new Float32Array(count * 3);
  const colors = new Uint8Array(count * 4);
  const rowIndexes = new Float32Array(count);
  const offsets = new Float32Array(count * 2);
  const texCoords = new Float32Array(count * 2);
  const { frame, atlas } = markers;
  let v = 0;
  for (let pass = 0; pass < passes; pass++) {
    const rim = passes === 2 && pass === 0;
    rows.forEach((row, index) => {
      const [x, y] = row.position as XY;
      const rgba = rim ? (markers.getRimColor as (d: Row) => RGBA)(row) : typeof getColor === "function" ? getColor(row) : getColor;
      const half = (markers.diameter(row) + (rim ? markers.rim : 0)) / 2;
      for (const [cx, cy] of QUAD) {
        positions.set([x, y, 0], 3 * v);
        colors.set([rgba[0], rgba[1], rgba[2], rgba[3] ?? 255], 4 * v);
        rowIndexes[v] = rim ? -1 : index;
        offsets.set([cx * half, cy * half], 2 * v);
        // The atlas's rows run down from its top; the quad's +y is up.
        texCoords.set([(frame.x + ((cx + 1) / 2) * frame.width) / atlas.width, (frame.y + ((1 - cy) / 2) * frame.height) / atlas.height], 2 * v);
        v += 1;
      }
    });
  }
  return { positions, others: new Float32Array(count * 2), colors, rowIndexes, distances: new Float32Array(count), offsets, texCoords, vertexCount: v };
}

const ICON_SAMPLER = { minFilter: "linear", mipmapFilter: "linear", magFilter: "linear", addressModeU: "clamp-to-edge", addressModeV: "clamp-to-edge" } as const;
const atlasTextures = new WeakMap<object, WeakMap<ImageBitmap, Texture>>();
const blankTextures = new WeakMap<object, Texture>();

/** The atlas as a texture with mipmaps, as deck.gl makes one of an image prop; one per device. */
function atlasTexture(device: Device, atlas: ImageBitmap): Texture {
  let textures = atlasTextures.get(device);
  if (!textures) atlasTextures.set(device, (textures = new WeakMap()));
  let texture = textures.get(atlas);
  if (!texture) {
    texture = device.createTexture({ data: atlas, width: atlas.width, height: atlas.height, sampler: ICON_SAMPLER, mipLevels: device.getMipLevelCount(atlas.width, atlas.height) });
    texture.generateMipmapsWebGL();
    textures.set(atlas, texture);
  }
  return texture;
}

/** A 1 x 1 texture for the lines and fills, which sample none: the program's sampler is bound to something. */
function blankTexture(device: Device): Texture {
  let texture = blankTextures.get(device);
  if (!texture) blankTextures.set(device, (texture = device.createTexture({ data: new Uint8Array(4), width: 1, height: 1 })));
  return texture;
}

export class GLLinesLayer extends Layer<GLLinesProps & LayerProps> {
  static layerName = "GLLinesLayer";
  static defaultProps = defaultProps;
  declare state: { model?: Model; vertexCount: number };

  getShaders() {
    return super.getShaders({ vs, fs, modules: [project32, color, picking, glLinesUniforms] });
  }

  initializeState(): void {
    this.state = { vertexCount: 0 };
  }

  updateState(params: UpdateParameters<this>): void {
    super.updateState(params);
    const { changeFlags } = params;
    if (!changeFlags.dataChanged && !changeFlags.updateTriggersChanged && this.state.model) return;
    this.state.model?.destroy();
    const { markers, filled, data, getColor } = this.props;
    const built = markers ? markerBuffers(data, getColor, markers) : (filled ? fillBuffers : buffers)(data, getColor);
    const device = this.context.device;
    this.state.vertexCount = built.vertexCount;
    this.state.model = new Model(device, {
      ...this.getShaders(),
      id: this.props.id,
      bufferLayout: [
        { name: "positions", format: "float32x3" },
        { name: "others", format: "float32x2" },
        { name: "colors", format: "unorm8x4" },
        { name: "rowIndexes", format: "float32" },
        { name: "distances", format: "float32" },
        { name: "offsets", format: "float32x2" },
        { name: "texCoords", format: "float32x2" },
      ],
      bindings: { iconTexture: markers ? atlasTexture(device, markers.atlas) : blankTexture(device) },
      geometry: new Geometry({
        topology: filled || markers ? "triangle-list" : "line-list",
        vertexCount: built.vertexCount,
        attributes: {
          positions: { size: 3, value: built.positions },
          others: { size: 2, value: built.others },
          colors: { size: 4, value: built.colors, normalized: true },
          rowIndexes: { size: 1, value: built.rowIndexes },
          distances: { size: 1, value: built.distances },
          offsets: { size: 2, value: built.offsets },
          texCoords: { size: 2, value: built.texCoords },
        },
      }),
      isInstanced: false,
    });
  }

  draw(): void {
    const model = this.state.model;
    if (!model || !this.state.vertexCount) return;
    const [dash, gap] = this.props.dashPx ?? [0, 0];
    const pixelsPerUnit = this.context.viewport.scale; // OrthographicView: 2^zoom pixels per metre
    const { markers } = this.props;
    const passes = this.props.filled || markers ? [0] : PASSES[Math.min(3, Math.max(1, Math.round(this.props.pixelWidth)))];
    const textured = markers ? 1 : 0;
    const alphaCutoff = markers?.alphaCutoff ?? 0;
    for (const across of passes) {
      model.shaderInputs.setProps({ glLines: { across, dash, gap, pixelsPerUnit, textured, alphaCutoff } });
      model.draw(this.context.renderPass);
    }
  }
}

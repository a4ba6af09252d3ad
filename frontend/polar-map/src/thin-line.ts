// Hairline outlines as 1-px GL lines: deck.gl's LineLayer with its quad replaced by a line (one
// instance per segment), so a segment costs two runs of LineLayer's short vertex shader instead
// of PathLayer's joint geometry. In SwiftShader this roughly halves what the land and state
// outlines add to a frame (measured with redrawCost: ~300 ms -> ~120 ms each at full-Arctic zoom).
import { LineLayer } from "@deck.gl/layers";
import { Geometry, Model } from "@luma.gl/engine";

export class ThinLineLayer<D = unknown> extends LineLayer<D> {
  static layerName = "ThinLineLayer";

  protected _getModel(): Model {
    return new Model(this.context.device, {
      ...this.getShaders(),
      id: this.props.id,
      bufferLayout: this.getAttributeManager()!.getBufferLayouts(),
      geometry: new Geometry({
        topology: "line-list",
        attributes: { positions: { size: 3, value: new Float32Array([0, 0, 0, 1, 0, 0]) } },
      }),
      isInstanced: true,
    });
  }
}

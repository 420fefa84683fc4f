// Place markers: the shape says what the place is, the fill says who holds it. A contested place
// with a known holder is split diagonally between the holder's colour and the contested colour; a
// state that rests only on a claim gets a dashed dark outline. The map paints markers on a canvas
// (placelayer.js, with paintMarker below); the legend draws the same shapes as small SVG icons.
import { svg } from './dom.js';
import { placeDrawSide, typeGroup } from './model.js';

// Outlines in a 24x24 box, one per type group (see model.typeGroup), as SVG path data: the canvas
// makes them Path2D objects and the legend's icons <path> elements, so both draw the same shapes.
export const SHAPE_PATHS = {
  city: 'M6.5 3.5h11a3 3 0 0 1 3 3v11a3 3 0 0 1-3 3h-11a3 3 0 0 1-3-3v-11a3 3 0 0 1 3-3z', // rounded square
  village: 'M4.5 12a7.5 7.5 0 1 0 15 0a7.5 7.5 0 1 0-15 0z', // circle
  field: 'M12 2.5C9 7 5.5 10.8 5.5 15a6.5 6.5 0 0 0 13 0c0-4.2-3.5-8-6.5-12.5z', // drop
  airbase: 'M12 2.5l1.8 6.6 7.7 3.9v2.3l-7.7-1.9-.5 5 2.4 1.8v1.6L12 20.9l-3.7.9v-1.6l2.4-1.8-.5-5-7.7 1.9V13l7.7-3.9z', // plane
  hill: 'M12 3.5l9.5 16.5h-19z', // triangle
  road: 'M12 2.5l9.5 9.5-9.5 9.5L2.5 12z', // diamond
  other: 'M12 2.8l8.2 4.7v9L12 21.2l-8.2-4.7v-9z', // hexagon
};
/** The lower right half of the box: where a contested place shows its second colour. */
const HALF_PATH = 'M24 0V24H0z';

let clipCounter = 0;

/** Positions known only within this many km are drawn faint: a reader should not take them as surveyed. */
export const APPROX_KM = 5;

/** Pixel size of a marker icon by type group: cities read first. */
export function iconSize(group) {
  return group === 'city' ? 26 : 20;
}

/**
 * What a place's marker shows, from its properties alone: shape group and size, the side it is
 * drawn in (`placeDrawSide`), the state of its second half when contested (the contested colour
 * beside a known holder, "unknown" beside the contested colour when no holder is known), claimed
 * (dashed outline), approximate (faint).
 */
export function markerLook(props, { changed = false, selected = false } = {}) {
  const group = typeGroup(props.type);
  const side = placeDrawSide(props);
  const contested = Boolean(props.contested) || props.side === 'contested';
  return {
    group,
    size: iconSize(group),
    side,
    half: contested ? (side === 'contested' ? 'unknown' : 'contested') : null,
    contested,
    claimed: Boolean(props.claimed),
    approx: (props.precision_km ?? 0) >= APPROX_KM,
    changed: Boolean(changed),
    selected: Boolean(selected),
  };
}

/**
 * The legend's icon of a shape: an <svg> whose main shape has class `pm-shape side-<side>` (the
 * stylesheet and profile.js fill it with the side colour), plus a second, clipped copy for contested.
 */
export function placeIcon(group, drawSide, { contested = false, claimed = false } = {}) {
  const d = SHAPE_PATHS[group] ?? SHAPE_PATHS.other;
  const icon = svg('svg', { class: 'pm-icon', viewBox: '0 0 24 24', 'aria-hidden': 'true' });
  icon.append(svg('path', { d, class: `pm-shape side-${drawSide}${claimed ? ' claimed' : ''}` }));
  if (contested) {
    // Unique per icon: several icons share one document, and clip ids are global.
    const id = `pm-clip-${++clipCounter}`;
    const halfSide = drawSide === 'contested' ? 'unknown' : 'contested';
    icon.append(svg('defs', {}, svg('clipPath', { id }, svg('path', { d: HALF_PATH }))),
      svg('path', { d, class: `pm-shape pm-half side-${halfSide}${claimed ? ' claimed' : ''}`, 'clip-path': `url(#${id})` }));
  }
  return icon;
}

const PATHS = new Map();
function path2d(d) {
  let p = PATHS.get(d);
  if (!p) {
    p = new Path2D(d);
    PATHS.set(d, p);
  }
  return p;
}

/**
 * Paints one marker centred on (x, y) in canvas pixels (CSS pixels times `ratio`), `scale` times
 * its size, as the SVG icon looked: a soft shadow under it, the fill, a white outline (or the
 * side's dark one, or the claim's dashed black one), the contested half clipped over it; faint
 * when approximate, with a ring of the accent colour and a glow when selected.
 * `colours` answers `fill(side)` and `outline(side)`; `accent` is the page's accent colour.
 * Returns the colours the canvas took (as it normalises them: '#rrggbb'), for the page's test hook.
 */
export function paintMarker(ctx, look, x, y, { scale = 1, ratio = 1, colours, accent, ring = false }) {
  const size = look.size * scale;
  const k = (size / 24) * ratio;
  const left = (x - size / 2) * ratio;
  const top = (y - size / 2) * ratio;
  const shape = path2d(SHAPE_PATHS[look.group] ?? SHAPE_PATHS.other);
  const alpha = look.approx && !look.selected ? 0.5 : 1;
  const drawn = { opacity: alpha };
  const circle = (radius, opacity, width) => {
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = opacity;
    ctx.strokeStyle = accent;
    ctx.lineWidth = width;
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, 2 * Math.PI);
    ctx.stroke();
  };
  // Changed in this frame, where no pulse element is drawn: the pulse's resting ring.
  if (ring) circle((size / 2 + 2.5) * 1.3, 0.9, 3);
  if (look.selected) circle(size / 2 + 5, 1, 2);
  // The shadow: the shape once more, a pixel lower, in translucent black (cheaper than a blur).
  ctx.setTransform(k, 0, 0, k, left, top + ratio);
  ctx.globalAlpha = alpha * 0.3;
  ctx.fillStyle = '#000000';
  ctx.fill(shape);
  const layer = (side, clip) => {
    ctx.setTransform(k, 0, 0, k, left, top);
    if (clip) {
      ctx.save();
      ctx.clip(path2d(HALF_PATH));
    }
    if (look.selected && !clip) {
      ctx.shadowColor = accent;
      ctx.shadowBlur = 6 * ratio;
    }
    ctx.globalAlpha = alpha * (look.claimed ? 0.8 : 1);
    ctx.fillStyle = colours.fill(side);
    const fill = ctx.fillStyle;
    ctx.fill(shape);
    ctx.shadowColor = 'transparent';
    ctx.shadowBlur = 0;
    ctx.globalAlpha = alpha;
    if (look.claimed) {
      ctx.strokeStyle = '#111111';
      ctx.lineWidth = 1.8;
      ctx.setLineDash([3, 2.2]);
    } else {
      ctx.strokeStyle = colours.outline(side) ?? '#ffffff';
      ctx.lineWidth = 1.6;
      ctx.setLineDash([]);
    }
    const outline = ctx.strokeStyle;
    ctx.lineJoin = 'round';
    ctx.stroke(shape);
    if (clip) ctx.restore();
    return { fill, outline };
  };
  const main = layer(look.side, false);
  drawn.fill = main.fill;
  drawn.outline = main.outline;
  if (look.half) drawn.halfFill = layer(look.half, true).fill;
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  return drawn;
}

/** Room around a marker's icon in its sprite: the outline, the shadow, the selection ring and glow, the ring at rest. */
const SPRITE_MARGIN = 10;
const sprites = new Map();

function offscreen(w, h) {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

/** A finished sprite as an ImageBitmap where the browser has them: the cheapest source to copy from. */
function bitmap(canvas) {
  return typeof canvas.transferToImageBitmap === 'function' ? canvas.transferToImageBitmap() : canvas;
}

/**
 * A marker painted once (paintMarker) into a small bitmap, kept per look and colours: a frame
 * stamps a thousand markers with a few dozen distinct looks, and copying a bitmap costs a
 * fraction of filling and stroking a path. Returns `{ image, half, drawn }`: the bitmap, its half
 * width in CSS pixels (the marker's centre is the bitmap's), and the colours `paintMarker` gave.
 */
export function markerSprite(look, { scale = 1, ratio = 1, colours, accent, ring = false }) {
  const fill = colours.fill(look.side);
  const halfFill = look.half ? colours.fill(look.half) : '';
  const outline = colours.outline(look.side) ?? '';
  const key = [look.group, look.side, look.half, look.claimed, look.approx, look.selected, scale, ratio, ring, fill, halfFill, outline, accent].join('|');
  let sprite = sprites.get(key);
  if (!sprite) {
    const half = (look.size * scale) / 2 + SPRITE_MARGIN;
    const px = Math.ceil(2 * half * ratio);
    const image = offscreen(px, px);
    const drawn = paintMarker(image.getContext('2d'), look, half, half, { scale, ratio, colours, accent, ring });
    sprite = { image: bitmap(image), half, drawn };
    if (sprites.size > 2000) sprites.clear();
    sprites.set(key, sprite);
  }
  return sprite;
}

const labelSprites = new Map();
let measurer = null;

/**
 * A label painted once into a small bitmap, kept per text and style: the text on a white halo so it
 * reads on any fill, its left edge at the bitmap's `left` and centred on its `middle` (CSS pixels).
 * Text only: canvas text is never markup. `box` is the text's extent around that anchor, from the
 * canvas's own measure of it.
 */
export function labelSprite(text, { font, colour, dir, ratio = 1 }) {
  const key = `${font}\u0000${colour}\u0000${dir}\u0000${ratio}\u0000${text}`;
  let sprite = labelSprites.get(key);
  if (!sprite) {
    measurer ??= offscreen(1, 1).getContext('2d');
    measurer.font = font;
    measurer.direction = dir;
    measurer.textAlign = 'left';
    measurer.textBaseline = 'middle';
    const m = measurer.measureText(text);
    const halo = 3;
    const left = Math.ceil(m.actualBoundingBoxLeft) + halo;
    const up = Math.ceil(m.actualBoundingBoxAscent) + halo;
    const down = Math.ceil(m.actualBoundingBoxDescent) + halo;
    const width = left + Math.ceil(m.actualBoundingBoxRight) + halo;
    const image = offscreen(Math.max(1, Math.ceil(width * ratio)), Math.max(1, Math.ceil((up + down) * ratio)));
    const ctx = image.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = font;
    ctx.direction = dir;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
    ctx.strokeText(text, left, up);
    ctx.fillStyle = colour;
    ctx.fillText(text, left, up);
    sprite = {
      image: bitmap(image), left, middle: up, width, height: up + down,
      box: [-m.actualBoundingBoxLeft, -m.actualBoundingBoxAscent, m.actualBoundingBoxRight, m.actualBoundingBoxDescent],
    };
    if (labelSprites.size > 4000) labelSprites.clear();
    labelSprites.set(key, sprite);
  }
  return sprite;
}

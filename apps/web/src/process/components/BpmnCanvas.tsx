/**
 * The bpmn-js viewer (loaded lazily: this module and bpmn-js are their own chunk). Marks done
 * steps green and current steps blue, fits the diagram to its box again whenever the box resizes,
 * and leaves bpmn-js's bpmn.io watermark where the library puts it (its licence requires it to
 * stay visible): nothing is drawn over the bottom-right corner.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

export interface BpmnCanvasProps {
  xml: string;
  /** BPMN element ids to mark as done / current. */
  done?: readonly string[];
  current?: readonly string[];
  /** Most the box may grow to; it takes the diagram's proportions up to this. */
  maxHeight?: number;
}

const MIN_HEIGHT = 200;
/** Room around the diagram (px); the bottom band is kept clear for the bpmn.io watermark. */
const TOP = 16;
const SIDE = 16;
const BOTTOM = 64;
/** Below this the labels cannot be read (phones): show part of the diagram instead. */
const MIN_SCALE = 0.6;

export default function BpmnCanvas({ xml, done = [], current = [], maxHeight = 420 }: BpmnCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [height, setHeight] = useState(maxHeight);
  const doneKey = done.join(',');
  const currentKey = current.join(',');

  useEffect(() => {
    const container = box.current;
    if (!container) return;
    const viewer = new NavigatedViewer({ container });
    let alive = true;
    let ready = false;
    const fit = () => {
      if (!ready) return;
      const width = container.clientWidth;
      const boxHeight = container.clientHeight;
      if (width === 0 || boxHeight === 0) return; // hidden (a closed tab or sheet)
      const canvas = viewer.get<Canvas>('canvas');
      canvas.resized();
      const { inner } = canvas.viewbox();
      if (inner.width <= 0 || inner.height <= 0) return;
      // Fit the whole process (never enlarged), except where that makes labels unreadable (phones):
      // then show it at a readable size around the current step, and the user drags for the rest.
      const fitScale = Math.min(1, (width - 2 * SIDE) / inner.width, (maxHeight - TOP - BOTTOM) / inner.height);
      const scale = Math.max(fitScale, MIN_SCALE);
      const w = width / scale;
      let x = inner.x - (w - inner.width) / 2;
      if (inner.width > w - (2 * SIDE) / scale) {
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        const focusId = (currentKey ? currentKey.split(',')[0] : undefined) ?? 'StartEvent_start';
        const focus = registry.get(focusId) as { x: number; width: number } | undefined;
        const cx = focus ? focus.x + focus.width / 2 : inner.x + w / 2;
        x = Math.min(Math.max(cx - w / 2, inner.x - SIDE / scale), inner.x + inner.width - w + SIDE / scale);
      }
      // The top of the diagram near the top of the box; the bottom band stays free for the watermark.
      canvas.viewbox({ x, y: inner.y - TOP / scale, width: w, height: boxHeight / scale });
      const next = Math.round(Math.min(maxHeight, Math.max(MIN_HEIGHT, inner.height * scale + TOP + BOTTOM)));
      setHeight((cur) => (Math.abs(cur - next) > 4 ? next : cur));
    };
    viewer
      .importXML(xml)
      .then(() => {
        if (!alive) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        for (const id of doneKey ? doneKey.split(',') : []) if (registry.get(id)) canvas.addMarker(id, 'gj-done');
        for (const id of currentKey ? currentKey.split(',') : []) if (registry.get(id)) canvas.addMarker(id, 'gj-current');
        ready = true;
        fit();
      })
      .catch((err: unknown) => alive && setError(err instanceof Error ? err.message : String(err)));
    // The box gets its final size after layout (tabs, drawers, phone rotation): fit again then.
    const observer = new ResizeObserver(() => fit());
    observer.observe(container);
    return () => {
      alive = false;
      observer.disconnect();
      viewer.destroy();
    };
  }, [xml, doneKey, currentKey, maxHeight]);

  return (
    <>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <div ref={box} className="gj-bpmn" style={{ height }} data-testid="bpmn-canvas" />
    </>
  );
}

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
/** Room around the diagram, and at the bottom for the bpmn.io watermark. */
const PAD = 48;
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
      if (width === 0 || container.clientHeight === 0) return; // hidden (a closed tab or sheet)
      const canvas = viewer.get<Canvas>('canvas');
      canvas.resized();
      const { inner, outer } = canvas.viewbox();
      if (inner.width <= 0 || inner.height <= 0) return;
      // Fit and centre (what bpmn-js's 'auto' centre does; its typings only take a point).
      const scale = canvas.zoom('fit-viewport', { x: inner.x + inner.width / 2, y: inner.y + inner.height / 2 });
      let wanted = (width * inner.height) / inner.width + PAD;
      if (scale < MIN_SCALE) {
        // A phone: fitting the whole process makes its labels unreadable. Show it at a readable
        // size around the current step (or the start); the user drags to see the rest.
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        const focusId = (currentKey ? currentKey.split(',')[0] : undefined) ?? 'StartEvent_start';
        const focus = registry.get(focusId) as { x: number; y: number; width: number; height: number } | undefined;
        const w = outer.width / MIN_SCALE;
        const h = outer.height / MIN_SCALE;
        const cx = focus ? focus.x + focus.width / 2 : inner.x + w / 2;
        const x = Math.min(Math.max(cx - w / 2, inner.x - 20), inner.x + inner.width - w + 20);
        canvas.viewbox({ x, y: inner.y + inner.height / 2 - h / 2, width: w, height: h });
        wanted = inner.height * MIN_SCALE + PAD;
      }
      // A wide process in a tall box leaves it mostly empty: take the diagram's proportions.
      const next = Math.round(Math.min(maxHeight, Math.max(MIN_HEIGHT, wanted)));
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

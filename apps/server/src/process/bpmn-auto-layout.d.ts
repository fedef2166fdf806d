declare module 'bpmn-auto-layout' {
  /** Adds BPMN DI (shapes and edges) to the first process of a BPMN 2.0 XML document. */
  export function layoutProcess(xml: string): Promise<string>;
}

// bpmn-moddle 10 ships types for the BPMN elements (`bpmn-moddle/types`) but none for its entry
// point; this is the little the server (tests) uses. Its export is named: `{ BpmnModdle }`.
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    [key: string]: unknown;
  }
  export interface FromXmlResult {
    rootElement: ModdleElement;
    references: unknown[];
    warnings: Array<{ message: string; [key: string]: unknown }>;
    elementsById: Record<string, ModdleElement>;
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<FromXmlResult>;
    toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
  }
}

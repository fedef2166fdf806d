/**
 * Decides a file's type from its first bytes, never from its name or the client's Content-Type.
 * Only the types on the allowed list are accepted: images, PDF and office documents.
 */
export interface Sniffed {
  mime: string;
  ext: string;
}

const startsWith = (b: Buffer, sig: number[], offset = 0) => sig.every((x, i) => b[offset + i] === x);

function zipKind(b: Buffer): Sniffed | null {
  // OOXML files are zip archives; their first entry names tell which kind. Scan the local
  // file headers' names in the first 64 KB.
  const head = b.subarray(0, 65536).toString('latin1');
  if (head.includes('word/')) return { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
  if (head.includes('xl/')) return { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' };
  if (head.includes('ppt/')) return { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', ext: 'pptx' };
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return { mime: 'application/vnd.oasis.opendocument.text', ext: 'odt' };
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return { mime: 'application/vnd.oasis.opendocument.spreadsheet', ext: 'ods' };
  return null;
}

export function sniff(b: Buffer): Sniffed | null {
  if (b.length < 4) return null;
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', ext: 'jpg' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', ext: 'png' };
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return { mime: 'image/gif', ext: 'gif' };
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return { mime: 'image/webp', ext: 'webp' };
  if (startsWith(b, [0x42, 0x4d]) && b.length > 26) return { mime: 'image/bmp', ext: 'bmp' };
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: 'application/pdf', ext: 'pdf' };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return zipKind(b);
  // OLE2 compound file: legacy .doc/.xls/.ppt (and .wps, which is the same container).
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { mime: 'application/x-ole-storage', ext: 'doc' };
  return null;
}

export const ALLOWED_DESCRIPTION = 'JPG, PNG, GIF, WebP, BMP, PDF, Word, Excel, PowerPoint, ODT/ODS';

/** Keeps only the base name and drops control and path characters; the stored name is random anyway. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^\.+/, '').trim().slice(0, 200);
  return clean || 'file';
}

// Whether bytes are one whole PNG of the expected size: the signature, then chunks
// whose lengths lead exactly to the end of the file and whose CRCs all match, opening
// with IHDR and closing with IEND. A truncated, padded or altered file fails.
import { crc32 } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isCompletePng(bytes: Uint8Array, size: { width: number; height: number }): boolean {
  if (bytes.length < SIGNATURE.length || SIGNATURE.some((byte, i) => bytes[i] !== byte)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  let offset = SIGNATURE.length;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return false;
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(offset + 8 + length)) return false;
    const name = type(offset + 4);
    if (offset === SIGNATURE.length && (name !== 'IHDR' || length !== 13 || view.getUint32(offset + 8) !== size.width || view.getUint32(offset + 12) !== size.height)) return false;
    if (name === 'IEND') return end === bytes.length;
    offset = end;
  }
  return false;
}

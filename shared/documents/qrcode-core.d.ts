/**
 * The pure core of the `qrcode` package (no fs, no canvas): the module matrix only. Imported by
 * path because the package's main entry pulls in Node's fs and PNG writers.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export type BitMatrix = { size: number; data: Uint8Array; get(row: number, col: number): number };
  export type QRCodeSymbol = { modules: BitMatrix; version: number; maskPattern: number };
  export type QRCodeCreateOptions = { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; version?: number };
  export function create(text: string, options?: QRCodeCreateOptions): QRCodeSymbol;
}

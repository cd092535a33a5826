/** subset-font (Node only; harfbuzz wasm): used by the benchmark to compare with our kept faces. */
declare module 'subset-font' {
  function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt' },
  ): Promise<Uint8Array>;
  export = subsetFont;
}

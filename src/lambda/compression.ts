// The deflate levels a layer zip can be written with (libdeflate's: 0 stores, 1 is fastest, 12 the
// smallest) and the default; kept apart from the zip writer so checking a level loads no compressor.

export const MIN_LEVEL = 0
export const MAX_LEVEL = 12
export const DEFAULT_LEVEL = 6

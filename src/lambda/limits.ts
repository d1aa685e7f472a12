// Lambda's size limits for layers: what a function and its layers may unzip to, and what a
// direct upload may carry.

/** Lambda's limit on the unzipped size of a function and all its layers. */
export const UNZIPPED_LIMIT = 262_144_000
/** Zips above this size cannot be published with a direct ZipFile upload; they go through S3. */
export const DIRECT_UPLOAD_LIMIT = 50 * 1024 * 1024

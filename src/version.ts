// The tool's own version, written into reports and tool user agents (kept equal to package.json).
export const VERSION = '0.1.0'
export const TOOL_NAME = 'lambda-layer'

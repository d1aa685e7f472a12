// Human-readable sizes and percentages shared by every rendering of the report.

const UNITS = ['B', 'KiB', 'MiB', 'GiB']

/** 1536 -> "1.5 KiB"; binary units, one decimal. */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${UNITS[unit]}`
}

export function formatPercent(value: number): string {
  return `${value.toFixed(1)}%`
}

// The way out Verify gives follows the cause: an import that fails inside the runtime's SDK set
// (a package needing a newer botocore than the runtime's) points at runtime-packages = "keep".
import { needsNewerSdk, verifyHint } from '../src/verify/verify.js'

it('tells a package needing a newer SDK than the runtime’s from other import failures', () => {
  // As seen with s3fs -> aiobotocore on python3.11 with the runtime's SDK set after the layer.
  const s3fs =
    "import s3fs fails in host python 3.11.7 with the default SDK set: ImportError: cannot import name 'MaxAttemptsSeeder' from 'botocore.retries.standard' (/cache/sdk/botocore/retries/standard.py)"
  expect(needsNewerSdk([s3fs])).toBe(true)
  expect(
    needsNewerSdk([
      "import pandas fails in host python 3.11.7: ModuleNotFoundError: No module named 'botocore.httpchecksum'"
    ])
  ).toBe(true)
  expect(
    needsNewerSdk([
      "import brokenpkg fails in host python 3.11.7: ModuleNotFoundError: No module named 'not_a_real_module_xyz'"
    ])
  ).toBe(false)
  expect(
    needsNewerSdk(["import x fails: ImportError: cannot import name 'y' from 'botocorex'"])
  ).toBe(false)
  expect(verifyHint(new Set(['packages', 'runtime-sdk']))).toContain('runtime-packages = "keep"')
  expect(verifyHint(new Set(['packages']))).not.toContain('runtime-packages')
})

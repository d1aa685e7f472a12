// What a test does when a real service it needs (moto, a Docker engine, act) is missing: on CI
// (CI=true) that is a failure; elsewhere the tests skip, with a visible warning.

/** Throws on CI; otherwise warns that `tests` are skipped and returns false. */
export function missingService(tests: string, problem: string): false {
  if (process.env.CI === 'true') throw new Error(problem)
  console.warn(`SKIPPING ${tests}: ${problem}`)
  return false
}

/** The CI cache folder where .ci/run's scripts keep services (moto's venv, act, Docker's data). */
export const CI_CACHE = process.env.LAMBDA_LAYER_CI_CACHE || '/var/cache/lambda-layer-ci'

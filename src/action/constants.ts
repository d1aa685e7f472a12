// Names of the action's inputs and outputs, in one place (they mirror action.yml).

export const Inputs = {
  ProjectDirectory: 'project-directory',
  Runtime: 'runtime',
  Architectures: 'architectures',
  Layers: 'layers',
  Layout: 'layout',
  OutputDir: 'output-dir',
  Installer: 'installer',
  Builder: 'builder',
  RuntimePackages: 'runtime-packages',
  Slim: 'slim',
  CompressionLevel: 'compression-level',
  SizeWarnPercent: 'size-warn-percent',
  Publish: 'publish',
  Regions: 'regions',
  Bucket: 'bucket',
  S3Prefix: 's3-prefix',
  License: 'license',
  GrantAccounts: 'grant-accounts',
  GrantOrganization: 'grant-organization',
  GrantPublic: 'grant-public',
  UpdateFunctions: 'update-functions',
  LayerNameTemplate: 'layer-name-template',
  Cache: 'cache',
  UploadArtifacts: 'upload-artifacts',
  RetentionDays: 'retention-days',
  Summary: 'summary',
  BuildImage: 'build-image',
  RuntimeImage: 'runtime-image',
  Verify: 'verify',
  SdkShadowing: 'sdk-shadowing',
  TestCommand: 'test-command',
  Mode: 'mode',
  LayerZips: 'layer-zips',
  Comment: 'comment',
  GithubToken: 'github-token',
  SizeGrowthWarn: 'size-growth-warn',
  SizeGrowthFail: 'size-growth-fail'
} as const

export const Outputs = {
  ReportPath: 'report-path',
  Layers: 'layers',
  Published: 'published',
  CacheHit: 'cache-hit',
  Failed: 'failed'
} as const

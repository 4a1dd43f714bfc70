/** The tool's name and version; a test keeps the version equal to package.json's. */
export const TOOL = {
  name: 'llm-env-lint',
  version: '0.1.0',
  informationUri: 'https://github.com/llm-env-lint/llm-env-lint',
  docsBaseUrl: 'https://github.com/llm-env-lint/llm-env-lint/blob/main/docs/rules'
} as const

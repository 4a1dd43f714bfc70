/** The static rules, sorted by id: the order SARIF `tool.driver.rules`, the docs index and the config see. */
import type { Rule } from './types.js'
import { rule as baseUrlEndpoint } from './base-url-endpoint.js'
import { rule as baseUrlFormat } from './base-url-format.js'
import { rule as baseUrlNotApi } from './base-url-not-api.js'
import { rule as baseUrlPath } from './base-url-path.js'
import { rule as envNameUnused } from './env-name-unused.js'
import { rule as keyListFormat } from './key-list-format.js'
import { rule as leakedKey } from './leaked-key.js'
import { rule as modelName } from './model-name.js'
import { rule as openRelay } from './open-relay.js'
import { rule as parseError } from './parse-error.js'
import { rule as providerMismatch } from './provider-mismatch.js'
import { rule as publishedDefaultSecret } from './published-default-secret.js'
import { rule as settingNoEffect } from './setting-no-effect.js'
import { rule as workflowHardcodedKey } from './workflow-hardcoded-key.js'
import { rule as workflowSecretExposure } from './workflow-secret-exposure.js'

export const rules: readonly Rule[] = [
  baseUrlEndpoint,
  baseUrlFormat,
  baseUrlNotApi,
  baseUrlPath,
  envNameUnused,
  keyListFormat,
  leakedKey,
  modelName,
  openRelay,
  parseError,
  providerMismatch,
  publishedDefaultSecret,
  settingNoEffect,
  workflowHardcodedKey,
  workflowSecretExposure
]

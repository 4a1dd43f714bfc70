import type { DetectedClient, BaseUrlVar, KeyVar } from '../clients/types.js'
import type { Entry, FileFacts, SourceKind } from '../core/types.js'

/**
 * One deployment's settings, read together: one dotenv file, one compose service, one workflow job
 * (with the workflow's env), one vercel project. Later assignments of the same key win, as in the apps.
 */
export interface Scope {
  readonly id: string
  readonly file: string
  readonly kind: SourceKind
  /** Human label: `service chatgpt-next-web`, `job deploy`, or the file name. */
  readonly label: string
  /** Live (not commented-out) entries; for a repeated key, the last one. */
  readonly entries: readonly Entry[]
  readonly client: DetectedClient
  /** Key ↔ base URL ↔ model groups found by the client's variable names and shared prefixes. */
  readonly pairs: readonly Pairing[]
}

/** A key, the base URL it is sent to, and the model it asks for, as one client reads them. */
export interface Pairing {
  readonly key?: Entry
  readonly keyVar?: KeyVar
  readonly baseUrl?: Entry
  readonly baseUrlVar?: BaseUrlVar
  readonly model?: Entry
  /** `profile` when the client's variable names paired them, `prefix` for shared prefixes (`LLM_API_KEY` ↔ `LLM_API_BASE_URL`). */
  readonly by: 'profile' | 'prefix'
}

/** The whole repository as the rules see it. */
export interface RepoModel {
  readonly files: readonly FileFacts[]
  readonly scopes: readonly Scope[]
  /** The client the repository deploys (per-scope clients may differ for client config files). */
  readonly client: DetectedClient
}

export type { SourceKind }

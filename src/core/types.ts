/**
 * The shapes every stage of the pipeline agrees on.
 *
 * Positions are 1-based lines and columns, as SARIF, GitHub annotations and actionlint use them.
 * Columns count UTF-16 code units (JavaScript string indices): an emoji is two columns, as
 * `String.prototype.length` sees it. A leading BOM is removed before parsing and never counts.
 * End positions are exclusive.
 */

export interface Position {
  readonly line: number
  readonly column: number
}

export interface Span {
  readonly start: Position
  readonly end: Position
}

export type Severity = 'error' | 'warning' | 'note'

/** Every kind of file the linter understands; `text` files are scanned for keys only. */
export type SourceKind =
  | 'dotenv'
  | 'compose'
  | 'dockerfile'
  | 'vercel'
  | 'netlify'
  | 'render'
  | 'fly'
  | 'app-json'
  | 'workflow'
  | 'claude-settings'
  | 'continue'
  | 'librechat'
  | 'codex'
  | 'codex-auth'
  | 'kubernetes'
  | 'helm'
  | 'gitlab-ci'
  | 'wrangler'
  | 'app-engine'
  | 'systemd'
  | 'shell'
  | 'mcp'
  | 'text'

/** A file handed to the core: its repository-relative path ('/' separators) and decoded text. */
export interface SourceFile {
  readonly path: string
  readonly text: string
}

/**
 * How a value is written, so rules can tell a literal from something filled in later.
 * - `literal`: the value as the app will read it.
 * - `reference`: the whole value is `${VAR}`, `$VAR`, `${{ secrets.X }}`, `${{ vars.X }}`, …
 * - `template`: a literal with references inside (`https://${HOST}/v1`); `resolved` holds the expansion when known.
 */
export type ValueForm = 'literal' | 'reference' | 'template'

/** What a `${{ … }}` or `${…}` reference points at, when it is a single reference. */
export interface ValueRef {
  /** `secrets`, `vars`, `env`, `inputs`, `github`, `matrix`, `steps`, … for workflow expressions; `shell` for `${VAR}`. */
  readonly context: string
  /** The referenced name: `OPENAI_API_KEY` in `${{ secrets.OPENAI_API_KEY }}` or `${OPENAI_API_KEY}`. */
  readonly name: string
  /** The default in `${VAR:-default}`, when written. */
  readonly fallback?: string
}

/** One setting read from a file, with exact positions of its key and value. */
export interface Entry {
  readonly file: string
  readonly kind: SourceKind
  /**
   * The scope id: entries read together by one deployment (one dotenv file, one compose service,
   * one workflow job, one vercel project). Format: `<file>` or `<file>#<name>`, e.g.
   * `docker-compose.yml#services.chatgpt-next-web`, `.github/workflows/deploy.yml#jobs.deploy`.
   */
  readonly scope: string
  /** Route to the setting inside the file: ['services', 'app', 'environment', 'BASE_URL']. */
  readonly path: readonly (string | number)[]
  /** The variable name as the app reads it: `BASE_URL`, `OPENAI_API_KEY`, `apiBase`, `base_url`. */
  readonly key: string
  readonly keySpan: Span
  /** The value as the app will see it (quotes removed where the format removes them); undefined when none is given. */
  readonly value?: string
  readonly valueSpan?: Span
  /** The value exactly as written in the file, quotes included (for format rules). */
  readonly raw?: string
  readonly form: ValueForm
  /** For `reference` values: what they point at. */
  readonly ref?: ValueRef
  /** For `template` values: the expansion when every part could be resolved within the file. */
  readonly resolved?: string
  /** The assignment is commented out (`# OPENAI_API_KEY=…`): kept for leak scanning, ignored for config logic. */
  readonly commented?: boolean
  /**
   * Format-specific facts a rule may need (e.g. compose list form keeps quotes: `{ listForm: true }`; a Kubernetes
   * Secret's `data` value decoded from the base64 written in the file, which `raw` and `valueSpan` are: `{ base64: true }`).
   */
  readonly meta?: Readonly<Record<string, string | number | boolean>>
}

/** A problem a parser met; it becomes a `parse-error` finding, never an exception. */
export interface Diagnostic {
  readonly message: string
  readonly span: Span
  /** Defaults to the `parse-error` rule's severity; files skipped by discovery are `note`. */
  readonly severity?: Severity
}

/** What a parser returns for one file. */
export interface ParseResult {
  readonly entries: readonly Entry[]
  readonly diagnostics: readonly Diagnostic[]
  /** Workflow files only: facts about triggers, jobs and steps for the workflow rules. */
  readonly workflow?: WorkflowFacts
  /** Compose `env_file:` references: the dotenv files whose entries join a service's scope. */
  readonly envFiles?: readonly EnvFileRef[]
  /** Evidence tied to one scope: the image a compose service or a container runs. */
  readonly fingerprints?: readonly Fingerprint[]
}

export interface EnvFileRef {
  /** The scope that reads the file (`docker-compose.yml#services.app`). */
  readonly scope: string
  /** Repository-relative path of the dotenv file, resolved against the compose file's folder. */
  readonly path: string
  readonly span: Span
}

/** Facts about a GitHub workflow that rules about secret exposure need. */
export interface WorkflowFacts {
  /** Event names from `on:` (`pull_request_target`, `push`, …). */
  readonly triggers: readonly string[]
  readonly triggerSpan?: Span
  readonly jobs: readonly WorkflowJob[]
}

export interface WorkflowJob {
  readonly id: string
  readonly span: Span
  /** `${{ secrets.X }}` uses anywhere in the job (env, with, run, secrets:), with where they are. */
  readonly secretUses: readonly { readonly name: string; readonly span: Span }[]
  /** The job uses `secrets: inherit` or `toJSON(secrets)`. */
  readonly allSecrets: boolean
  /** A step checks out the PR head (`ref: ${{ github.event.pull_request.head.sha }}` / `head.ref` / `refs/pull/…/merge`). */
  readonly checksOutPrHead?: Span
  /** `run:` lines that print a secret to the log (`echo ${{ secrets.X }}`, `echo $OPENAI_API_KEY` fed by a secret). */
  readonly secretEchoes: readonly { readonly name: string; readonly span: Span }[]
  /** `run:` steps present after the PR head checkout (building or running the PR's code). */
  readonly runsAfterCheckout: boolean
}

/** A possible key found by scanning raw text (any file, commented lines included). */
export interface KeyHit {
  readonly file: string
  readonly span: Span
  /** The matched token. A secret: masked by the core before anything is rendered. */
  readonly token: string
  /** Provider id from the registry (`openai`, `anthropic`, …). */
  readonly provider: string
  /** The format id that matched (`openai-project`, `anthropic-api03`, …). */
  readonly format: string
  /** The format is a shape several providers issue, and nothing around the token said whose: `provider` is a guess. */
  readonly byShape?: true
  readonly line: string
  /** Set for keys found in a commit's added lines rather than in the tree: the commit's SHA. */
  readonly commit?: string
  /** Which history the commit was read from: a pull request's commits (default) or the repository's (`--history`). */
  readonly history?: 'pull-request' | 'repository'
}

/** An inline `llm-env-lint-ignore <rule-id>[, <rule-id>]` directive; applies to its own line and the next one. */
export interface IgnoreDirective {
  readonly line: number
  /** Empty means every rule. */
  readonly rules: readonly string[]
}

/** Everything the core keeps of one file after reading it once; the file text itself is dropped. */
export interface FileFacts {
  readonly path: string
  readonly kind: SourceKind
  readonly entries: readonly Entry[]
  readonly diagnostics: readonly Diagnostic[]
  readonly keyHits: readonly KeyHit[]
  readonly ignores: readonly IgnoreDirective[]
  readonly workflow?: WorkflowFacts
  readonly envFiles?: readonly EnvFileRef[]
  /** Repository fingerprints for client detection (package name, path constants, image names). */
  readonly fingerprints: readonly Fingerprint[]
  /** Facts from commit history, not from a file in the tree (they join no scope). */
  readonly history?: boolean
  /** How its parser was chosen; unset for files scanned for keys only. */
  readonly matchedBy?: MatchedBy
  /** Git ignores the file: it was read only because `--include-ignored` asked for it, and is not committed. */
  readonly uncommitted?: boolean
  /**
   * The text of each line a setting's name or value sits on, by line number, so a fix can carry its corrected line; or,
   * for a text not much longer than its settings, `text` instead.
   */
  readonly lines?: ReadonlyMap<number, string>
  /** The whole text (after a byte order mark), kept instead of `lines` when it holds little besides its settings. */
  readonly text?: string
}

/** A parser claims a file by its name, or, for YAML no name claims, by a cheap look at its text. */
export type MatchedBy = 'name' | 'content'

/** A fact about the repository that tells which client it deploys. */
export interface Fingerprint {
  /** `package-name`, `path-constant`, `docker-image`, `file-present`. */
  readonly type: string
  readonly value: string
  readonly file: string
  /** The scope this evidence belongs to (a compose service's or a Kubernetes container's image); unset: its whole folder's. */
  readonly scope?: string
  /** An image the scope builds from the repository and only names so (a compose service with `build:`), not one it pulls. */
  readonly built?: true
}

/** A problem found, ready for the reporters once the core has masked and fingerprinted it. */
export interface Finding {
  readonly ruleId: string
  readonly messageId: string
  readonly severity: Severity
  /** What is wrong, in one sentence (the rule's message template, filled in and masked). */
  readonly message: string
  /** What to do about it (the message's tip, filled in and masked), when the rule gives one. */
  readonly tip?: string
  readonly file: string
  readonly span: Span
  /** Stable across unrelated line moves: hash of rule, file, entry path and value. */
  readonly fingerprint: string
  /** The corrected value, when the rule knows it (never a secret). */
  readonly fix?: string
  /** Where `fix` goes: the exact text it replaces (the value inside any quotes, or the name), when that is certain. */
  readonly edit?: TextEdit
  /**
   * The whole line after `edit`, for a suggestion that replaces the line (the reporters never read files). Set only
   * on one-line edits of the tree whose line holds nothing like a credential, so it needs no masking: a masked line
   * offered as a replacement would break the setting.
   */
  readonly fixedLine?: string
  /** Where the finding comes from: a file of the tree, a line a commit added (history), or a live probe. */
  readonly origin: FindingOrigin
  readonly scope?: string
  /** `baseline`: the finding is in the baseline file the run was given (`--baseline`, input `baseline`). */
  readonly suppressed?: { readonly by: 'inline' | 'config' | 'baseline'; readonly reason?: string }
}

export type FindingOrigin = 'tree' | 'history' | 'probe'

/** Replace the text in `range` (1-based, end exclusive, one line) by `replacement`. */
export interface TextEdit {
  readonly range: Span
  readonly replacement: string
}

/** What the core needs from settings (built from the config file and CLI flags or action inputs). */
export interface LintSettings {
  /** Severity overrides by rule id; `off` disables a rule. */
  readonly rules: Readonly<Record<string, Severity | 'off'>>
  /** The client to assume instead of detecting one (`nextchat`, `openai-sdk`, …). */
  readonly client?: string
  /** Extra providers and gateways from the config file, in registry shape. */
  readonly providers: readonly import('../providers/types.js').Provider[]
  /**
   * Values of the secrets the repository references, by name (the action's `secrets` input; the CLI's
   * environment with `--probe`), so rules can judge a `${{ secrets.X }}` by what it holds. Secrets: a rule
   * that shows one declares it in `secrets`, and the core masks it.
   */
  readonly secretValues?: ReadonlyMap<string, string>
  /** The texts are the git index's (`--staged`): what the next commit would hold, so messages say "staged". */
  readonly staged?: boolean
}

/** Files the discovery step did not scan, and why (reported as notes, never silently dropped). */
export interface SkippedFile {
  readonly path: string
  readonly reason: 'too-large' | 'binary' | 'symlink-outside-root' | 'unreadable'
  readonly detail?: string
}

/** A file read as configuration: its kind, and whether its name or its content said so. */
export interface ConfigFileRead {
  readonly path: string
  readonly kind: SourceKind
  readonly matchedBy: MatchedBy
  /** Git ignores it (read with `includeIgnored`). */
  readonly uncommitted?: boolean
}

/** Which files were read as configuration and which were not read at all, for `--verbose` and the JSON report. */
export interface FileInventory {
  /** Sorted by path. */
  readonly read: readonly ConfigFileRead[]
  /** Sorted by path; binary files included. */
  readonly skipped: readonly SkippedFile[]
}

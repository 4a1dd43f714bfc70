/**
 * The CLI's help text, apart from the argument parser: `--help` prints it without loading the parser's imports
 * (the probe policy and its public suffix list) or the scanner.
 */
import { FILE_FORMATS } from '../reporters/index.js'

export const USAGE = `Usage: llm-env-lint [options] [folder | file...]

Lints the LLM configuration of a repository (default folder: .): leaked keys, wrong BASE_URL,
key/provider mismatches. Files named instead of a folder are judged with the rest of the current
folder (client detection, env_file, pairing) but only their findings are reported.

Options:
  --staged                              scan what the git index holds (the next commit), not the files
                                        on disk: for pre-commit hooks
  ${`--format ${FILE_FORMATS.join('|')}`.padEnd(38)}output format (default: text)
  --fail-on error|warning|note|never    exit 1 when a finding is at or above this severity (default: error)
  --config FILE                         config file (default: .llm-env-lint.yml in the scanned folder)
  --verbose                             first list each deployment scope with its client and the evidence,
                                        the files read as configuration (kind, matched by name or content)
                                        and the files not read, with the reason
  --include-ignored                     also read the env files git ignores (.env.local); their findings
                                        say the file is not committed
  --history                             also read every commit reachable from HEAD for keys that were
                                        added and removed again (each reported once, with its commit)
  --since REF                           with --history: only the commits after REF (REF..HEAD)
  --fix                                 apply the safe fixes in place (base URLs, renamed variables,
                                        model name case), then report what is left
  --fix-dry-run                         print the safe fixes as a unified diff instead; change nothing
  -o, --output FILE                     write the report to FILE instead of stdout
  -q, --quiet                           report errors only: warnings and notes neither show nor fail
  --baseline FILE                       report only findings not in this baseline; the others are
                                        listed as suppressed in JSON and SARIF and never fail the run
  --write-baseline FILE                 record the current findings in FILE, to adopt the tool on an
                                        existing repository; they are accepted, so the exit status is 0
  -h, --help                            show this help
  -v, --version                         show the version

Live probes (opt-in; see docs/probes.md):
  --probe                               check the keys live against the provider: models list, configured
                                        models, the chat route the client builds
  --probe-hosts LIST                    more hosts that may receive a key (comma-separated); the registry's
                                        API hosts are always allowed, plain http only to listed loopback hosts
  --probe-chat                          send a real one-token completion (billed) instead of a free request
  --fail-on-indeterminate               count probes that could not decide (timeouts, 5xx) as errors
  --probe-timeout SECONDS               per request (default: 10)
  --probe-max-requests N                requests carrying a key per run, retries included (default: 50)
  --base-url URL, --model NAME          probe LLM_ENV_LINT_API_KEY at this base URL alone, for this model
  Keys are never read from the command line: a setting OPENAI_API_KEY=\${OPENAI_API_KEY} or
  \${{ secrets.OPENAI_API_KEY }} is probed with the environment variable OPENAI_API_KEY, and
  LLM_ENV_LINT_API_KEY stands for every key the settings reference.

Reports of several repositories (each from --format json, or the action's report-json output):
  llm-env-lint merge [--format F] [--fail-on S] [-o FILE] [NAME=]REPORT.json...
                                        one report whose paths start with NAME/ (default: the report's
                                        file name without .json); to lint a folder named merge: ./merge

Exit status: 0 no failing findings, 1 findings at or above --fail-on, 2 usage or config error,
3 internal error.
`

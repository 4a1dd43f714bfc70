export OPENAI_API_KEY=$CODEX_API_KEY
export OPENAI_CODEX_MODEL='gpt-5-codex'

codex

# Azure OpenAI Configuration
# Updated with actual configuration details

# Your Azure OpenAI resource endpoint
export AZURE_OPENAI_ENDPOINT="https://mh-open-ai-east-us2.openai.azure.com/"

# Your Azure OpenAI API key (you'll need to provide the actual key)
export AZURE_OPENAI_API_KEY="{{fake:hex40:vortex1}}"

# Your deployment name
export AZURE_OPENAI_DEPLOYMENT="dev-chat-ai-gpt4.1-mini"

# API version
export AZURE_OPENAI_API_VERSION="2024-10-21"

# To use these variables, run:
# source azure_openai_env_template.sh

// trimmed to the lines that build the chat model (cnkang/chatgpt-web@aacd468 apps/api/src/chatgpt/ai-sdk-chat.ts:3,36-52)
import { createOpenAI } from '@ai-sdk/openai'

function buildOpenAIModel() {
  const config = getConfig()
  const openAIConfig = config.ai.openai

  if (!openAIConfig?.apiKey) {
    throw new Error('OpenAI API key is not configured')
  }

  const provider = createOpenAI({
    apiKey: openAIConfig.apiKey,
    baseURL: openAIConfig.baseUrl,
    organization: openAIConfig.organization,
    name: openAIConfig.baseUrl ? 'openai-compatible' : 'openai',
  })

  return provider.chat(config.ai.defaultModel as never)
}

// trimmed to the lines that read the OpenAI settings (cnkang/chatgpt-web@aacd468 apps/api/src/providers/config.ts:150-154)
        openai: {
          apiKey: process.env.OPENAI_API_KEY || '',
          baseUrl: process.env.OPENAI_API_BASE_URL,
          organization: process.env.OPENAI_ORGANIZATION,
        },

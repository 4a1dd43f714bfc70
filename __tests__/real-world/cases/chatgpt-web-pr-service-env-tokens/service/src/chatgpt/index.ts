// trimmed to the lines that read OPENAI_API_BASE_URL (lines 29-30)
    if (process.env.OPENAI_API_BASE_URL && process.env.OPENAI_API_BASE_URL.trim().length > 0)
      options.apiBaseUrl = process.env.OPENAI_API_BASE_URL

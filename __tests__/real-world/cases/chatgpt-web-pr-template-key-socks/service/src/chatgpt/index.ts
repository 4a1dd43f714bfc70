// trimmed to the lines that read OPENAI_API_BASE_URL (lines 40 63 64 131 136 137 )
    const OPENAI_API_BASE_URL = process.env.OPENAI_API_BASE_URL
    if (isNotEmptyString(OPENAI_API_BASE_URL))
      options.apiBaseUrl = `${OPENAI_API_BASE_URL}/v1`
  const OPENAI_API_BASE_URL = process.env.OPENAI_API_BASE_URL
  const API_BASE_URL = isNotEmptyString(OPENAI_API_BASE_URL)
    ? OPENAI_API_BASE_URL

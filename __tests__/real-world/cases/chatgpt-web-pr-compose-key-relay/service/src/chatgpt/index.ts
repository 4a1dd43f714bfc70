// trimmed to the lines that read OPENAI_API_BASE_URL (lines 46 47 105 110 111 )
    if (isNotEmptyString(process.env.OPENAI_API_BASE_URL))
      options.apiBaseUrl = process.env.OPENAI_API_BASE_URL
  const OPENAI_API_BASE_URL = process.env.OPENAI_API_BASE_URL
  const API_BASE_URL = isNotEmptyString(OPENAI_API_BASE_URL)
    ? OPENAI_API_BASE_URL

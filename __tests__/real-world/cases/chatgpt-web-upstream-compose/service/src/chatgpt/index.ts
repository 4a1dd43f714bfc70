// trimmed to the lines that read OPENAI_API_BASE_URL (lines 41, 77-83)
    const OPENAI_API_BASE_URL = process.env.OPENAI_API_BASE_URL
    if (isNotEmptyString(OPENAI_API_BASE_URL)) {
      // if find /v1 in OPENAI_API_BASE_URL then use it
      if (OPENAI_API_BASE_URL.includes('/v1'))
        options.apiBaseUrl = `${OPENAI_API_BASE_URL}`
      else
        options.apiBaseUrl = `${OPENAI_API_BASE_URL}/v1`
    }

// trimmed to the fork's OpenRouter lines (summercat-hub/nextchat-private@cbf2a39 app/config/server.ts:191-197)
  const openaiApiKey = getApiKey(
    process.env.OPENROUTER_API_KEY || process.env.OPENAI_API_KEY,
  );
  return {
    baseUrl:
      process.env.BASE_URL ||
      (process.env.OPENROUTER_API_KEY ? OPENROUTER_BASE_URL : undefined),

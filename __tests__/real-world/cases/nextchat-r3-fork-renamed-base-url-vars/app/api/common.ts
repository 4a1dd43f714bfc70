// trimmed: the base URL lines of the fork (zyqfork/llmchat@400076e app/api/common.ts:37-49)
  let path = `${req.nextUrl.pathname}`.replaceAll("/api/openai/", "");

  let baseUrl = useServerConfig
    ? process.env.OPENAI_BASE_URL || OPENAI_BASE_URL
    : OPENAI_BASE_URL;

  if (!baseUrl.startsWith("http")) {
    baseUrl = `https://${baseUrl}`;
  }

  if (baseUrl.endsWith("/")) {
    baseUrl = baseUrl.slice(0, -1);
  }

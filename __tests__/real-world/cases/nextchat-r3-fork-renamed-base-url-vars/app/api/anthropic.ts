// trimmed: the base URL lines of the fork (zyqfork/llmchat@400076e app/api/anthropic.ts:71-83)
  let path = `${req.nextUrl.pathname}`.replaceAll(ApiPath.Anthropic, "");

  let baseUrl = useServerConfig
    ? process.env.ANTHROPIC_BASE_URL || ANTHROPIC_BASE_URL
    : ANTHROPIC_BASE_URL;

  if (!baseUrl.startsWith("http")) {
    baseUrl = `https://${baseUrl}`;
  }

  if (baseUrl.endsWith("/")) {
    baseUrl = baseUrl.slice(0, -1);
  }

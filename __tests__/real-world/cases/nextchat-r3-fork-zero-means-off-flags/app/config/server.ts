// trimmed: the fork's flag parsing (haiqinma/chat@54a4d1f app/config/server.ts:164-167,317-325)
function isEnabledEnv(value?: string): boolean {
  const normalized = value?.trim().toLowerCase();
  return normalized === "1" || normalized === "true";
}
  // ...
    isVercel: isEnabledEnv(process.env.VERCEL),

    hideUserApiKey: isEnabledEnv(process.env.HIDE_USER_API_KEY),
    hideBalanceQuery: !isEnabledEnv(process.env.ENABLE_BALANCE_QUERY),
    disableFastLink: isEnabledEnv(process.env.DISABLE_FAST_LINK),
    defaultModel,
    summarizeModel,
    visionModels,
    enableTools: isEnabledEnv(process.env.ENABLE_TOOLS),

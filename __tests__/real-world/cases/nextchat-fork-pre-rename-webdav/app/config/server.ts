// trimmed to the lines that read the variables of .env.template discussed in case.json
export const getServerSideConfig = () => {
    process.env.WHITE_WEBDEV_ENDPOINTS ?? ""
    shansingOnlineSearchUrl: process.env.SHANSING_ONLINE_SEARCH_URL ?? "",
    shansingUsernameHashKey: process.env.SHANSING_USERNAME_HASH_KEY,

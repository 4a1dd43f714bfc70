// trimmed: only the lines that tell the client (JamesFein/ChatGPT-Next-Web@5f06cbd app/constant.ts:14,173-180)
export const OPENAI_BASE_URL = "https://api.openai.com";

export const OpenaiPath = {
  ChatPath: "v1/chat/completions",
  SpeechPath: "v1/audio/speech",
  ImagePath: "v1/images/generations",
  UsagePath: "dashboard/billing/usage",
  SubsPath: "dashboard/billing/subscription",
  ListModelPath: "v1/models",
};

// trimmed: only the lines that tell the client (summercat-hub/nextchat-private@cbf2a39 app/constant.ts:14-15,181-188)
export const OPENAI_BASE_URL = "https://api.openai.com";
export const OPENROUTER_BASE_URL = "https://openrouter.ai/api";

export const OpenaiPath = {
  ChatPath: "v1/chat/completions",
  SpeechPath: "v1/audio/speech",
  ImagePath: "v1/images/generations",
  UsagePath: "dashboard/billing/usage",
  SubsPath: "dashboard/billing/subscription",
  ListModelPath: "v1/models",
};

// trimmed: only the lines that tell the client (haiqinma/chat@54a4d1f app/constant.ts:24,199-208)
export const OPENAI_BASE_URL = "https://api.openai.com";

export const OpenaiPath = {
  ChatPath: "v1/chat/completions",
  SpeechPath: "v1/audio/speech",
  ImagePath: "v1/images/generations",
  UsagePath: "dashboard/billing/usage",
  SubsPath: "dashboard/billing/subscription",
  ResponsePath: "v1/responses",
  ListModelPath: "v1/models",
  ProviderModelsPath: "api/v1/public/providers/models",
};

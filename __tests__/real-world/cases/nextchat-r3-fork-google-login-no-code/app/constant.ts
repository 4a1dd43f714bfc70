// trimmed: only the lines that tell the client (eric19960304/crossgpt@80fd325 app/constant.ts:14,170-177)
export const OPENAI_BASE_URL = "https://api.openai.com";

export const OpenaiPath = {
  ChatPath: "v1/chat/completions",
  SpeechPath: "v1/audio/speech",
  ImagePath: "v1/images/generations",
  UsagePath: "dashboard/billing/usage",
  SubsPath: "dashboard/billing/subscription",
  ListModelPath: "v1/models",
};

import { nextchatRepo, openaiSdkRepo, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/model-name.js'

const env = (text: string) => ({ ...nextchatRepo, '.env': text })

testRule(rule, {
  valid: [
    { name: 'well-formed CUSTOM_MODELS', files: env('CUSTOM_MODELS=-all,+gpt-4o,+gpt-4o@Azure=my-deploy,claude-3@anthropic,my-model@DeepSeek,gpt-4=GPT Four\n') },
    { name: 'DEFAULT_MODEL with lower-case provider id', files: env('DEFAULT_MODEL=gpt-4o@openai\n') },
    { name: 'model names may contain @ (split on the last one)', files: env('CUSTOM_MODELS=+org@team/model@openai\n') },
    { name: 'plain DEFAULT_MODEL', files: env('DEFAULT_MODEL=gpt-4o-mini\n') },
    { name: 'empty items, which NextChat drops', files: env('CUSTOM_MODELS=-all,,+gpt-4o,\n') },
    { name: 'other clients are not judged', files: { ...openaiSdkRepo, '.env': 'CUSTOM_MODELS=a, b\n' } }
  ],
  invalid: [
    {
      name: 'spaces around an item; the fix also drops the empty one',
      files: env('CUSTOM_MODELS=+gpt-4o,, -gpt-3.5-turbo\n'),
      errors: [{ messageId: 'spaces', line: 1, column: 15, fix: '+gpt-4o,-gpt-3.5-turbo', data: { item: '-gpt-3.5-turbo' } }]
    },
    {
      name: '-all after other items',
      files: env('CUSTOM_MODELS=+gpt-4o,-all\n'),
      errors: [{ messageId: 'allNotFirst', fix: '-all,+gpt-4o', data: { item: '-all' } }]
    },
    {
      name: '= without a model name',
      files: env('CUSTOM_MODELS=+=GPT\n'),
      errors: [{ messageId: 'missingName', data: { item: '+=GPT' } }]
    },
    {
      name: 'unknown provider suffix',
      files: env('CUSTOM_MODELS=+llama-3@groq\n'),
      errors: [{ messageId: 'unknownProvider', data: { provider: 'groq', item: '+llama-3@groq' } }]
    },
    {
      name: 'provider in neither id nor ServiceProvider casing',
      files: env('CUSTOM_MODELS=+my-model@Deepseek\n'),
      errors: [{ messageId: 'providerCase', data: { provider: 'Deepseek', id: 'deepseek', serviceName: 'DeepSeek' } }]
    },
    {
      name: 'DEFAULT_MODEL with a capitalised provider is silently ignored',
      files: env('DEFAULT_MODEL=gpt-4o@OpenAI\n'),
      errors: [{ messageId: 'defaultProviderCase', fix: 'gpt-4o@openai', data: { provider: 'OpenAI' } }]
    },
    {
      name: 'DEFAULT_MODEL list',
      files: env('DEFAULT_MODEL=gpt-4o,gpt-4o-mini\n'),
      errors: [{ messageId: 'defaultList', fix: 'gpt-4o' }]
    },
    {
      name: 'DEFAULT_MODEL with CUSTOM_MODELS syntax',
      files: env('DEFAULT_MODEL=+gpt-4o=GPT\n'),
      errors: [{ messageId: 'defaultSyntax', fix: 'gpt-4o' }]
    },
    {
      name: 'DEFAULT_MODEL with spaces kept by quotes',
      files: env('DEFAULT_MODEL=" gpt-4o"\n'),
      errors: [{ messageId: 'spaces', fix: 'gpt-4o' }]
    },
    {
      name: 'unknown client: NextChat names are still judged',
      files: { 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      DEFAULT_MODEL: claude@Anthropic\n' },
      errors: [{ messageId: 'defaultProviderCase', line: 4, fix: 'claude@anthropic' }]
    }
  ]
})

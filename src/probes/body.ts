/**
 * What an answer's body says, whatever shape the provider uses: OpenAI `{error:{message,type,code}}`, Anthropic
 * `{type:'error',error:{type,message},request_id}`, Google `{error:{code,message,status,details}}` (sometimes inside
 * an array), OpenRouter `{error:{code:<int>,message}}`, xAI `{code,error:'…'}`, vLLM/Ollama `{error:'…'}`, one-api
 * dashboards `{success:false,message}`, NextChat `{error:true,msg}`, and HTML or plain text from anything else.
 * Pure: no scrubbing here, the caller scrubs what it keeps.
 */
import type { HttpAnswer } from './types.js'

export interface AnswerFacts {
  /** The body parsed as JSON, when it is JSON. */
  readonly json?: unknown
  readonly html: boolean
  /** `<title>` of an HTML page. */
  readonly title?: string
  /** The provider's error message, or the start of a plain-text body. Raw: may echo the key. */
  readonly message?: string
  /** Every error code, type, status and reason found, as strings (`invalid_api_key`, `API_KEY_INVALID`). */
  readonly codes: readonly string[]
  /** A JSON error object or string is present (OpenRouter reports some failures with HTTP 200). */
  readonly hasError: boolean
  /** Ids of a models list (`data[].id`, Gemini/Ollama `models[].name`), when the body is one. */
  readonly modelIds?: readonly string[]
  /** The body is a chat reply (`choices`, or an Anthropic `message`). */
  readonly chatReply: boolean
  /** A request id carried in the body (`request_id`, one-api's `(request id: …)`, Ark's `Request id: …`). */
  readonly bodyRequestId?: string
}

type Json = Record<string, unknown>

/** Reads the facts a classifier needs out of an answer. */
export function readAnswer(answer: HttpAnswer): AnswerFacts {
  const contentType = answer.headers['content-type'] ?? ''
  const text = answer.body.trimStart()
  const html = /html/i.test(contentType) || /^<(!doctype html|html|head|body)\b/i.test(text)
  if (html) return { html, title: pageTitle(text), codes: [], hasError: false, chatReply: false }
  const json = parseJson(text, contentType)
  if (json === undefined) return { html, message: text.slice(0, 2000) || undefined, codes: [], hasError: false, chatReply: false }
  const root = (Array.isArray(json) ? json[0] : json) as Json | undefined
  const message = errorMessage(root)
  return {
    json,
    html,
    message,
    codes: errorCodes(root),
    hasError: isObject(root) && (isObject(root.error) || typeof root.error === 'string'),
    modelIds: modelIds(root),
    chatReply: isObject(root) && (Array.isArray(root.choices) || (root.type === 'message' && Array.isArray(root.content))),
    bodyRequestId: bodyRequestId(root, message)
  }
}

function parseJson(text: string, contentType: string): unknown {
  if (!/json/i.test(contentType) && !/^[[{]/.test(text)) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function errorMessage(root: Json | undefined): string | undefined {
  if (!isObject(root)) return undefined
  const error = root.error
  const candidates = [
    isObject(error) ? error.message : error,
    root.message,
    root.msg,
    root.detail,
    Array.isArray(root.errors) && isObject(root.errors[0]) ? root.errors[0].message : undefined
  ]
  return candidates.find((c): c is string => typeof c === 'string' && c.length > 0)
}

function errorCodes(root: Json | undefined): string[] {
  if (!isObject(root)) return []
  const error = isObject(root.error) ? root.error : {}
  const details = Array.isArray(error.details) ? error.details.filter(isObject).map((d) => d.reason) : []
  const values = [error.code, error.type, error.status, ...details, root.code, root.type]
  return values.filter((v) => (typeof v === 'string' && v !== '') || typeof v === 'number').map(String)
}

function modelIds(root: Json | undefined): string[] | undefined {
  if (!isObject(root)) return undefined
  const list = Array.isArray(root.data) ? root.data : Array.isArray(root.models) ? root.models : undefined
  if (!list) return undefined
  return list
    .filter(isObject)
    .map((m) => (typeof m.id === 'string' ? m.id : typeof m.name === 'string' ? m.name.replace(/^models\//, '') : ''))
    .filter(Boolean)
}

function bodyRequestId(root: Json | undefined, message: string | undefined): string | undefined {
  if (isObject(root) && typeof root.request_id === 'string') return root.request_id
  return message && /\brequest id:\s*([\w.:-]+)/i.exec(message)?.[1]
}

function pageTitle(html: string): string | undefined {
  const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(html)?.[1]?.trim()
  return title || undefined
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

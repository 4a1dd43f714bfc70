// trimmed to the lines that read OPENAI_PROXY_ENDPOINT (lines 10, 44-50)
const OPENAI_PROXY_ENDPOINT = process.env.OPENAI_PROXY_ENDPOINT || 'http://127.0.0.1:3333';
    { source: '/api/chat/google', destination: `${API_PROXY_ENDPOINT}/api/chat/google` },
    {
      source: '/api/chat/openai', destination: `${OPENAI_PROXY_ENDPOINT}/api/chat/openai`
    },
    {
      source: '/gateway/:path*', destination: `${OPENAI_PROXY_ENDPOINT}/:path*`
    }

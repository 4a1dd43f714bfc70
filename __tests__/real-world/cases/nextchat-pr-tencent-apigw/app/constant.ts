// trimmed: only the lines that tell the client


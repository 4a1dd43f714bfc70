// trimmed: eric19960304/crossgpt@80fd325 app/api/[provider]/[...path]/route.ts:20-30 (every provider route asks for a sign-in first)
async function handle(
  req: NextRequest,
  { params }: { params: { provider: string; path: string[] } },
) {
  if (req.method === "OPTIONS") {
    return NextResponse.json({ body: "OK" }, { status: 200 });
  }

  const denied = await requireSession(req);
  if (denied) return denied;


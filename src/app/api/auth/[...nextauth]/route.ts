import NextAuth from "next-auth";
import { getAuthOptions } from "~/server/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: RouteContext) {
  const response: Response = await NextAuth(req as never, context as never, getAuthOptions());
  const [action] = (await context.params).nextauth;
  if (req.method !== "POST" || action !== "signout") return response;
  // Signed out on a shared device: the browser drops what this site stored in it (drafts were
  // sent to the server before the sign-out request).
  const headers = new Headers(response.headers);
  headers.set("Clear-Site-Data", '"storage"');
  return new Response(response.body, { status: response.status, headers });
}

export { handler as GET, handler as POST };

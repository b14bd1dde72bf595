import { expect, test } from "vitest";
import {
  callerFor,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";
import { readAllPages } from "../../../tests/integration/paging";
import { CASELOAD_PAGE_SIZE } from "./schema";

test("a therapist's caseload holds only their own clients with an ACTIVE link", async () => {
  const [me, colleague] = await Promise.all([createTherapist(), createTherapist()]);
  const [mine, archived, theirs] = await Promise.all([
    createClient({ name: "Bea Mine" }),
    createClient({ name: "Cal Archived" }),
    createClient({ name: "Dee Theirs" }),
  ]);
  await linkClient(me.id, mine.id);
  await linkClient(me.id, archived.id, "ARCHIVED");
  await linkClient(colleague.id, theirs.id);

  const caseload = await callerFor(await signedIn(me)).clients.list();
  expect(caseload.items.map((c) => c.name)).toEqual(["Bea Mine"]);
  expect(caseload.items[0]).toMatchObject({ clientId: mine.id, email: mine.email });
  expect(caseload.nextCursor).toBeNull();

  const theirCaseload = await callerFor(await signedIn(colleague)).clients.list();
  expect(theirCaseload.items.map((c) => c.clientId)).toEqual([theirs.id]);
});

test("the caseload pages to its end by name, clients with the same name included", async () => {
  const me = await createTherapist();
  const count = CASELOAD_PAGE_SIZE + 5;
  // Every third client shares a name: ties must not be skipped or repeated at a page boundary.
  const clients = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      createClient({ name: `Client ${String(i - (i % 3)).padStart(2, "0")}` }),
    ),
  );
  for (const c of clients) await linkClient(me.id, c.id);
  const api = callerFor(await signedIn(me));

  const pages = await readAllPages(
    (cursor) => api.clients.list({ cursor }),
    (c) => c.clientId,
    CASELOAD_PAGE_SIZE,
  );
  expect(pages.map((p) => p.length)).toEqual([CASELOAD_PAGE_SIZE, 5]);
  const names = pages.flat().map((c) => c.name);
  expect(names).toEqual(names.toSorted());
  expect(new Set(pages.flat().map((c) => c.clientId))).toEqual(new Set(clients.map((c) => c.id)));
});

import { expect, test } from "vitest";
import {
  callerFor,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";

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
  expect(caseload.map((c) => c.name)).toEqual(["Bea Mine"]);
  expect(caseload[0]).toMatchObject({ clientId: mine.id, email: mine.email });

  const theirCaseload = await callerFor(await signedIn(colleague)).clients.list();
  expect(theirCaseload.map((c) => c.clientId)).toEqual([theirs.id]);
});

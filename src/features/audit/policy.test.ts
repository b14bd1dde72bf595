import { describe, expect, test } from "vitest";
import { actionLabel, seenRecordLabel } from "./policy";

describe("audit labels", () => {
  test("a view names the kind of record opened", () => {
    expect(actionLabel("view", "submission")).toBe("Opened a client's entry");
    expect(actionLabel("view", "progress")).toBe("Opened a client's progress page");
  });

  test("known actions read as sentences, unknown ones still say something true", () => {
    expect(actionLabel("assignments.create", "assignment")).toBe("Assigned homework");
    expect(actionLabel("something.new", "widget")).toBe("Changed widget");
  });

  test("the client's list names their own entry, or says it is gone", () => {
    expect(seenRecordLabel("submission", "Trust trigger journal")).toBe(
      "Your entry in “Trust trigger journal”",
    );
    expect(seenRecordLabel("submission", null)).toBe("An entry you have since deleted");
  });
});

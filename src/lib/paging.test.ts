import { describe, expect, test } from "vitest";
import { encodeCursor } from "./cursor";
import { hrefWith, pagerLinks, readCursor } from "./paging";

describe("readCursor", () => {
  test("keeps cursors the app made", () => {
    const cursor = encodeCursor([new Date("2026-03-09T10:59:00.000Z"), "cm4x9abc"]);
    expect(readCursor(cursor)).toBe(cursor);
  });
  test("ignores anything else, earlier formats too", () => {
    expect(readCursor(undefined)).toBeUndefined();
    expect(readCursor(["a", "b"])).toBeUndefined();
    expect(readCursor("a b")).toBeUndefined();
    expect(readCursor("cm4x9abc_1-2")).toBeUndefined();
    expect(readCursor("o:1732400000000:cm4x9abc")).toBeUndefined();
    expect(readCursor("x".repeat(101))).toBeUndefined();
  });
});

describe("hrefWith", () => {
  test("changes one parameter and keeps the others", () => {
    expect(
      hrefWith("/therapist", { clients: "c1", invitations: "i1" }, { invitations: "i2" }),
    ).toBe("/therapist?clients=c1&invitations=i2");
  });
  test("removes a parameter set to undefined, and adds the anchor", () => {
    expect(hrefWith("/s", { clientId: "a", cursor: "x" }, { cursor: undefined }, "list")).toBe(
      "/s?clientId=a#list",
    );
    expect(hrefWith("/s", {}, {})).toBe("/s");
  });
  test("encodes values", () => {
    expect(hrefWith("/a", { search: "fear & trust" }, {})).toBe("/a?search=fear+%26+trust");
  });
});

describe("pagerLinks", () => {
  const hrefFor = (cursor: string | undefined) => hrefWith("/s", { clientId: "a" }, { cursor });
  test("the first page links on only while more rows follow", () => {
    expect(pagerLinks(undefined, "c2", hrefFor)).toEqual({
      firstHref: null,
      nextHref: "/s?clientId=a&cursor=c2",
    });
    expect(pagerLinks(undefined, null, hrefFor)).toEqual({ firstHref: null, nextHref: null });
  });
  test("a later page links back to the first, and on unless it is the last", () => {
    expect(pagerLinks("c2", "c3", hrefFor)).toEqual({
      firstHref: "/s?clientId=a",
      nextHref: "/s?clientId=a&cursor=c3",
    });
    expect(pagerLinks("c3", null, hrefFor)).toEqual({ firstHref: "/s?clientId=a", nextHref: null });
  });
});

import { describe, expect, test } from "vitest";
import { createMailer, describeSendError, isPermanentRefusal } from "./mailer";

describe("SMTP failures", () => {
  test("a 5xx answer is final; 4xx, timeouts and refused connections are worth a retry", () => {
    expect(isPermanentRefusal({ responseCode: 550 })).toBe(true);
    expect(isPermanentRefusal({ responseCode: 553 })).toBe(true);
    expect(isPermanentRefusal({ responseCode: 451 })).toBe(false);
    expect(isPermanentRefusal({ code: "ECONNREFUSED" })).toBe(false);
    expect(isPermanentRefusal(new Error("boom"))).toBe(false);
    expect(isPermanentRefusal(null)).toBe(false);
  });

  test("the reason is the server's answer on one short line", () => {
    expect(describeSendError({ response: "550 5.1.1 <a@b.test>:\n  no such\tmailbox" })).toBe(
      "550 5.1.1 <a@b.test>: no such mailbox",
    );
    expect(describeSendError(new Error("connect ECONNREFUSED 127.0.0.1:1"))).toBe(
      "connect ECONNREFUSED 127.0.0.1:1",
    );
    expect(describeSendError({ response: "x".repeat(1000) })).toHaveLength(300);
    expect(describeSendError(undefined)).toBe("unknown error");
  });
});

describe("createMailer", () => {
  test("pools connections unless the URL says otherwise", () => {
    const pooled = createMailer("smtp://127.0.0.1:2525");
    expect(pooled.transporter.name).toBe("SMTP (pool)");
    pooled.close();
    const single = createMailer("smtp://127.0.0.1:2525?pool=false");
    expect(single.transporter.name).toBe("SMTP");
    single.close();
  });
});

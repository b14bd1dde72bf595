"use client";

import type { TPathErrors } from "../path-errors";
import type { TTemplateContent } from "../schema";
import { LadderBuilder } from "./ladder-builder";
import { WorksheetBuilder } from "./worksheet-builder";

/** The builder for content of either kind; the kind itself never changes here. */
export function ContentBuilder({
  value,
  onChange,
  errors,
}: {
  value: TTemplateContent;
  onChange: (next: TTemplateContent) => void;
  /** Errors below the body, keyed without the body's own prefix. */
  errors: TPathErrors;
}) {
  return value.kind === "WORKSHEET" ? (
    <WorksheetBuilder
      value={value.body}
      onChange={(body) => onChange({ kind: "WORKSHEET", body })}
      errors={errors}
    />
  ) : (
    <LadderBuilder
      value={value.body}
      onChange={(body) => onChange({ kind: "LADDER", body })}
      errors={errors}
    />
  );
}

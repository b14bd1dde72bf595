"use client";

import { useController } from "react-hook-form";
import type { TTemplateKind } from "../schema";
import { LadderBuilder } from "./ladder-builder";
import { WorksheetBuilder } from "./worksheet-builder";

/**
 * The builder for a body of either kind, held by the surrounding form under `name` ("body",
 * "content.body"); every message inside it is keyed below that name. The kind never changes here.
 */
export function ContentBuilder({ kind, name }: { kind: TTemplateKind; name: string }) {
  const { field } = useController({ name });
  return kind === "WORKSHEET" ? (
    <WorksheetBuilder name={name} value={field.value} onChange={field.onChange} />
  ) : (
    <LadderBuilder name={name} value={field.value} onChange={field.onChange} />
  );
}

"use client";

import { useEffect } from "react";
import { useController } from "react-hook-form";
import { controlClass, Field } from "~/components/ui/field";
import { useBrowserValue } from "~/lib/use-browser-value";

let zones: string[] | undefined;

/** Zone names from the browser (server and browser ICU data may differ, so never pre-rendered). */
function browserZones(): string[] {
  if (!zones) {
    const list = Intl.supportedValuesOf("timeZone");
    zones = list.includes("UTC") ? list : ["UTC", ...list];
  }
  return zones;
}
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** A labelled select of IANA time zones that starts on the browser's own zone. */
export function TimeZoneSelect({
  name,
  help = "Due times follow this zone.",
}: {
  name: string;
  help?: string;
}) {
  const { field } = useController({ name });
  const list = useBrowserValue<string[] | null>(browserZones, null);
  const initial = useBrowserValue(browserZone, "UTC");
  const { onChange } = field;
  const chosen = typeof field.value === "string" && field.value !== "";
  // The browser's zone is the starting choice once the browser's values are in (never pre-rendered).
  useEffect(() => {
    if (list && !chosen) onChange(initial);
  }, [list, chosen, initial, onChange]);
  const value = chosen ? (field.value as string) : initial;
  return (
    <Field name={name} label="Your time zone" help={help}>
      {(control) => (
        <select
          {...control}
          name={field.name}
          ref={field.ref}
          value={value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          className={`min-h-11 ${controlClass}`}
        >
          {(list ?? [value]).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

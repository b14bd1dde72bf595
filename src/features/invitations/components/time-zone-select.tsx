"use client";

import { useId } from "react";
import { FieldErrors } from "~/components/ui/field";
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
export function TimeZoneSelect({ name, errors }: { name: string; errors?: string[] }) {
  const id = useId();
  const list = useBrowserValue<string[] | null>(browserZones, null);
  const initial = useBrowserValue(browserZone, "UTC");
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Your time zone
      </label>
      <p id={`${id}-help`} className="text-sm text-slate-600">
        Due times follow this zone.
      </p>
      <select
        // Remount once the browser's zone is known, so it becomes the default selection.
        key={list ? "browser" : "server"}
        id={id}
        name={name}
        defaultValue={initial}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[`${id}-help`, errorId].filter(Boolean).join(" ")}
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
      >
        {(list ?? [initial]).map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </select>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

"use client";

import { useController } from "react-hook-form";
import { PartErrors, TextField } from "~/components/ui/field";
import type { TSchedule } from "../recurrence";

export type TScheduleKind = "once" | "daily" | "weekdays" | "none";
export type TScheduleState = {
  kind: TScheduleKind;
  /** The due date of a once schedule, the start date of a recurring one. */
  date: string;
  /** A once schedule's start date: the client sees the homework from this day. */
  start: string;
  time: string;
  weekdays: number[];
  endType: "weeks" | "until";
  weeks: string;
  until: string;
};

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Form state from a stored schedule; no schedule means self-paced only where that is allowed. */
export function scheduleStateOf(
  schedule: TSchedule | null,
  today: string,
  allowNone: boolean,
): TScheduleState {
  const base: TScheduleState = {
    kind: "daily",
    date: today,
    start: today,
    time: "20:00",
    weekdays: [],
    endType: "weeks",
    weeks: "2",
    until: "",
  };
  if (!schedule) return allowNone ? { ...base, kind: "none" } : base;
  if (schedule.kind === "once") {
    const start = schedule.startDate ?? (today < schedule.dueDate ? today : schedule.dueDate);
    return { ...base, kind: "once", date: schedule.dueDate, start, time: schedule.dueTime };
  }
  return {
    ...base,
    kind: schedule.kind,
    date: schedule.startDate,
    time: schedule.dueTime,
    weekdays: schedule.kind === "weekdays" ? schedule.weekdays : [],
    endType: schedule.end.type,
    weeks: schedule.end.type === "weeks" ? String(schedule.end.weeks) : "2",
    until: schedule.end.type === "until" ? schedule.end.date : "",
  };
}

/** The raw object the schema checks; invalid entries are left for its messages. */
export function scheduleFromState(s: TScheduleState): unknown {
  if (s.kind === "none") return null;
  if (s.kind === "once") {
    return { kind: "once", startDate: s.start, dueDate: s.date, dueTime: s.time };
  }
  const end =
    s.endType === "weeks"
      ? { type: "weeks", weeks: s.weeks === "" ? NaN : Number(s.weeks) }
      : { type: "until", date: s.until };
  const common = { startDate: s.date, dueTime: s.time, end };
  return s.kind === "daily"
    ? { kind: "daily", ...common }
    : { kind: "weekdays", weekdays: s.weekdays, ...common };
}

/**
 * The form's `schedule`, held as TScheduleState (what each kind keeps while another is chosen);
 * messages are keyed by the request's paths ("schedule.startDate"), see scheduleFromState.
 */
export function ScheduleFields({ allowNone, timeZone }: { allowNone: boolean; timeZone: string }) {
  const { field } = useController({ name: "schedule" });
  const value = field.value as TScheduleState;
  const set = (patch: Partial<TScheduleState>) => field.onChange({ ...value, ...patch });
  const kinds: [TScheduleKind, string][] = [
    ["once", "Once, on a date"],
    ["daily", "Daily"],
    ["weekdays", "On chosen weekdays"],
    ...(allowNone
      ? ([["none", "No due dates (at the client's own pace)"]] as [TScheduleKind, string][])
      : []),
  ];
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-300 p-4">
      <legend className="px-1 font-semibold">When is it due?</legend>
      <p className="text-sm text-slate-700">
        Times are in the client&apos;s time zone: {timeZone}.
      </p>
      <div className="flex flex-wrap gap-4">
        {kinds.map(([kind, label]) => (
          <label key={kind} className="flex items-center gap-2">
            <input
              type="radio"
              name="schedule-kind"
              checked={value.kind === kind}
              onChange={() => set({ kind })}
            />
            {label}
          </label>
        ))}
      </div>
      <PartErrors name="schedule" />
      {value.kind === "once" ? (
        <TextField
          name="schedule.startDate"
          label="Start date"
          help="The client sees this homework from this day on."
          type="date"
          value={value.start}
          onChange={(e) => set({ start: e.target.value })}
        />
      ) : null}
      {value.kind === "none" ? null : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name={value.kind === "once" ? "schedule.dueDate" : "schedule.startDate"}
            label={value.kind === "once" ? "Due date" : "Start date"}
            type="date"
            value={value.date}
            onChange={(e) => set({ date: e.target.value })}
          />
          <TextField
            name="schedule.dueTime"
            label="Due time"
            type="time"
            value={value.time}
            onChange={(e) => set({ time: e.target.value })}
          />
        </div>
      )}
      {value.kind === "weekdays" ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Weekdays</legend>
          <div className="flex flex-wrap gap-3">
            {WEEKDAYS.map((day, i) => (
              <label key={day} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={value.weekdays.includes(i + 1)}
                  onChange={(e) =>
                    set({
                      weekdays: e.target.checked
                        ? [...value.weekdays, i + 1]
                        : value.weekdays.filter((d) => d !== i + 1),
                    })
                  }
                />
                {day}
              </label>
            ))}
          </div>
          <PartErrors name="schedule.weekdays" />
        </fieldset>
      ) : null}
      {value.kind === "daily" || value.kind === "weekdays" ? (
        <fieldset className="flex flex-col gap-3">
          <legend className="text-sm font-medium">Ends</legend>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="end-type"
              checked={value.endType === "weeks"}
              onChange={() => set({ endType: "weeks" })}
            />
            After a number of weeks
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="end-type"
              checked={value.endType === "until"}
              onChange={() => set({ endType: "until" })}
            />
            On a date
          </label>
          {value.endType === "weeks" ? (
            <TextField
              name="schedule.end.weeks"
              label="Number of weeks"
              type="number"
              min={1}
              max={52}
              value={value.weeks}
              onChange={(e) => set({ weeks: e.target.value })}
            />
          ) : (
            <TextField
              name="schedule.end.date"
              label="End date"
              type="date"
              value={value.until}
              onChange={(e) => set({ until: e.target.value })}
            />
          )}
        </fieldset>
      ) : null}
    </fieldset>
  );
}

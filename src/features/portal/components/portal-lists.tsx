"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { TDueSection } from "~/features/assignments/due-windows";
import type { TNewFeedbackItem } from "~/features/feedback/schema";
import { formatDateTime, formatDay } from "~/lib/format";
import { loadApi } from "~/trpc/load-api";
import {
  type TPortalDoneItem,
  type TPortalDonePage,
  type TPortalLadder,
  type TPortalLadderPage,
  type TPortalTask,
  type TPortalTaskPage,
} from "../schema";
import type { TPage } from "~/lib/cursor";
import { PagedList } from "./paged-list";
import { PORTAL_PAGE_SIZE } from "../page-size";

const linkClass =
  "font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

function Item({ href, title, meta }: { href: string; title: string; meta: ReactNode }) {
  return (
    <li className="flex flex-col gap-0.5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <Link href={href} className={linkClass}>
        {title}
      </Link>
      <span className="text-sm text-slate-700">{meta}</span>
    </li>
  );
}

function taskMeta(t: TPortalTask, section: TDueSection, timeZone: string) {
  const due =
    section === "today" ? formatDateTime(t.dueAt, timeZone) : formatDay(t.dueAt, timeZone);
  return [
    t.kind === "LADDER" ? "Ladder practice" : null,
    `Due ${due}`,
    t.hasDraft ? "draft saved" : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

const taskKey = (t: TPortalTask) => t.occurrenceId;

export function TaskList(props: {
  section: TDueSection;
  label: string;
  first: TPortalTaskPage;
  timeZone: string;
}) {
  return (
    <PagedList
      label={props.label}
      first={props.first}
      fetchPage={async (cursor) =>
        (await loadApi()).portal.section.query({ section: props.section, cursor })
      }
      keyOf={taskKey}
      render={(t) => (
        <Item href={t.href} title={t.title} meta={taskMeta(t, props.section, props.timeZone)} />
      )}
    />
  );
}

function doneMeta(d: TPortalDoneItem, timeZone: string) {
  const day = formatDay(d.doneAt, timeZone);
  if (d.kind === "WORKSHEET") return `Submitted ${day}`;
  return d.stepTitle ? `Ladder practice: ${d.stepTitle} · ${day}` : `Ladder practice · ${day}`;
}

const doneKey = (d: TPortalDoneItem) => d.id;

/** Worksheets and ladder practice of the last week, each opening where it was done. */
export function DoneList(props: { first: TPortalDonePage; timeZone: string }) {
  return (
    <PagedList
      label="Recently done"
      first={props.first}
      fetchPage={async (cursor) => (await loadApi()).portal.done.query({ cursor })}
      keyOf={doneKey}
      render={(d) => <Item href={d.href} title={d.title} meta={doneMeta(d, props.timeZone)} />}
    />
  );
}

function ladderMeta(l: TPortalLadder) {
  const practise = "You can still practise any step.";
  if (!l.currentStep) {
    return l.stepCount > 0
      ? `All steps mastered. ${practise}`
      : "Take the next step at your own pace.";
  }
  const where = `Step ${l.currentStep.number} of ${l.stepCount}: ${l.currentStep.title}`;
  return l.finished
    ? `Finished at step ${l.currentStep.number} of ${l.stepCount}. ${practise}`
    : where;
}

const ladderKey = (l: TPortalLadder) => l.assignmentId;

export function LadderList(props: { first: TPortalLadderPage }) {
  return (
    <PagedList
      label="Your ladder"
      first={props.first}
      fetchPage={async (cursor) => (await loadApi()).portal.ladders.query({ cursor })}
      keyOf={ladderKey}
      render={(l) => (
        <Item href={`/portal/ladders/${l.assignmentId}`} title={l.title} meta={ladderMeta(l)} />
      )}
    />
  );
}

const feedbackKey = (f: TNewFeedbackItem) => f.id;

export function NewFeedbackList(props: { first: TPage<TNewFeedbackItem> }) {
  return (
    <PagedList
      label="New feedback"
      first={props.first}
      fetchPage={async (cursor) =>
        (await loadApi()).feedback.listNew.query({ cursor, limit: PORTAL_PAGE_SIZE })
      }
      keyOf={feedbackKey}
      render={(f) => (
        <Item
          href={f.href}
          title={`${f.authorName} on ${f.title}`}
          meta={<span className="line-clamp-2">{f.body}</span>}
        />
      )}
    />
  );
}

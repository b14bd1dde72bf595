import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClass, type TButtonVariant } from "./button";

/**
 * A link that looks like a button. Apart from button.tsx so that an island with a plain button
 * (the error page on every route) does not bring next/link into the framework's chunk of every page.
 */
export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: TButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}

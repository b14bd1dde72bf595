import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Preview } from "@react-email/preview";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";

// Inline styles: mail clients ignore stylesheets. The app's brand and slate colours.
const page = { backgroundColor: "#f8fafc", fontFamily: "system-ui, -apple-system, sans-serif" };
const card = {
  backgroundColor: "#ffffff",
  border: "1px solid #e2e8f0",
  borderRadius: "12px",
  margin: "24px auto",
  maxWidth: "520px",
  padding: "24px",
};
const heading = { color: "#0f172a", fontSize: "22px", margin: "0 0 16px" };
const button = {
  backgroundColor: "#0f766e",
  borderRadius: "8px",
  color: "#ffffff",
  fontSize: "16px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};
export const paragraph = { color: "#1e293b", fontSize: "16px", lineHeight: "24px" };
const small = { color: "#475569", fontSize: "13px", lineHeight: "20px" };

/**
 * Every email: a heading, the message, one button, and a footer. `preview` is the line mail apps
 * show next to the subject (often on a lock screen), so it says as little as the subject.
 */
export function EmailLayout({
  preview,
  title,
  action,
  children,
  footer,
}: {
  preview: string;
  title: string;
  action: { label: string; href: string };
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Heading as="h1" style={heading}>
            {title}
          </Heading>
          {children}
          <Button href={action.href} style={button}>
            {action.label}
          </Button>
          <Text style={small}>
            If the button does not work, copy this address into your browser: {action.href}
          </Text>
          <Hr />
          <Text style={small}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

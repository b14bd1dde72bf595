import { flesch } from "flesch";
import { syllable } from "syllable";
import type { TBuiltinTemplate } from "~/features/templates/builtins";

/**
 * Flesch reading ease of a set of texts, counted with maintained packages (wooorm's `syllable`
 * and `flesch`). Each text is at least one sentence: a label or an option ("Slow breathing") is
 * read as a unit even without a full stop.
 */
export function readingEase(texts: readonly string[]): number {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const text of texts) {
    const words = text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? [];
    if (words.length === 0) continue;
    sentence += Math.max(
      1,
      text.split(/[.!?]+(?:\s|$)|:\s|;\s/).filter((s) => /[A-Za-z]/.test(s)).length,
    );
    word += words.length;
    syllables += words.reduce((sum, w) => sum + syllable(w), 0);
  }
  return word === 0 ? 100 : flesch({ sentence, word, syllable: syllables });
}

/** Everything of a template the client reads: title, why it helps, questions, help, options, steps. */
export function clientFacingTexts(template: TBuiltinTemplate): string[] {
  const texts = [template.title, template.whyItHelps];
  if (template.kind === "LADDER") {
    for (const step of template.body.steps) texts.push(step.title, step.description);
    return texts;
  }
  for (const field of template.body.fields) {
    texts.push(field.label);
    if (field.help) texts.push(field.help);
    if (field.type === "scale") {
      for (const label of [field.minLabel, field.midLabel, field.maxLabel])
        if (label) texts.push(label);
    }
    if ("options" in field) texts.push(...field.options.map((o) => o.label));
  }
  return texts;
}

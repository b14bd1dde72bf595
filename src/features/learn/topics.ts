/**
 * Short reading for clients, reachable from the portal. The ideas come from the reference
 * articles named in each topic's `source`; every sentence is our own, in plain words.
 */

export type TLearnSection = { heading: string; paragraphs: string[]; points?: string[] };
export type TLearnTopic = {
  slug: string;
  title: string;
  summary: string;
  /** Where the idea comes from (shared/reference), for the maintainers, never shown as a quote. */
  source: string;
  sections: TLearnSection[];
};

export const LEARN_TOPICS: readonly TLearnTopic[] = [
  {
    slug: "caution-or-trust-issue",
    title: "A trust issue or healthy caution?",
    summary: "How to tell a fear that follows you everywhere from care that fits one person.",
    source: "003: the comparison of trust issues with healthy caution",
    sections: [
      {
        heading: "Not every doubt is a problem",
        paragraphs: [
          "Being careful with people is not a flaw. If someone has lied to you or let you down, it makes sense to go slowly with them. That is healthy caution.",
          "A trust issue is different. It is a fear that shows up with almost everyone, even with people who have given you no reason for it.",
        ],
      },
      {
        heading: "Some ways to tell them apart",
        paragraphs: ["These are rough guides, not tests. Talk them over with your therapist."],
        points: [
          "Healthy caution is about what one person did. A trust issue shows up with many people, in the same way.",
          "Healthy caution weighs the good things a person does next to the worries. A trust issue tends to wave the good things away.",
          "Healthy caution is set off by something someone did. A trust issue can be set off just by getting close.",
          "Healthy caution changes when a person changes. A trust issue stays the same whatever they do.",
        ],
      },
      {
        heading: "When your fear came true",
        paragraphs: [
          "Sometimes what you feared really happens. That hurts, and it is not your fault. It tells you about this person and this moment. It does not prove that no one can be trusted.",
          "You can choose to be more careful with this person, and still keep trying small steps with people who have been kind and steady. If someone has hurt you or is not safe, leave them off your ladder and tell your therapist.",
        ],
      },
    ],
  },
  {
    slug: "why-trust-changes-slowly",
    title: "Why trust changes slowly",
    summary: "Deciding to trust is not enough. New experiences, many of them, are what help.",
    source: "003: what changes trust issues; progress is slow and not linear",
    sections: [
      {
        heading: "Your mind learned to expect hurt",
        paragraphs: [
          "If people let you down in the past, part of you learned to expect it again. That made sense at the time. It kept you alert.",
          "The trouble is that the lesson spreads. It can show up with people today who have done nothing to earn it.",
        ],
      },
      {
        heading: "What helps it change",
        paragraphs: [
          "You cannot think your way into trusting. What helps is new experience: many small moments where you take a risk and the other person turns out to be steady.",
          "Each time the fear does not come true, your mind gets a little new evidence. Over time, that evidence starts to count.",
          "If you were hurt many times, it can take longer. There is more old evidence for the new to outweigh. That is not a sign you are doing it wrong.",
        ],
      },
      {
        heading: "Ups and downs are normal",
        paragraphs: [
          "Progress is not a straight line. Some weeks will feel worse than the week before. A hard day does not undo what you have learned.",
          "Keep going at your own pace. Small steps that you repeat are worth more than one big leap.",
        ],
      },
    ],
  },
  {
    slug: "attachment-and-trust",
    title: "Attachment and trust",
    summary: "How early bonds shape the way we trust, and why that can change.",
    source: "000: attachment issues compared with trust issues",
    sections: [
      {
        heading: "Two ideas that often go together",
        paragraphs: [
          "Attachment is about the bonds we form, starting with the people who cared for us as children. If that care came and went, we may learn to cling, or to keep our distance, or both.",
          "Trust is about whether we believe others will be honest and there for us. It is often shaped by later hurts too, such as broken promises or betrayal.",
        ],
      },
      {
        heading: "How they can show up",
        paragraphs: ["You may notice some of these in yourself. None of them is a flaw."],
        points: [
          "Worry that people will leave, or a pull to hold on tight.",
          "Pulling away when someone gets close.",
          "Finding it hard to share private things, or to believe kind words.",
          "Watching closely for signs that someone is not being honest.",
        ],
      },
      {
        heading: "What helps",
        paragraphs: [
          "Both can change. Steady, safe relationships over time help, and so does therapy. Being kind to yourself along the way helps too.",
          "Clear limits, open talk and small steps of trust all add up. So does learning to trust yourself again.",
        ],
      },
    ],
  },
];

export const learnTopic = (slug: string) => LEARN_TOPICS.find((t) => t.slug === slug) ?? null;

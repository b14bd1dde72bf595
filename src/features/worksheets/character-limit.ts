/** Past this share of the limit the count shows under the field. */
const SHOW_COUNT_FROM = 0.8;
/** ... and from this share a screen reader is told, once, that the limit is near. */
const ANNOUNCE_FROM = 0.9;

const withThousands = (n: number) => n.toLocaleString("en");

/**
 * How a text field speaks about its length. The visible count changes with every key; what a
 * screen reader hears changes only when the text gets near the limit and when it reaches it.
 */
export function characterLimit(length: number, max: number) {
  const count =
    length > max * SHOW_COUNT_FROM
      ? `${withThousands(length)} of ${withThousands(max)} characters`
      : null;
  const announcement =
    length >= max
      ? `You have reached the limit of ${withThousands(max)} characters.`
      : length >= max * ANNOUNCE_FROM
        ? `Nearly at the limit of ${withThousands(max)} characters.`
        : "";
  return { count, announcement };
}

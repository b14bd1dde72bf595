import { useCallback, useRef, useState } from "react";
import { loadApi, type TApi } from "./load-api";

type TState<TOutput> =
  | { status: "idle"; data?: undefined; error?: undefined }
  | { status: "pending"; data?: undefined; error?: undefined }
  | { status: "success"; data: TOutput; error?: undefined }
  | { status: "error"; data?: undefined; error: unknown };

/**
 * A change sent from an island: `useMutation((api) => api.feedback.reply)`; the tRPC client is
 * loaded on the first call (./load-api). `mutateAsync` rejects with the tRPC error (forms show it
 * with showFailure); `mutate` keeps it in `error` for the island to show. Only the latest call's
 * outcome is kept, so a slow earlier answer cannot overwrite it.
 */
export function useMutation<TInput, TOutput>(
  procedure: (api: TApi) => { mutate: (input: TInput) => Promise<TOutput> },
) {
  // The procedure names a path on the client; taken once so the callbacks below stay stable.
  const [pick] = useState(() => procedure);
  const [state, setState] = useState<TState<TOutput>>({ status: "idle" });
  const latest = useRef(0);

  const mutateAsync = useCallback(
    async (input: TInput) => {
      const call = ++latest.current;
      setState({ status: "pending" });
      try {
        const data = await pick(await loadApi()).mutate(input);
        if (call === latest.current) setState({ status: "success", data });
        return data;
      } catch (error) {
        if (call === latest.current) setState({ status: "error", error });
        throw error;
      }
    },
    [pick],
  );

  const mutate = useCallback(
    (
      input: TInput,
      handlers: { onSuccess?: (data: TOutput) => void; onError?: (error: unknown) => void } = {},
    ) => {
      mutateAsync(input).then(handlers.onSuccess, (error: unknown) => handlers.onError?.(error));
    },
    [mutateAsync],
  );

  const reset = useCallback(() => {
    latest.current++;
    setState({ status: "idle" });
  }, []);

  return {
    ...state,
    isPending: state.status === "pending",
    mutate,
    mutateAsync,
    reset,
  };
}

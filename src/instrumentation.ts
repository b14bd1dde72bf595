import { validateEnvAtServerStart } from "./env";

export function register() {
  // Fail at boot with a message naming the variable, not at the first request.
  validateEnvAtServerStart();
}

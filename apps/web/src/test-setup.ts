import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

// Testing Library unmounts between tests only when the runner exposes globals; ours does not.
afterEach(() => cleanup());

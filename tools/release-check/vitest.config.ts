import { workspaceProject } from "../../vitest.shared.ts";

// The packing, installing and type-checking checks spawn npm, tsc and attw: minutes on a slow day.
export default workspaceProject("release-check", { testTimeout: 180_000 });

import { workspaceProject } from "../../vitest.shared.ts";

export default workspaceProject("relay", { testTimeout: 60_000 });

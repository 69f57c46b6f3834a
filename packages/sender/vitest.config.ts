import { workspaceProject } from "../../vitest.shared.ts";

export default workspaceProject("sender", { testTimeout: 30_000 });

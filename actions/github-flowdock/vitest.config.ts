import { workspaceProject } from "../../vitest.shared.ts";

export default workspaceProject("github-flowdock", { testTimeout: 120_000 });

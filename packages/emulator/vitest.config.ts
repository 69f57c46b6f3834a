import { workspaceProject } from "../../vitest.shared.ts";

export default workspaceProject("emulator", { testTimeout: 30_000 });

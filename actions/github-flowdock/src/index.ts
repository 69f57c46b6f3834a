import { run } from "./main.js";

// A lookup the resolver never answers keeps the event loop alive past the deadline (Node cannot
// cancel getaddrinfo), so the step ends once run() has, after stdout and stderr have flushed.
run().then(() => {
  let writing = 2;
  const flushed = () => {
    writing -= 1;
    if (writing === 0) process.exit();
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
});

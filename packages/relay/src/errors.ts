// On the prototype, so the stack's first line carries the class's name.
function nameErrorClass(errorClass: { prototype: Error }, name: string): void {
  Object.defineProperty(errorClass.prototype, "name", {
    value: name,
    writable: true,
    configurable: true,
  });
}

/** Any failure of the relay that a user has to act on. */
export class RelayError extends Error {
  static {
    nameErrorClass(RelayError, "RelayError");
  }
}

/** The config file or the command line cannot be used; the message names the file and line. */
export class RelayConfigError extends RelayError {
  static {
    nameErrorClass(RelayConfigError, "RelayConfigError");
  }
}

/** The store (SQLite or PostgreSQL) cannot be opened or written. */
export class RelayStoreError extends RelayError {
  static {
    nameErrorClass(RelayStoreError, "RelayStoreError");
  }
}

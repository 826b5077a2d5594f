/** An expected failure that the HTTP layer turns into a status and a stable code. Messages are Indonesian. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly fields: Readonly<Record<string, string>> | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    details: Record<string, unknown> = {},
    fields?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
    this.status = status;
    this.code = code;
    this.details = details;
    this.fields = fields;
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string) {
    super(404, "not_found", `Data ${entity} tidak ditemukan`, { entity });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Anda tidak memiliki akses untuk tindakan ini") {
    super(403, "forbidden", message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super(401, "unauthenticated", "Silakan masuk terlebih dahulu");
  }
}

/** Someone else saved the record since the caller loaded it. */
export class StaleVersionError extends AppError {
  constructor(entity: string) {
    super(409, "stale_version", `Data ${entity} telah diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan.`, {
      entity,
    });
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string, field?: string) {
    super(409, code, message, {}, field ? { [field]: message } : undefined);
  }
}

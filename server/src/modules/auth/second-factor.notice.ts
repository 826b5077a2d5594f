import type { Account } from "@simkin/domain";
import type { RequestContext } from "../../http/context";
import { notifyOnce } from "../notification/notify";
import * as employees from "../org/employee.repo";
import * as accounts from "./auth.repo";

const wibDateTime = new Intl.DateTimeFormat("id-ID", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Asia/Jakarta",
});

/** Tells the owner (bell and e-mail) that a super admin cleared their second factor, so a hostile reset is noticed. */
export async function notifyFactorReset(ctx: RequestContext, account: Account): Promise<void> {
  const row = await accounts.findById(ctx.db, account.id);
  const employee = row?.employeeId ? await employees.findById(ctx.db, row.employeeId) : undefined;
  const at = ctx.now.toISOString();
  const when = wibDateTime.format(ctx.now);
  await notifyOnce(
    ctx.db,
    ctx.now,
    {
      key: `second_factor_reset:${account.id}:${at}`,
      recipient: { userId: account.id, email: employee?.email ?? null },
      kind: "second_factor_reset",
      subjectId: account.id,
      title: "Verifikasi dua langkah akun Anda diatur ulang",
      body:
        `Super admin ${ctx.actor.username} mengatur ulang verifikasi dua langkah akun ${account.username} ` +
        `pada ${when} WIB. Semua sesi akun ini telah diakhiri. Aktifkan lagi di halaman Keamanan akun. ` +
        "Jika Anda tidak memintanya, segera hubungi super admin.",
      link: "/security",
    },
    ctx.config.publicUrl,
  );
}

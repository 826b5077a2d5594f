import type { DeactivationReason, NotificationKind } from "@simkin/domain";
import type { Config } from "../../config";
import type { Db } from "../../db";
import { absoluteUrl } from "../../http/public-url";
import { queueEmail, writeNotice } from "../notification/notify";
import { dayLabel } from "../notification/reminder-texts";
import { issueToken } from "./token.repo";

const WIB_OFFSET_MS = 7 * 3_600_000;
/** Account e-mails leave before the reminders (see mailer.ts). */
const ACCOUNT_MAIL_PRIORITY = 1;
const CONTACT = "Jika bukan Anda yang memintanya, segera hubungi pengelola kinerja kantor Anda.";

/** "16 Maret 2026 pukul 10.00 WIB" */
function momentLabel(now: Date): string {
  const time = new Date(now.getTime() + WIB_OFFSET_MS).toISOString().slice(11, 16).replace(":", ".");
  return `${dayLabel(now.toISOString())} pukul ${time} WIB`;
}

const reasonLabel: Record<DeactivationReason, string> = {
  pensiun: "pensiun",
  pindah: "pindah tugas",
  meninggal: "meninggal dunia",
  diberhentikan: "diberhentikan",
  lainnya: "alasan lain",
};

type OwnerNotice = { userId: string; email: string | null };
type AccountEvent =
  | { kind: "account_password_reset"; by: string }
  | { kind: "account_password_changed" }
  | { kind: "account_deactivated"; reason: DeactivationReason }
  | { kind: "account_reactivated" };

function textOf(event: AccountEvent, now: Date): { title: string; body: string; link: string } {
  const when = momentLabel(now);
  switch (event.kind) {
    case "account_password_reset":
      return {
        title: "Kata sandi akun SIMKIN Anda diatur ulang",
        body: `Administrator ${event.by} mengatur ulang kata sandi akun Anda pada ${when}. Masuk dengan kata sandi sementara yang diberikan kepada Anda, lalu buat kata sandi sendiri. ${CONTACT}`,
        link: "/password",
      };
    case "account_password_changed":
      return {
        title: "Kata sandi akun SIMKIN Anda telah diganti",
        body: `Kata sandi akun Anda diganti melalui tautan e-mail pada ${when}, dan semua sesi yang masih masuk telah diakhiri. ${CONTACT}`,
        link: "/",
      };
    case "account_deactivated":
      return {
        title: "Akun SIMKIN Anda dinonaktifkan",
        body: `Akun Anda dinonaktifkan pada ${when} (${reasonLabel[event.reason]}). Data kinerja yang pernah Anda buat tetap tersimpan. Jika ini keliru, hubungi pengelola kinerja kantor Anda.`,
        link: "/",
      };
    case "account_reactivated":
      return {
        title: "Akun SIMKIN Anda diaktifkan kembali",
        body: `Akun Anda diaktifkan kembali pada ${when}; Anda dapat masuk lagi dengan kata sandi Anda. ${CONTACT}`,
        link: "/",
      };
  }
}

/** Tells the owner, in the bell and by e-mail when they have an address, inside the transaction of the change. */
export async function tellOwner(db: Db, config: Config, now: Date, owner: OwnerNotice, event: AccountEvent) {
  const kind: NotificationKind = event.kind;
  const notice = { recipient: owner, kind, subjectId: owner.userId, ...textOf(event, now) };
  await writeNotice(db, now, notice, config.publicUrl, ACCOUNT_MAIL_PRIORITY);
}

/**
 * Issues a one-time link (only its SHA-256 is stored) and e-mails it: "lupa kata sandi" (expires after
 * `resetMinutes`) or the first activation of a new account (after `activationHours`).
 */
export async function sendLink(
  db: Db,
  config: Config,
  now: Date,
  to: { userId: string; email: string; username: string },
  purpose: "password_reset" | "activation",
): Promise<void> {
  const minutes =
    purpose === "password_reset" ? config.accountLinks.resetMinutes : config.accountLinks.activationHours * 60;
  const expiresAt = new Date(now.getTime() + minutes * 60_000);
  const token = await issueToken(db, { userId: to.userId, purpose, now, expiresAt });
  const link = absoluteUrl(config, `/reset-password?token=${token}`);
  const valid = purpose === "password_reset" ? `${minutes} menit` : `sampai ${momentLabel(expiresAt)}`;
  const lines =
    purpose === "password_reset"
      ? [
          `Kami menerima permintaan untuk mengatur ulang kata sandi akun SIMKIN ${to.username}.`,
          `Buat kata sandi baru melalui tautan berikut (berlaku ${valid}, sekali pakai):`,
        ]
      : [
          `Akun SIMKIN Anda (${to.username}) telah dibuat.`,
          `Buat kata sandi Anda melalui tautan berikut (berlaku ${valid}, sekali pakai):`,
        ];
  await queueEmail(db, now, {
    to: to.email,
    subject: purpose === "password_reset" ? "[SIMKIN] Atur ulang kata sandi" : "[SIMKIN] Aktifkan akun Anda",
    body: [
      "Yth. Bapak/Ibu,",
      "",
      ...lines,
      link,
      "",
      purpose === "password_reset"
        ? "Jika Anda tidak memintanya, abaikan e-mail ini: kata sandi Anda tidak berubah."
        : "Jangan teruskan tautan ini kepada siapa pun.",
      "",
      "Pesan ini dikirim otomatis oleh SIMKIN. Mohon tidak membalas e-mail ini.",
    ].join("\n"),
    priority: ACCOUNT_MAIL_PRIORITY,
  });
}

import { defineMessages } from "../../i18n/define";

/** Where the RHK atasan come from (the rater's seat) and the SKP a Plt makes for his seat (issue 9 rule 5). */
export const skpSeatMessages = defineMessages(
  {
    "skp.parentSource.title": "Sumber RHK atasan",
    "skp.parentSource.definitif": "RHK atasan diambil dari SKP jabatan {position} (pejabat definitif {owner}).",
    "skp.parentSource.plt":
      "RHK atasan diambil dari SKP jabatan {position} yang dibuat oleh Plt. {owner}, karena jabatan itu belum memiliki SKP pejabat definitif tahun ini.",
    "skp.parentSource.missing":
      "RHK atasan mengikuti SKP jabatan {position} yang disetujui. Bila jabatan itu dijabat Plt. dan belum ada SKP pejabat definitifnya, Plt. dapat membuat SKP untuk jabatan tersebut melalui SKP Saya.",
    "skp.create.position": "Jabatan",
    "skp.create.ownPosition": "Jabatan saya sendiri",
    "skp.create.ownPositionHint": "SKP untuk jabatan definitif Anda; laporan bulanan Anda mengikuti SKP ini.",
    "skp.create.actingSeat": "Plt. {position}",
    "skp.create.actingSeatHint":
      "SKP untuk jabatan yang Anda jabat sebagai Plt., agar pegawai di bawah jabatan itu memiliki RHK atasan untuk diintervensi. Dinilai dari jabatan tersebut.",
    "skp.create.error.skp_not_acting": "Bukan jabatan Plt. Anda",
    "error.skp_not_acting": "Anda tidak menjabat sebagai Plt. pada jabatan ini pada tahun tersebut",
  },
  {
    "skp.parentSource.title": "Where the superior's RHK come from",
    "skp.parentSource.definitif": "The superior's RHK come from the SKP of the {position} position (held by {owner}).",
    "skp.parentSource.plt":
      "The superior's RHK come from the SKP that the acting official (Plt.) {owner} made for the {position} position, which has no SKP of a permanent holder this year.",
    "skp.parentSource.missing":
      "The superior's RHK follow the approved SKP of the {position} position. If an acting official (Plt.) holds it and there is no SKP of a permanent holder, the Plt. can make an SKP for that position under My SKP.",
    "skp.create.position": "Position",
    "skp.create.ownPosition": "My own position",
    "skp.create.ownPositionHint": "The SKP of your permanent position; your monthly reports follow it.",
    "skp.create.actingSeat": "Acting (Plt.) {position}",
    "skp.create.actingSeatHint":
      "An SKP for the position you hold as acting official, so the staff under it have superior's RHK to build on. Rated from that position.",
    "skp.create.error.skp_not_acting": "Not a position you act in",
    "error.skp_not_acting": "You do not hold this position as acting official (Plt.) in that year",
  },
);

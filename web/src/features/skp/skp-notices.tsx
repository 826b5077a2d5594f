import { Alert, Anchor, Stack, Text } from "@mantine/core";
import type { Me, SkpDetail } from "@simkin/domain";
import { IconAlertTriangle, IconArrowBackUp, IconInfoCircle, IconNotes } from "@tabler/icons-react";
import { Link } from "react-router";
import type { MessageKey } from "../../i18n/catalog";
import { useFormatDate, useT } from "../../i18n/i18n";

/** How the signed-in user stands to this SKP, for the line that explains what they see. */
export function viewerRole(me: Me, skp: SkpDetail): MessageKey {
  const employeeId = me.employee?.id;
  if (employeeId && employeeId === skp.employee.employeeId) {
    return "skp.viewer.owner";
  }
  if (employeeId && employeeId === skp.rater?.employeeId) {
    return "skp.viewer.rater";
  }
  if (employeeId && employeeId === skp.atasanRater?.employeeId) {
    return "skp.viewer.atasan";
  }
  if (me.user.roles.includes("pengelola_kinerja")) {
    return "skp.viewer.pengelola";
  }
  return me.user.roles.includes("auditor") ? "skp.viewer.auditor" : "skp.viewer.reader";
}

/** What needs attention before anything else: the rater's reason, a missing rater SKP, a newer revision. */
export function SkpNotices({ skp }: { skp: SkpDetail }) {
  const t = useT();
  const formatDate = useFormatDate();
  const editable = skp.status === "draft" || skp.status === "dikembalikan";
  const waiting = skp.status === "diajukan" || skp.status === "direviu";
  const lastReview =
    waiting || editable
      ? [...skp.events].reverse().find((e) => e.action === "reviewed" || e.action === "review_noted")
      : null;
  // Sent back by the pengelola kinerja (review_returned) or by the rater (returned): the latest of the two says who.
  const lastReturn = [...skp.events].reverse().find((e) => e.action === "returned" || e.action === "review_returned");
  const returnTitle =
    lastReturn?.action === "review_returned"
      ? t("skp.notice.reviewReturned", { name: lastReturn.actorName ?? t("skp.history.system") })
      : t("skp.notice.returned", { name: skp.rater?.name ?? t("skp.party.rater") });
  return (
    <Stack gap="sm">
      {skp.returnReason && (
        <Alert color="orange" icon={<IconArrowBackUp />} title={returnTitle} data-testid="return-reason">
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {skp.returnReason}
          </Text>
          {skp.allowed.includes("edit") && (
            <Text size="sm" mt={6} fw={500}>
              {t("skp.notice.returnedHint")}
            </Text>
          )}
        </Alert>
      )}
      {lastReview?.note && (
        <Alert color="blue" icon={<IconNotes />} title={t("skp.notice.reviewed")} data-testid="review-note">
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {lastReview.note}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {lastReview.actorName ?? t("skp.history.system")} · {formatDate(lastReview.at)} WIB
          </Text>
        </Alert>
      )}
      {editable && skp.model === "ja_jf" && !skp.raterHasApprovedSkp && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle />}
          title={t("skp.notice.noRaterSkpTitle")}
          data-testid="rater-no-skp"
        >
          {t("skp.notice.noRaterSkpExternal", { name: skp.rater?.name ?? t("skp.party.rater") })}
        </Alert>
      )}
      {editable && !skp.rater && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t("skp.notice.noRaterTitle")}>
          {t("skp.notice.noRater")}
        </Alert>
      )}
      {skp.status === "diganti" && (
        <Alert color="gray" icon={<IconInfoCircle />} data-testid="superseded">
          {t("skp.notice.superseded")}{" "}
          {skp.nextRevisionId && (
            <Anchor component={Link} to={`/skp/${skp.nextRevisionId}`}>
              {t("skp.notice.openNewer")}
            </Anchor>
          )}
        </Alert>
      )}
      {skp.status === "disetujui" && skp.nextRevisionId && (
        <Alert color="blue" icon={<IconInfoCircle />}>
          {t("skp.notice.revisionPending")}{" "}
          <Anchor component={Link} to={`/skp/${skp.nextRevisionId}`}>
            {t("skp.notice.openNewer")}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}

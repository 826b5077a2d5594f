import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { type SkpDetail, wibDate } from "@simkin/domain";
import { IconDownload, IconQrcode } from "@tabler/icons-react";
import { Link } from "react-router";
import { useFormatDate, useT } from "../../i18n/i18n";
import { HelpTitle } from "../help/screen-help";
import { useInvalidateSkp } from "./skp-cache";
import { approachKey, modelKey } from "./skp-labels";
import { SkpStatusBadge } from "./skp-status-badge";

/** Title, status, period, the form variant, revisions, the PDF downloads and the verification code. */
export function SkpHeader({ skp }: { skp: SkpDetail }) {
  const t = useT();
  const formatDate = useFormatDate();
  const invalidate = useInvalidateSkp();
  // Printing registers a verification code; fetch it once the download has had time to start.
  const afterDownload = () => window.setTimeout(() => void invalidate(), 3000);
  return (
    <Paper withBorder p="md" data-testid="skp-header">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <HelpTitle topic="skp">{t("skp.detail.title", { year: skp.year })}</HelpTitle>
            <Group gap="xs">
              <SkpStatusBadge status={skp.status} testId="skp-status" />
              {/* The first version is no revision (numbered as the printed SKP: "Revisi ke-2" onwards). */}
              {skp.revision > 1 && (
                <Badge variant="outline" color="gray" data-testid="skp-revision">
                  {t("skp.revision", { n: skp.revision })}
                </Badge>
              )}
            </Group>
          </Stack>
          <Group gap="xs">
            <Button
              component="a"
              href={`/api/skps/${skp.id}/pdf`}
              variant="light"
              leftSection={<IconDownload size={16} />}
              onClick={afterDownload}
              data-testid="skp-pdf"
            >
              {t("skp.detail.pdf")}
            </Button>
            <Button
              component="a"
              href={`/api/skps/${skp.id}/lampiran-pdf`}
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={afterDownload}
              data-testid="skp-lampiran-pdf"
            >
              {t("skp.detail.lampiranPdf")}
            </Button>
          </Group>
        </Group>
        <Text size="sm">
          {t("skp.detail.period")}: {formatDate(skp.periodStart)} {t("common.until")} {formatDate(skp.periodEnd)}
        </Text>
        <Text size="sm" c="dimmed">
          {t(modelKey(skp.model))} · {t("skp.detail.approach", { approach: t(approachKey(skp.approach)) })}
        </Text>
        {(skp.submittedAt || skp.approvedAt) && (
          <Text size="sm" c="dimmed">
            {skp.submittedAt && t("skp.detail.submittedAt", { date: formatDate(wibDate(new Date(skp.submittedAt))) })}
            {skp.submittedAt && skp.approvedAt && " · "}
            {skp.approvedAt && t("skp.detail.approvedAt", { date: formatDate(wibDate(new Date(skp.approvedAt))) })}
          </Text>
        )}
        <Group gap="md">
          {skp.previousRevisionId && (
            <Anchor component={Link} to={`/skp/${skp.previousRevisionId}`} size="sm" data-testid="previous-revision">
              ← {t("skp.detail.previousRevision")}
            </Anchor>
          )}
          {skp.nextRevisionId && (
            <Anchor component={Link} to={`/skp/${skp.nextRevisionId}`} size="sm" data-testid="next-revision">
              {t("skp.detail.nextRevision")} →
            </Anchor>
          )}
          {skp.verificationCode && (
            <Group gap={4} data-testid="verification-code">
              <IconQrcode size={16} aria-hidden />
              <Text size="sm">{t("skp.detail.verificationCode")}:</Text>
              <Anchor component={Link} to={`/v/${skp.verificationCode}`} size="sm" ff="monospace" fw={600}>
                {skp.verificationCode}
              </Anchor>
            </Group>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

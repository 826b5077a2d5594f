import { Alert, Anchor, Group, Modal, Radio, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type Placement, profileApi, skpApi } from "@simkin/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { FormActions } from "../../lib/form-actions";
import { useInvalidateSkp } from "./skp-cache";

type Props = { opened: boolean; onClose: () => void; year: number };

/** Why a new SKP could not be started, in words the employee can act on. */
const createErrorTitles: Record<string, MessageKey> = {
  year_not_open: "skp.create.error.year_not_open",
  year_closed: "skp.create.error.year_not_open",
  skp_exists: "skp.create.error.skp_exists",
  skp_no_position: "skp.create.error.skp_no_position",
  no_previous_skp: "skp.create.error.no_previous_skp",
  skp_not_acting: "skp.create.error.skp_not_acting",
};

/** Seats the employee holds as Plt during the year: he may make an SKP for each (issue 9 rule 5). */
export function actingSeats(placements: readonly Placement[], year: number): Placement[] {
  const inYear = (p: Placement) =>
    p.startDate <= `${year}-12-31` && (p.endDate === null || p.endDate >= `${year}-01-01`);
  const seats = placements.filter((p) => p.kind === "plt" && inYear(p));
  return seats.filter((p, i) => seats.findIndex((q) => q.positionId === p.positionId) === i);
}

/** Starts the year's SKP, either from the Matriks Peran Hasil proposals or as a copy of last year's SKP. */
export function CreateSkpModal({ opened, onClose, year }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t("skp.create.title", { year })} size="lg">
      {opened && <CreateSkpForm year={year} onClose={onClose} />}
    </Modal>
  );
}

function CreateSkpForm({ year, onClose }: { year: number; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const invalidate = useInvalidateSkp();
  const [source, setSource] = useState<"new" | "copy">("new");
  const [seat, setSeat] = useState<string>("own");
  const profile = useQuery({ queryKey: ["profile"], queryFn: () => call(profileApi.get, {}) });
  const seats = actingSeats(profile.data?.placements ?? [], year);
  const create = useMutation({
    mutationFn: () =>
      call(skpApi.create, {
        body: { year, copyFromLastYear: source === "copy", ...(seat === "own" ? {} : { positionId: seat }) },
      }),
    onSuccess: async (skp) => {
      await invalidate(skp);
      notifications.show({ color: "green", message: t("skp.create.done", { year }) });
      onClose();
      navigate(`/skp/${skp.id}`);
    },
  });
  const error = create.error;
  const errorTitle = error instanceof ApiError ? createErrorTitles[error.code] : undefined;
  // "SKP sudah ada" names the existing SKP (issue 11): link to it rather than leave a dead end.
  const existing = error instanceof ApiError && error.code === "skp_exists" ? error.details.skpId : undefined;
  const existingId = typeof existing === "string" ? existing : null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <Stack>
        {seats.length > 0 && (
          <Radio.Group label={t("skp.create.position")} value={seat} onChange={setSeat}>
            <Stack gap="sm" mt="xs">
              <Choice value="own" title={t("skp.create.ownPosition")} hint={t("skp.create.ownPositionHint")} />
              {seats.map((p) => (
                <Choice
                  key={p.positionId}
                  value={p.positionId}
                  title={t("skp.create.actingSeat", { position: p.positionName })}
                  hint={t("skp.create.actingSeatHint")}
                  testId="create-acting-seat"
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Radio.Group
          label={t("skp.create.source")}
          value={source}
          onChange={(value) => setSource(value === "copy" ? "copy" : "new")}
        >
          <Stack gap="sm" mt="xs">
            <Radio.Card value="new" p="md" radius="md" data-testid="create-new">
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600}>{t("skp.create.fromMatrix")}</Text>
                  <Text size="sm" c="dimmed">
                    {t("skp.create.fromMatrixHint")}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
            <Radio.Card value="copy" p="md" radius="md" data-testid="create-copy">
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600}>{t("skp.create.copy", { year: year - 1 })}</Text>
                  <Text size="sm" c="dimmed">
                    {t("skp.create.copyHint")}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          </Stack>
        </Radio.Group>
        {error && (
          <Alert
            color={errorTitle ? "orange" : "red"}
            title={t(errorTitle ?? "common.error")}
            data-testid="create-error"
          >
            {errorText(error)}
            {existingId && (
              <Anchor component={Link} to={`/skp/${existingId}`} display="block" mt={4} data-testid="open-existing">
                {t("skp.create.openExisting")}
              </Anchor>
            )}
          </Alert>
        )}
        <FormActions
          onCancel={onClose}
          saving={create.isPending}
          submitLabel={t("skp.create.submit")}
          submitTestId="create-skp-submit"
        />
      </Stack>
    </form>
  );
}

function Choice({ value, title, hint, testId }: { value: string; title: string; hint: string; testId?: string }) {
  return (
    <Radio.Card value={value} p="md" radius="md" data-testid={testId}>
      <Group wrap="nowrap" align="flex-start">
        <Radio.Indicator />
        <div>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        </div>
      </Group>
    </Radio.Card>
  );
}

import { ActionIcon, Badge, Button, Card, Group, Modal, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { type Holiday, holidayApi } from "@simkin/domain";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { HolidayFormModal, type HolidayFormTarget, holidaysKey } from "./holiday-form-modal";
import { currentYear } from "./years";

/** "Jumat, 25 Desember 2026": the weekday matters when reading a holiday calendar. */
function useLongDate() {
  const { locale } = useI18n();
  const format = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Asia/Jakarta",
  });
  return (date: string) => format.format(new Date(`${date}T00:00:00+07:00`));
}

/**
 * Hari libur nasional and cuti bersama of a year (issue 9 rule 19): everyone sees them; the pengelola kinerja adds,
 * corrects and removes days. Deadlines counted in working days and report due days skip them.
 */
export function HolidaysSection({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  const [year, setYear] = useState(currentYear());
  const [editing, setEditing] = useState<HolidayFormTarget | null>(null);
  const [removing, setRemoving] = useState<Holiday | null>(null);
  const days = useQuery({
    queryKey: [...holidaysKey, year],
    queryFn: () => call(holidayApi.list, { query: { year } }),
  });
  const years = [year - 1, year, year + 1, currentYear() - 1, currentYear(), currentYear() + 1];
  const options = [...new Set(years)].sort().map((y) => ({ value: String(y), label: String(y) }));
  const list = days.data ?? [];
  const count = (kind: Holiday["kind"]) => list.filter((d) => d.kind === kind).length;
  const actions = canEdit
    ? { onEdit: (h: Holiday) => setEditing({ mode: "edit", holiday: h }), onRemove: setRemoving }
    : null;
  return (
    <Card withBorder padding="md" data-testid="holidays">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="sm">
          <div style={{ flex: "1 1 320px" }}>
            <Title order={2} size="h4">
              {t("planning.holidays.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("planning.holidays.intro")}
            </Text>
          </div>
          <Group gap="sm" align="flex-end">
            <Select
              label={t("planning.holidays.year")}
              data={options}
              value={String(year)}
              onChange={(value) => value && setYear(Number(value))}
              allowDeselect={false}
              w={130}
              data-testid="holiday-year"
            />
            {canEdit && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: "create", year })}>
                {t("planning.holidays.add")}
              </Button>
            )}
          </Group>
        </Group>
        {days.error && <Text c="red">{errorText(days.error)}</Text>}
        {days.data && list.length === 0 && <Text c="dimmed">{t("planning.holidays.empty", { year })}</Text>}
        {list.length > 0 && (
          <Text size="sm" fw={600}>
            {t("planning.holidays.count", { nasional: count("libur_nasional"), cuti: count("cuti_bersama") })}
          </Text>
        )}
        {list.length > 0 &&
          (phone ? <HolidayCards days={list} actions={actions} /> : <HolidayTable days={list} actions={actions} />)}
      </Stack>
      {canEdit && (
        <>
          <HolidayFormModal target={editing} onClose={() => setEditing(null)} />
          <RemoveModal holiday={removing} onClose={() => setRemoving(null)} />
        </>
      )}
    </Card>
  );
}

type Actions = { onEdit: (holiday: Holiday) => void; onRemove: (holiday: Holiday) => void } | null;

function KindBadge({ holiday }: { holiday: Holiday }) {
  const t = useT();
  return (
    <Badge
      variant="light"
      color={holiday.kind === "libur_nasional" ? "red" : "grape"}
      style={{ flexShrink: 0, minWidth: "max-content" }}
    >
      {t(`planning.holidays.kind.${holiday.kind}`)}
    </Badge>
  );
}

function RowActions({ holiday, actions }: { holiday: Holiday; actions: NonNullable<Actions> }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        aria-label={t("planning.holidays.editAria", { name: holiday.name })}
        onClick={() => actions.onEdit(holiday)}
      >
        <IconPencil size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t("planning.holidays.removeAria", { name: holiday.name })}
        onClick={() => actions.onRemove(holiday)}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}

function HolidayTable({ days, actions }: { days: Holiday[]; actions: Actions }) {
  const t = useT();
  const longDate = useLongDate();
  return (
    <Table striped verticalSpacing="xs" data-testid="holiday-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={230}>{t("planning.holidays.date")}</Table.Th>
          <Table.Th>{t("planning.holidays.name")}</Table.Th>
          <Table.Th w={170}>{t("planning.holidays.kind")}</Table.Th>
          {actions && <Table.Th w={80} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {days.map((d) => (
          <Table.Tr key={d.id} data-testid="holiday-row" data-date={d.date}>
            <Table.Td>
              <Text size="sm">{longDate(d.date)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{d.name}</Text>
            </Table.Td>
            <Table.Td>
              <KindBadge holiday={d} />
            </Table.Td>
            {actions && (
              <Table.Td>
                <RowActions holiday={d} actions={actions} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function HolidayCards({ days, actions }: { days: Holiday[]; actions: Actions }) {
  const longDate = useLongDate();
  return (
    <Stack gap="xs" data-testid="holiday-table">
      {days.map((d) => (
        <Card key={d.id} withBorder padding="xs" data-testid="holiday-row" data-date={d.date}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text size="sm" fw={600}>
                {longDate(d.date)}
              </Text>
              <Text size="sm">{d.name}</Text>
            </div>
            {actions && <RowActions holiday={d} actions={actions} />}
          </Group>
          <Group mt={4}>
            <KindBadge holiday={d} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

function RemoveModal({ holiday, onClose }: { holiday: Holiday | null; onClose: () => void }) {
  const t = useT();
  const longDate = useLongDate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (h: Holiday) => call(holidayApi.remove, { params: { id: h.id }, query: { version: h.version } }),
    onSuccess: (_ok, h) => {
      void queryClient.invalidateQueries({ queryKey: holidaysKey });
      notifications.show({ color: "green", message: t("planning.holidays.removed", { date: longDate(h.date) }) });
      onClose();
    },
    onError: (error) => {
      showApiError(error);
      void queryClient.invalidateQueries({ queryKey: holidaysKey });
      onClose();
    },
  });
  return (
    <Modal opened={holiday !== null} onClose={onClose} title={t("planning.holidays.removeTitle")}>
      {holiday && (
        <Stack>
          <Text size="sm">
            {t("planning.holidays.removeText", { name: holiday.name, date: longDate(holiday.date) })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(holiday)}>
              {t("planning.holidays.removeConfirm")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

import { Alert, Button, Center, Group, Loader, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { profileApi, skpApi, wibDate, type YearWithPeriods, yearApi } from "@simkin/domain";
import { IconArrowRight, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { useMe } from "../../lib/session";
import { useTasks } from "../../lib/tasks";
import { HelpTitle } from "../help/screen-help";
import { actingSeats, CreateSkpModal } from "./create-skp-modal";
import { MySkpTable } from "./my-skp-table";
import { SkpBlockNotice } from "./skp-block-notice";
import { skpKeys } from "./skp-cache";

/** This year if it is open, else the latest open year, else the latest year. */
function defaultYear(years: YearWithPeriods[]): number | null {
  const current = Number(wibDate(new Date()).slice(0, 4));
  const open = years.filter((y) => y.status === "open");
  if (open.some((y) => y.year === current)) {
    return current;
  }
  return open[0]?.year ?? years[0]?.year ?? null;
}

function useYears() {
  return useQuery({
    queryKey: skpKeys.years,
    queryFn: async () => [...(await call(yearApi.list, {}))].sort((a, b) => b.year - a.year),
  });
}

/** "SKP Saya": the signed-in employee's SKPs for a year, every revision, and starting a new one. */
export function Page() {
  const t = useT();
  const me = useMe().data;
  const years = useYears();
  const [picked, setPicked] = useState<number | null>(null);
  if (me && !me.employee) {
    return (
      <Stack>
        <HelpTitle topic="mySkp">{t("skp.mine.title")}</HelpTitle>
        <Alert color="gray">{t("skp.mine.noEmployee")}</Alert>
      </Stack>
    );
  }
  if (years.isError) {
    return (
      <Alert color="red" title={t("common.error")}>
        {errorText(years.error)}
      </Alert>
    );
  }
  if (!years.data) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const year = picked ?? defaultYear(years.data);
  if (year === null) {
    return (
      <Stack>
        <HelpTitle topic="mySkp">{t("skp.mine.title")}</HelpTitle>
        <Alert color="yellow" title={t("skp.mine.noYearTitle")} data-testid="no-open-year">
          {t("skp.mine.noYear")}
        </Alert>
      </Stack>
    );
  }
  const selected = years.data.find((y) => y.year === year);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <HelpTitle topic="mySkp">{t("skp.mine.title")}</HelpTitle>
          <Text c="dimmed" size="sm">
            {t("skp.mine.intro")}
          </Text>
        </div>
        <Select
          label={t("skp.mine.year")}
          w={{ base: "100%", xs: 200 }}
          allowDeselect={false}
          value={String(year)}
          onChange={(value) => setPicked(value ? Number(value) : null)}
          data={years.data.map((y) => ({
            value: String(y.year),
            label: y.status === "open" ? String(y.year) : t("skp.mine.yearClosed", { year: y.year }),
          }))}
          data-testid="skp-year"
        />
      </Group>
      <YearSkps year={year} open={selected?.status === "open"} />
    </Stack>
  );
}

function YearSkps({ year, open }: { year: number; open: boolean }) {
  const t = useT();
  const [creating, { open: startCreate, close }] = useDisclosure();
  const skps = useQuery({ queryKey: skpKeys.mine(year), queryFn: () => call(skpApi.mine, { query: { year } }) });
  const hasActive = (skps.data ?? []).some((s) => s.status !== "diganti");
  // While a draft exists, the way on is that draft; a new SKP only for a seat held as Plt (issue 11).
  const draft = (skps.data ?? []).find((s) => s.status === "draft" || s.status === "dikembalikan");
  const profile = useQuery({ queryKey: ["profile"], queryFn: () => call(profileApi.get, {}), enabled: !!draft });
  const mayCreate = open && (!draft || actingSeats(profile.data?.placements ?? [], year).length > 0);
  const block = useTasks().data?.items.find((task) => task.kind === "skp_blocked" && task.year === year)?.block;
  return (
    <Stack>
      {block && <SkpBlockNotice block={block} />}
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t("skp.mine.listTitle", { year })}
        </Title>
        {draft && (
          <Button
            component={Link}
            to={`/skp/${draft.id}`}
            rightSection={<IconArrowRight size={16} />}
            data-testid="open-draft"
          >
            {t("skp.mine.openDraft")}
          </Button>
        )}
        {mayCreate && (
          <Button
            leftSection={<IconPlus size={16} />}
            variant={hasActive ? "light" : "filled"}
            onClick={startCreate}
            data-testid="create-skp"
          >
            {t("skp.create.button")}
          </Button>
        )}
      </Group>
      {!open && (
        <Alert color="gray" variant="light">
          {t("skp.mine.closedYear", { year })}
        </Alert>
      )}
      {skps.isError && (
        <Alert color="red" title={t("common.error")}>
          {errorText(skps.error)}
        </Alert>
      )}
      {skps.isPending && (
        <Center p="lg">
          <Loader size="sm" />
        </Center>
      )}
      {skps.data && skps.data.length === 0 && (
        <Paper withBorder p="lg" data-testid="skp-empty">
          <Text ta="center" fw={600}>
            {t("skp.mine.empty", { year })}
          </Text>
          {open && (
            <Text ta="center" c="dimmed" size="sm" mt={4}>
              {t("skp.mine.emptyHint")}
            </Text>
          )}
        </Paper>
      )}
      {skps.data && skps.data.length > 0 && <MySkpTable items={skps.data} />}
      <CreateSkpModal opened={creating} onClose={close} year={year} />
    </Stack>
  );
}

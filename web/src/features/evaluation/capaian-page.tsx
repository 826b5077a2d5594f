import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Pagination,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { type CapaianList, type CapaianUnit, capaianApi } from "@simkin/domain";
import { IconChartBar, IconFileDownload } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { PageHeader } from "../../lib/page-header";
import { usePaginationLabels } from "../../lib/pagination-labels";
import { ScreenHelp } from "../help/screen-help";
import { capaianKeys, kurvaPath, scanUrl } from "./capaian-api";
import { CapaianFormModal, type CapaianFormTarget } from "./capaian-form";
import { capaianColor } from "./kurva-colors";
import { PeriodPicker } from "./period-picker";

/** The year and period live in the address, so the home task's link opens the period it is about. */
export function usePeriodParams() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || null;
  const periodCode = params.get("periodCode");
  const set = (next: { year: number; periodCode: string | null }) =>
    setParams({ year: String(next.year), ...(next.periodCode ? { periodCode: next.periodCode } : {}) });
  return { year, periodCode, set };
}

/** Capaian Organisasi: the kecamatan and kelurahan whose capaian the user sets, records or sees, per period. */
export function Page() {
  const t = useT();
  const pager = usePaginationLabels();
  const { year, periodCode, set } = usePeriodParams();
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<CapaianFormTarget | null>(null);
  const list = useQuery({
    queryKey: capaianKeys.list(year, periodCode, page),
    queryFn: () =>
      call(capaianApi.list, { query: { year: year ?? undefined, periodCode: periodCode ?? undefined, page } }),
    placeholderData: keepPreviousData,
  });
  const data = list.data;
  const pages = data ? Math.ceil(data.units.total / data.units.pageSize) : 0;
  return (
    <Stack>
      <PageHeader title={t("capaian.title")} intro={t("capaian.intro")} help={<ScreenHelp topic="capaian" />} />
      {list.isPending && (
        <Center>
          <Loader />
        </Center>
      )}
      {list.isError && <Alert color="red">{errorText(list.error)}</Alert>}
      {data && (
        <>
          <PeriodPicker
            years={data.years}
            year={year ?? data.year}
            periods={data.periods}
            periodCode={periodCode ?? data.periodCode}
            onChange={(next) => {
              setPage(1);
              set(next);
            }}
          />
          {data.units.items.length === 0 && <Text c="dark.4">{t("capaian.empty")}</Text>}
          <Stack gap="md" data-testid="capaian-units" data-period={list.isPlaceholderData ? "" : data.periodCode}>
            {data.units.items.map((unit) => (
              // While another period loads, the shown one may not be acted on by mistake.
              <UnitCard key={unit.unitId} unit={unit} list={data} onOpen={setTarget} busy={list.isPlaceholderData} />
            ))}
          </Stack>
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} {...pager} />}
        </>
      )}
      <CapaianFormModal target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}

function UnitCard({
  unit,
  list,
  onOpen,
  busy,
}: {
  unit: CapaianUnit;
  list: CapaianList;
  onOpen: (target: CapaianFormTarget) => void;
  busy: boolean;
}) {
  const t = useT();
  const formatDate = useFormatDate();
  const period = list.periods.find((p) => p.code === list.periodCode);
  const periodLabel = period?.label ?? list.periodCode;
  const open = (mode: "set" | "record") =>
    onOpen({ unit, year: list.year, periodCode: list.periodCode, periodLabel, mode });
  const c = unit.capaian;
  const setter = unit.setterName ?? "–";
  return (
    <Card withBorder padding="md" data-testid="capaian-unit" data-unit={unit.unitName}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Title order={3} size="h4">
              {unit.unitName}
            </Title>
            <Badge variant="light" color="gray">
              {t(`capaian.kind.${unit.unitKind}`)}
            </Badge>
            {unit.finalisedAt && (
              <Badge variant="light" color="teal">
                {t("capaian.finalised")}
              </Badge>
            )}
          </Group>
          {c ? (
            <Badge size="lg" color={capaianColor[c.capaian]} data-testid="capaian-value">
              {t(`capaian.level.${c.capaian}`)}
            </Badge>
          ) : (
            <Badge size="lg" variant="outline" color="orange" data-testid="capaian-value">
              {t("capaian.notSet")}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dark.4">
          {t(`capaian.setter.${unit.setterMode}`, { name: setter })}
          {unit.headName ? ` · ${t("capaian.head", { name: unit.headName })}` : ""}
        </Text>
        {c && (
          <Stack gap={2}>
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {t("capaian.reason", { text: c.reason })}
            </Text>
            <Text size="xs" c="dark.4">
              {c.source === "external"
                ? t("capaian.recordedFrom", {
                    name: c.recordedByName ?? "–",
                    number: c.letterNumber ?? "–",
                    date: c.letterDate ? formatDate(c.letterDate) : "–",
                  })
                : t("capaian.decidedBy", { name: c.setByName ?? "–" })}
            </Text>
            {c.scan && (
              <Anchor href={scanUrl(unit.unitId, list.year, list.periodCode)} size="sm">
                <Group gap={4} component="span" wrap="nowrap">
                  <IconFileDownload size={16} aria-hidden />
                  {t("capaian.scan")}
                </Group>
              </Anchor>
            )}
          </Stack>
        )}
        <Group gap="xs" wrap="wrap">
          {unit.canSet && (
            <Button size="sm" onClick={() => open("set")} disabled={busy} data-testid="capaian-set">
              {c ? t("capaian.change") : t("capaian.set")}
            </Button>
          )}
          {unit.canRecord && (
            <Button size="sm" onClick={() => open("record")} disabled={busy} data-testid="capaian-record">
              {t("capaian.record")}
            </Button>
          )}
          <Button
            size="sm"
            variant="light"
            component={Link}
            to={kurvaPath(unit.unitId, list.year, list.periodCode)}
            leftSection={<IconChartBar size={16} aria-hidden />}
            data-testid="capaian-open-kurva"
          >
            {t("capaian.openKurva")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

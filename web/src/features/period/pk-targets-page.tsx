import { Alert, Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { type PkTarget, pkTargetApi, profileApi, type YearWithPeriods } from "@simkin/domain";
import { IconInfoCircle, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { PageHeader } from "../../lib/page-header";
import { isAdmin, useMe } from "../../lib/session";
import { ScreenHelp } from "../help/screen-help";
import { useUnits } from "../org/structure/queries";
import { PkDeleteModal, PkFormModal, type PkFormTarget, pkTargetsKey } from "./pk-form-modal";
import { PkTable } from "./pk-table";
import { defaultPkUnit, PkUnitSelect } from "./pk-unit-select";
import { WithYear, YearSelect } from "./year-select";

/** Perjanjian Kinerja: each unit's sasaran, indicators and targets for a year, the source of its head's RHK. */
export function Page() {
  const t = useT();
  const me = useMe().data;
  // The pengelola kinerja and unit heads (Camat, Lurah, Kasi: all raters) may edit; the server checks that the
  // actor heads this very unit and answers 403 with its reason otherwise.
  const canEdit = me ? isAdmin(me) || me.capabilities.isPimpinan || me.capabilities.isRater : false;
  // A head opens on their own kecamatan or kelurahan: the unit of their current position.
  const profile = useQuery({
    queryKey: ["profile"],
    queryFn: () => call(profileApi.get, {}),
    enabled: Boolean(me?.employee),
  });
  const ownUnitName = profile.data?.raters.position?.unitName ?? null;
  const ready = me !== undefined && (!me?.employee || !profile.isPending);
  return (
    <Stack>
      <PageHeader title={t("planning.pk.title")} intro={t("planning.pk.intro")} help={<ScreenHelp topic="pk" />} />
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
        {t("planning.pk.cascade")}
      </Alert>
      {me && !canEdit && (
        <Alert color="gray" variant="light">
          {t("planning.pk.readOnly")}
        </Alert>
      )}
      {ready ? (
        <WithYear>
          {({ years, year, setYear }) => (
            <PkWorkspace years={years} year={year} setYear={setYear} canEdit={canEdit} ownUnitName={ownUnitName} />
          )}
        </WithYear>
      ) : (
        <Loader aria-label={t("common.loading")} />
      )}
    </Stack>
  );
}

function PkWorkspace({
  years,
  year,
  setYear,
  canEdit,
  ownUnitName,
}: {
  years: YearWithPeriods[];
  year: number;
  setYear: (year: number) => void;
  canEdit: boolean;
  ownUnitName: string | null;
}) {
  const t = useT();
  const units = useUnits();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get("unitId");
  const unitId = units.data?.some((u) => u.id === fromUrl) ? fromUrl : defaultPkUnit(units.data ?? [], ownUnitName);
  const unit = units.data?.find((u) => u.id === unitId);
  const targets = useQuery({
    queryKey: [...pkTargetsKey, year, unitId],
    queryFn: () => call(pkTargetApi.list, { query: { year, unitId: unitId ?? undefined } }),
    enabled: unitId !== null,
  });
  const [form, setForm] = useState<PkFormTarget | null>(null);
  const [removing, setRemoving] = useState<PkTarget | null>(null);

  const setUnit = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set("unitId", id);
        return next;
      },
      { replace: true },
    );

  if (units.isPending) {
    return <Loader aria-label={t("common.loading")} />;
  }
  if (units.error) {
    return <Alert color="red">{errorText(units.error)}</Alert>;
  }
  const rows = targets.data ?? [];
  return (
    <>
      <Group align="flex-end" gap="sm">
        <YearSelect years={years} value={year} onChange={setYear} />
        <PkUnitSelect units={units.data} value={unitId} onChange={setUnit} />
      </Group>
      {unit && (
        <Group justify="space-between" align="flex-end" gap="sm">
          <div>
            <Title order={3} size="h4">
              {t("planning.pk.tableTitle", { unit: unit.name, year })}
            </Title>
            {targets.data && (
              <Text size="sm" c="dimmed">
                {t("planning.pk.count", {
                  sasaran: new Set(rows.map((r) => r.sasaran)).size,
                  indicators: rows.length,
                })}
              </Text>
            )}
          </div>
          {canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ mode: "create", sasaran: "" })}>
              {t("planning.pk.add")}
            </Button>
          )}
        </Group>
      )}
      {targets.isPending && unitId !== null && <Loader aria-label={t("common.loading")} />}
      {targets.error && <Alert color="red">{errorText(targets.error)}</Alert>}
      {targets.data && rows.length === 0 && (
        <Alert color="gray" variant="light" data-testid="pk-table">
          {t("planning.pk.empty", { unit: unit?.name ?? "", year })}
        </Alert>
      )}
      {rows.length > 0 && (
        <PkTable
          targets={rows}
          onEdit={canEdit ? (target) => setForm({ mode: "edit", target }) : undefined}
          onRemove={canEdit ? setRemoving : undefined}
          onAddIndicator={canEdit ? (sasaran) => setForm({ mode: "create", sasaran }) : undefined}
        />
      )}
      {canEdit && unitId && (
        <>
          <PkFormModal target={form} year={year} unitId={unitId} existing={rows} onClose={() => setForm(null)} />
          <PkDeleteModal target={removing} onClose={() => setRemoving(null)} />
        </>
      )}
    </>
  );
}

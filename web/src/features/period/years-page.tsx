import { Alert, Button, Group, Loader, Stack } from "@mantine/core";
import type { YearWithPeriods } from "@simkin/domain";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { errorText } from "../../lib/error-text";
import { PageHeader } from "../../lib/page-header";
import { isAdmin, useMe } from "../../lib/session";
import { EvaluationSettingSection } from "../evaluation/setting-section";
import { ScreenHelp } from "../help/screen-help";
import { HolidaysSection } from "./holidays-section";
import { EditYearModal, OpenYearModal } from "./year-form-modals";
import { YearList } from "./year-list";
import { useYears } from "./years";

/** Periode & Kalender: the performance years, their SKP deadline and evaluation periods; administrators edit. */
export function Page() {
  const t = useT();
  const me = useMe().data;
  const years = useYears();
  const canEdit = me ? isAdmin(me) : false;
  const [opening, setOpening] = useState(false);
  const [editing, setEditing] = useState<YearWithPeriods | null>(null);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" gap="sm">
        <PageHeader
          title={t("planning.years.title")}
          intro={t("planning.years.intro")}
          help={<ScreenHelp topic="years" />}
        />
        {canEdit && (
          <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setOpening(true)}>
            {t("planning.years.open")}
          </Button>
        )}
      </Group>
      {!canEdit && (
        <Alert color="gray" variant="light">
          {t("planning.years.readOnly")}
        </Alert>
      )}
      {years.isPending && <Loader aria-label={t("common.loading")} />}
      {years.error && <Alert color="red">{errorText(years.error)}</Alert>}
      {years.data && years.data.length === 0 && (
        <Alert color="yellow" data-testid="years-table">
          {t("planning.years.empty")}
        </Alert>
      )}
      {years.data && years.data.length > 0 && <YearList years={years.data} onEdit={canEdit ? setEditing : undefined} />}
      {years.data && <EvaluationSettingSection years={years.data.map((y) => y.year)} canEdit={canEdit} />}
      <HolidaysSection canEdit={canEdit} />
      {canEdit && (
        <>
          <OpenYearModal opened={opening} years={years.data ?? []} onClose={() => setOpening(false)} />
          <EditYearModal year={editing} onClose={() => setEditing(null)} />
        </>
      )}
    </Stack>
  );
}

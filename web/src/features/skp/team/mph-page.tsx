import { Alert, Button, Group, List, Loader, Stack, Text } from "@mantine/core";
import { type MphAssignment, mphApi, mphColumns, mphOutside } from "@simkin/domain";
import { IconDownload, IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { errorText } from "../../../lib/error-text";
import { PageHeader } from "../../../lib/page-header";
import { ScreenHelp } from "../../help/screen-help";
import { YearPicked } from "../../period/year-select";
import { type MatrixCell, MphMatrix } from "./mph-matrix";
import { AssignModal, EditModal, mphKey, UnassignModal } from "./mph-modals";

/**
 * Matriks Peran Hasil: the leader's approved IKI across (grouped under their RHK), subordinates down, the roles/results
 * handed down in cells (REGULATIONS.md §2.2).
 */
export function Page() {
  const t = useT();
  return (
    <Stack>
      <PageHeader title={t("team.mph.title")} intro={t("team.mph.intro")} help={<ScreenHelp topic="mph" />} />
      <YearPicked>{(year) => <Matrix year={year} />}</YearPicked>
    </Stack>
  );
}

function Matrix({ year }: { year: number }) {
  const t = useT();
  const matrix = useQuery({ queryKey: [...mphKey, year], queryFn: () => call(mphApi.get, { query: { year } }) });
  const [adding, setAdding] = useState<MatrixCell | null>(null);
  const [editing, setEditing] = useState<{ assignment: MphAssignment; cell: MatrixCell } | null>(null);
  const [removing, setRemoving] = useState<{ assignment: MphAssignment; cell: MatrixCell } | null>(null);

  if (matrix.isPending) {
    return <Loader aria-label={t("common.loading")} />;
  }
  if (matrix.error) {
    return <Alert color="red">{errorText(matrix.error)}</Alert>;
  }
  const { skpId, rhk, subordinates, assignments } = matrix.data;
  if (skpId === null || rhk.length === 0) {
    return (
      <Alert color="orange" title={t("team.mph.noSkpTitle", { year })} data-testid="mph-matrix">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t("team.mph.noSkp", { year })}</Text>
          <Button component={Link} to="/skp" size="xs" variant="light" color="orange">
            {t("team.inbox.openMySkp")}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (subordinates.length === 0) {
    return (
      <Alert color="gray" data-testid="mph-matrix">
        {t("team.mph.noSubordinates")}
      </Alert>
    );
  }
  const outside = mphOutside(assignments, mphColumns(rhk));
  return (
    <>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} style={{ flex: "1 1 320px" }}>
          {t("team.mph.note")}
        </Alert>
        <Button
          component="a"
          href={`/api/mph/pdf?year=${year}`}
          variant="light"
          leftSection={<IconDownload size={16} />}
          data-testid="mph-pdf"
        >
          {t("team.mph.pdf")}
        </Button>
      </Group>
      <MphMatrix
        rhk={rhk}
        subordinates={subordinates}
        assignments={assignments}
        onAdd={setAdding}
        onEdit={(assignment, cell) => setEditing({ assignment, cell })}
        onRemove={(assignment, cell) => setRemoving({ assignment, cell })}
      />
      {outside.length > 0 && (
        <Alert color="gray" title={t("team.mph.outsideTitle")} data-testid="mph-outside">
          <List size="sm">
            {outside.map((a) => (
              <List.Item key={a.id}>
                {`${subordinates.find((s) => s.employeeId === a.employeeId)?.name ?? "-"}: ${a.text}`}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <AssignModal cell={adding} year={year} onClose={() => setAdding(null)} />
      <EditModal target={editing} onClose={() => setEditing(null)} />
      <UnassignModal target={removing} onClose={() => setRemoving(null)} />
    </>
  );
}

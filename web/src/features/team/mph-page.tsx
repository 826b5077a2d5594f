import { Alert, Button, Loader, Stack, Text } from "@mantine/core";
import { type MphAssignment, mphApi } from "@simkin/domain";
import { IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { PageHeader } from "../planning/page-header";
import { WithYear, YearSelect } from "../planning/year-select";
import { type MatrixCell, MphMatrix } from "./mph-matrix";
import { AssignModal, mphKey, UnassignModal } from "./mph-modals";

/** Matriks Peran Hasil: the rater's approved RHK across, subordinates down, the roles/results handed down in cells. */
export function Page() {
  const t = useT();
  return (
    <Stack>
      <PageHeader title={t("team.mph.title")} intro={t("team.mph.intro")} />
      <WithYear>
        {({ years, year, setYear }) => (
          <>
            <YearSelect years={years} value={year} onChange={setYear} />
            <Matrix year={year} />
          </>
        )}
      </WithYear>
    </Stack>
  );
}

function Matrix({ year }: { year: number }) {
  const t = useT();
  const matrix = useQuery({ queryKey: [...mphKey, year], queryFn: () => call(mphApi.get, { query: { year } }) });
  const [adding, setAdding] = useState<MatrixCell | null>(null);
  const [removing, setRemoving] = useState<{ assignment: MphAssignment; cell: MatrixCell } | null>(null);

  if (matrix.isPending) {
    return <Loader aria-label={t("common.loading")} />;
  }
  if (matrix.error) {
    return <Alert color="red">{matrix.error.message}</Alert>;
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
  return (
    <>
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
        {t("team.mph.note")}
      </Alert>
      <MphMatrix
        rhk={rhk}
        subordinates={subordinates}
        assignments={assignments}
        onAdd={setAdding}
        onRemove={(assignment, cell) => setRemoving({ assignment, cell })}
      />
      <AssignModal cell={adding} year={year} onClose={() => setAdding(null)} />
      <UnassignModal target={removing} onClose={() => setRemoving(null)} />
    </>
  );
}

import { Badge, Card, Group, Pagination, Stack, Table, Text, Title } from "@mantine/core";
import { type EvaluationStatus, type Kurva, kurvaApi, type Predikat } from "@simkin/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { usePaginationLabels } from "../../lib/pagination-labels";
import { capaianKeys } from "./capaian-api";
import { predikatColor } from "./kurva-colors";

/** The unit's evaluations, a page at a time (a rater sees his own ratees), refreshed with the kurva. */
export function KurvaEvaluations({ kurva }: { kurva: Kurva }) {
  const t = useT();
  const pager = usePaginationLabels();
  const [page, setPage] = useState(1);
  const query = { unitId: kurva.unit.id, year: kurva.year, periodCode: kurva.periodCode };
  const list = useQuery({
    queryKey: capaianKeys.evaluations(query.unitId, query.year, query.periodCode, page),
    queryFn: () => call(kurvaApi.evaluations, { query: { ...query, page } }),
    refetchInterval: 30_000,
    placeholderData: keepPreviousData,
  });
  const data = list.data;
  const pages = data ? Math.ceil(data.total / data.pageSize) : 0;
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {kurva.listScope === "all" ? t("kurva.list") : t("kurva.listOwn")}
        </Title>
        {data && data.items.length === 0 && <Text c="dark.4">{t("kurva.listEmpty")}</Text>}
        {data && data.items.length > 0 && (
          <Table striped data-testid="kurva-evaluations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("kurva.col.name")}</Table.Th>
                <Table.Th visibleFrom="sm">{t("kurva.col.rater")}</Table.Th>
                <Table.Th visibleFrom="xs">{t("kurva.col.status")}</Table.Th>
                <Table.Th visibleFrom="xs">{t("kurva.col.predikat")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {e.name}
                    </Text>
                    <Text size="xs" c="dark.4">
                      {e.nip}
                    </Text>
                    <Group gap={6} mt={4} hiddenFrom="xs">
                      <StatusBadge status={e.status} />
                      <PredikatBadge predikat={e.predikat} />
                    </Group>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{e.raterName ?? "–"}</Table.Td>
                  <Table.Td visibleFrom="xs">
                    <StatusBadge status={e.status} />
                  </Table.Td>
                  <Table.Td visibleFrom="xs">
                    <PredikatBadge predikat={e.predikat} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} {...pager} />}
      </Stack>
    </Card>
  );
}

function StatusBadge({ status }: { status: EvaluationStatus }) {
  const t = useT();
  return (
    <Badge variant="light" color={status === "draft" ? "gray" : "blue"} style={{ overflow: "visible" }}>
      {t(`kurva.status.${status}`)}
    </Badge>
  );
}

function PredikatBadge({ predikat }: { predikat: Predikat | null }) {
  const t = useT();
  return predikat ? (
    <Badge color={predikatColor[predikat]} style={{ overflow: "visible" }}>
      {t(`kurva.predikat.${predikat}`)}
    </Badge>
  ) : (
    <Text span size="sm">
      {t("kurva.noPredikat")}
    </Text>
  );
}

import { Badge, Button, Card, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { complianceApi, type WithoutSkpRow, type WithoutSkpStatus } from "@simkin/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { fullLabel } from "../../lib/full-label";
import { useDebouncedSearch } from "../../lib/use-debounced-search";
import { PageFooter } from "./page-footer";
import { complianceKeys } from "./queries";

const PAGE_SIZE = 25;

const statusColor: Record<WithoutSkpStatus, string> = {
  none: "red",
  draft: "gray",
  diajukan: "blue",
  direviu: "teal",
  dikembalikan: "orange",
};

/**
 * The people of the scope without an approved SKP for the year (the pengelola's "N pegawai belum punya SKP"), a page
 * at a time from the server, searchable by name, each with how far their SKP got and a link to it.
 */
export function WithoutSkpTable({ year, within }: { year: number; within: string | null }) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const [text, setText] = useDebouncedSearch(q, (next) => {
    setQ(next);
    setPage(1);
  });
  const people = useQuery({
    queryKey: complianceKeys.withoutSkp(year, { within, q, page }),
    queryFn: () =>
      call(complianceApi.withoutSkp, {
        query: { year, page, pageSize: PAGE_SIZE, ...(within ? { within } : {}), ...(q ? { q } : {}) },
      }),
    placeholderData: keepPreviousData,
  });
  const data = people.data;
  const _pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <Card withBorder padding="md" data-testid="without-skp">
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <Stack gap={4} maw={720}>
          <Title order={3} size="h4">
            {t("compliance.withoutSkp.title", { year })}
          </Title>
          <Text size="sm" c="dark.4">
            {t("compliance.withoutSkp.intro")}
          </Text>
        </Stack>
        <TextInput
          label={t("compliance.search")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={{ base: "100%", xs: 220 }}
          data-testid="without-skp-search"
        />
      </Group>
      {people.error && (
        <Text c="red" size="sm" role="alert">
          {errorText(people.error)}
        </Text>
      )}
      {!data ? null : data.items.length === 0 ? (
        <Text c="dark.4" size="sm" data-testid="without-skp-empty">
          {q ? t("compliance.emptyFilter") : t("compliance.withoutSkp.empty")}
        </Text>
      ) : (
        <Stack gap="sm" style={{ opacity: people.isPlaceholderData ? 0.6 : 1 }}>
          {phone ? (
            <Stack gap="xs">
              {data.items.map((row) => (
                <RowCard key={`${row.employeeId}:${row.positionName}`} row={row} />
              ))}
            </Stack>
          ) : (
            <Wide rows={data.items} />
          )}
          <PageFooter
            page={page}
            pageSize={PAGE_SIZE}
            shown={data.items.length}
            total={data.total}
            onPage={setPage}
            infoTestId="without-skp-total"
          />
        </Stack>
      )}
    </Card>
  );
}

function SkpStatus({ status }: { status: WithoutSkpStatus }) {
  const t = useT();
  return (
    <Badge styles={fullLabel} color={statusColor[status]} variant="light" data-testid="without-skp-status">
      {t(`compliance.withoutSkp.status.${status}`)}
    </Badge>
  );
}

function OpenSkp({ row }: { row: WithoutSkpRow }) {
  const t = useT();
  return row.skpId ? (
    <Button component={Link} to={`/skp/${row.skpId}`} size="xs" variant="light">
      {t("compliance.withoutSkp.open")}
    </Button>
  ) : null;
}

function Wide({ rows }: { rows: WithoutSkpRow[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="without-skp-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("compliance.col.name")}</Table.Th>
            <Table.Th>{t("compliance.col.position")}</Table.Th>
            <Table.Th>{t("compliance.withoutSkp.col.unit")}</Table.Th>
            <Table.Th>{t("compliance.withoutSkp.col.skp")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.employeeId}:${row.positionName}`} data-testid="without-skp-row">
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.employeeName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.positionName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.unitName}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <SkpStatus status={row.skpStatus} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <OpenSkp row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RowCard({ row }: { row: WithoutSkpRow }) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid="without-skp-row">
      <Text size="sm" fw={600}>
        {row.employeeName}
      </Text>
      <Text size="xs" c="dark.4">
        {row.positionName} · {row.unitName}
      </Text>
      <Group justify="space-between" mt={6}>
        <SkpStatus status={row.skpStatus} />
        <OpenSkp row={row} />
      </Group>
    </Paper>
  );
}

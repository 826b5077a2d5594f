import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { KEBERATAN_PAGE_SIZE, type KeberatanListItem, keberatanApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useFormatDay, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { PageNav } from "../../lib/page-nav";
import { HelpTitle } from "../help/screen-help";
import { keberatanKeys } from "./keberatan-api";
import { periodName } from "./keberatan-labels";

type Filter = "pending" | "all";

/** `/keberatan`: the keberatan the atasan decides and the pengelola records, pending first, paged. */
export function Page() {
  const t = useT();
  const [status, setStatus] = useState<Filter>("pending");
  const [page, setPage] = useState(1);
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  const list = useQuery({
    queryKey: keberatanKeys.list(status, page),
    queryFn: () => call(keberatanApi.list, { query: { status, page } }),
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / KEBERATAN_PAGE_SIZE)) : 1;
  return (
    <Stack>
      <HelpTitle topic="keberatan">{t("keberatan.listTitle")}</HelpTitle>
      <Text c="dimmed" size="sm">
        {t("keberatan.listIntro")}
      </Text>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(value) => {
          setStatus(value === "all" ? "all" : "pending");
          setPage(1);
        }}
        data={[
          { value: "pending", label: t("keberatan.filter.pending") },
          { value: "all", label: t("keberatan.filter.all") },
        ]}
      />
      {list.isError && <Alert color="red">{errorText(list.error)}</Alert>}
      {list.isPending && (
        <Center p="xl">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {list.data?.items.length === 0 && <Alert color="gray">{t("keberatan.empty")}</Alert>}
      {list.data &&
        list.data.items.length > 0 &&
        (phone ? <Cards items={list.data.items} /> : <Rows items={list.data.items} />)}
      <PageNav page={page} pages={pages} onChange={setPage} />
    </Stack>
  );
}

function StatusBadge({ item }: { item: KeberatanListItem }) {
  const t = useT();
  if (item.status === "diputus" && item.outcome) {
    return (
      <Badge color={item.outcome === "dikabulkan" ? "green" : "gray"} variant="light">
        {t(`keberatan.outcome.${item.outcome}`)}
      </Badge>
    );
  }
  return (
    <Group gap={4}>
      <Badge color="orange" variant="light">
        {t(`keberatan.status.${item.status}`)}
      </Badge>
      {item.atasanExternal && (
        <Badge color="grape" variant="light">
          {t("keberatan.external")}
        </Badge>
      )}
    </Group>
  );
}

function Rows({ items }: { items: KeberatanListItem[] }) {
  const t = useT();
  const formatDay = useFormatDay();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" data-testid="keberatan-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("keberatan.col.employee")}</Table.Th>
          <Table.Th>{t("keberatan.col.period")}</Table.Th>
          <Table.Th>{t("keberatan.col.filed")}</Table.Th>
          <Table.Th>{t("keberatan.col.status")}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t("keberatan.open")}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id} data-testid="keberatan-row">
            <Table.Td>
              <Text size="sm" fw={600}>
                {item.employeeName}
              </Text>
              <Text size="xs" c="gray.7">
                {item.employeeNip}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{periodName(item.periodCode, item.year)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatDay(item.filedAt)}</Text>
            </Table.Td>
            <Table.Td>
              <StatusBadge item={item} />
            </Table.Td>
            <Table.Td ta="right">
              <Button component={Link} to={`/keberatan/${item.evaluationId}`} size="xs" variant="light">
                {t("keberatan.open")}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Cards({ items }: { items: KeberatanListItem[] }) {
  const t = useT();
  const formatDay = useFormatDay();
  return (
    <Stack gap="sm" data-testid="keberatan-list">
      {items.map((item) => (
        <Card key={item.id} withBorder padding="sm" data-testid="keberatan-row">
          <Text fw={600}>{item.employeeName}</Text>
          <Text size="sm">{`${periodName(item.periodCode, item.year)} · ${t("keberatan.col.filed")} ${formatDay(item.filedAt)}`}</Text>
          <Group justify="space-between" mt="xs">
            <StatusBadge item={item} />
            <Button component={Link} to={`/keberatan/${item.evaluationId}`} size="xs" variant="light">
              {t("keberatan.open")}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

import { Alert, Anchor, Badge, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { type AkListItem, angkaKreditApi, formatNip, wibDate } from "@simkin/domain";
import { IconSearch } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useI18n, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { PageHeader } from "../../lib/page-header";
import { usePaginationLabels } from "../../lib/pagination-labels";
import { isAdmin, useMe } from "../../lib/session";
import { useDebouncedSearch } from "../../lib/use-debounced-search";
import { ScreenHelp } from "../help/screen-help";
import { akKeys, formatAk, jenjangKey, predikatKey } from "./ak-keys";
import { AkMasterSection } from "./ak-master-section";

const PAGE_SIZE = 20;

/** The pengelola's (and the auditor's) list of fungsional staff with their angka kredit, and the master data. */
export function Page() {
  const t = useT();
  const me = useMe().data;
  const pager = usePaginationLabels();
  const thisYear = Number(wibDate(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [page, setPage] = useState(1);
  const [q, setQ] = useState("");
  const [typed, setTyped] = useDebouncedSearch(q, (next) => {
    setQ(next);
    setPage(1);
  });
  const list = useQuery({
    queryKey: [...akKeys.list, year, q, page],
    queryFn: () => call(angkaKreditApi.list, { query: { year, q: q || undefined, page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  return (
    <Stack>
      <PageHeader title={t("ak.list.title")} intro={t("ak.list.intro")} help={<ScreenHelp topic="akList" />} />
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t("ak.list.year")}
          data={years}
          value={String(year)}
          onChange={(v) => {
            setYear(Number(v ?? thisYear));
            setPage(1);
          }}
          allowDeselect={false}
          w={120}
        />
        <TextInput
          label={t("ak.list.search")}
          leftSection={<IconSearch size={16} />}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          maxLength={100}
          style={{ flex: "1 1 220px" }}
        />
      </Group>
      {list.error && <Alert color="red">{errorText(list.error)}</Alert>}
      {list.isPending && <Loader aria-label={t("common.loading")} />}
      {list.data?.items.length === 0 && <Alert color="gray">{t("ak.list.empty")}</Alert>}
      {list.data && list.data.items.length > 0 && <AkTable items={list.data.items} year={year} />}
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" {...pager} />}
      <AkMasterSection canEdit={me ? isAdmin(me) : false} />
    </Stack>
  );
}

function AkTable({ items, year }: { items: readonly AkListItem[]; year: number }) {
  const t = useT();
  const { locale } = useI18n();
  const ak = (v: number) => formatAk(v, locale);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="ak-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("ak.employee")}</Table.Th>
            <Table.Th>{t("ak.jenjang")}</Table.Th>
            <Table.Th>{t("ak.list.unit")}</Table.Th>
            <Table.Th>{t("ak.predikat")}</Table.Th>
            <Table.Th ta="right">{t("ak.list.yearAk", { year })}</Table.Th>
            <Table.Th ta="right">{t("ak.total")}</Table.Th>
            <Table.Th>{t("ak.needs.pangkat")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.employeeId}>
              <Table.Td>
                <Anchor component={Link} to={`/angka-kredit/${i.employeeId}`} fw={500}>
                  {i.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatNip(i.nip)} · {i.golongan}
                </Text>
                {!i.hasDasar && (
                  <Badge size="xs" color="orange" variant="light">
                    {t("ak.list.noDasar")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{i.jenjang ? t(jenjangKey(i.jenjang)) : "–"}</Table.Td>
              <Table.Td>{i.unitName ?? "–"}</Table.Td>
              <Table.Td>{i.predikat ? t(predikatKey(i.predikat)) : "–"}</Table.Td>
              <Table.Td ta="right">{i.akYear === null ? "–" : ak(i.akYear)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {ak(i.total)}
              </Table.Td>
              <Table.Td>
                {i.needs
                  ? i.needs.forPangkat.remaining > 0
                    ? t("ak.needs.value", {
                        needed: ak(i.needs.forPangkat.needed),
                        remaining: ak(i.needs.forPangkat.remaining),
                      })
                    : t("ak.needs.met", { needed: ak(i.needs.forPangkat.needed) })
                  : "–"}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

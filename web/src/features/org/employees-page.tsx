import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { employeeApi } from "@simkin/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { usePaginationLabels } from "../../lib/pagination-labels";
import { isAdmin, useMe } from "../../lib/session";
import { useDebouncedSearch } from "../../lib/use-debounced-search";
import { HelpTitle } from "../help/screen-help";
import { employeeKeys } from "./employees/cache";
import { EmployeeFormModal } from "./employees/employee-form-modal";
import { EmployeeTable } from "./employees/employee-table";
import { UnitFilter } from "./employees/unit-filter";
import { type ListFilters, useListFilters } from "./employees/use-list-filters";

const PAGE_SIZE = 20;

function useEmployeeList(filters: ListFilters) {
  return useQuery({
    queryKey: [...employeeKeys.list, filters],
    queryFn: () =>
      call(employeeApi.list, {
        query: {
          q: filters.q || undefined,
          unitId: filters.unitId ?? undefined,
          status: filters.status ?? undefined,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

export function Page() {
  const t = useT();
  const me = useMe().data;
  const navigate = useNavigate();
  const [filters, update] = useListFilters();
  const [adding, { open, close }] = useDisclosure();
  const list = useEmployeeList(filters);
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <HelpTitle topic="employees">{t("employees.title")}</HelpTitle>
          <Text c="dimmed" size="sm" data-testid="employee-total">
            {list.data ? t("employees.total", { count: list.data.total }) : t("common.loading")}
          </Text>
        </div>
        {me && isAdmin(me) && (
          <Button onClick={open} data-testid="add-employee">
            {t("employees.add")}
          </Button>
        )}
      </Group>
      <Filters filters={filters} update={update} />
      <Results list={list} page={filters.page} pages={pages} onPage={(page) => update({ page })} />
      <EmployeeFormModal
        opened={adding}
        onClose={close}
        onSaved={(employee) => navigate(`/admin/employees/${employee.id}`)}
      />
    </Stack>
  );
}

function Filters({ filters, update }: { filters: ListFilters; update: (patch: Partial<ListFilters>) => void }) {
  const t = useT();
  const [search, setSearch] = useDebouncedSearch(filters.q, (q) => update({ q }));
  return (
    <Paper withBorder p="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t("employees.search")}
          placeholder={t("employees.searchPlaceholder")}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-testid="employee-search"
        />
        <UnitFilter value={filters.unitId} onChange={(unitId) => update({ unitId })} />
        <Select
          label={t("employees.status")}
          placeholder={t("employees.allStatus")}
          clearable
          value={filters.status}
          onChange={(value) => update({ status: value === "pns" || value === "pppk" ? value : null })}
          data={[
            { value: "pns", label: t("status.pns") },
            { value: "pppk", label: t("status.pppk") },
          ]}
        />
      </SimpleGrid>
    </Paper>
  );
}

type ResultsProps = {
  list: ReturnType<typeof useEmployeeList>;
  page: number;
  pages: number;
  onPage: (page: number) => void;
};

function Results({ list, page, pages, onPage }: ResultsProps) {
  const t = useT();
  const pagerLabels = usePaginationLabels();
  if (list.isError) {
    return <Alert color="red">{t("employees.loadError")}</Alert>;
  }
  if (!list.data) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  if (list.data.items.length === 0) {
    return (
      <Paper withBorder p="xl" data-testid="employee-empty">
        <Text c="dimmed" ta="center">
          {t("employees.empty")}
        </Text>
      </Paper>
    );
  }
  return (
    <Stack gap="sm" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
      <EmployeeTable items={list.data.items} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t("common.page", { page, pages })}
        </Text>
        <Pagination total={pages} value={page} onChange={onPage} size="sm" {...pagerLabels} />
      </Group>
    </Stack>
  );
}

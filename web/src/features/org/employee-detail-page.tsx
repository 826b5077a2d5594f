import { Alert, Anchor, Badge, Button, Center, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { employeeApi, type Me, wibDate } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { isAdmin, useMe } from "../../lib/session";
import { RankHistorySection } from "../evaluation/ak-rank-section";
import { AccountSection } from "./employees/account-section";
import { employeeKeys } from "./employees/cache";
import { IdentityCard } from "./employees/identity-card";
import { PlacementsSection } from "./employees/placements-section";
import { RatersSection } from "./employees/raters-section";

function useEmployeeDetail(id: string, date: string) {
  return useQuery({
    queryKey: [...employeeKeys.detail(id), date],
    queryFn: () => call(employeeApi.get, { params: { id }, query: { date } }),
    // Changing the date keeps the page in place; another employee starts afresh.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? previous : undefined),
  });
}

const isMissing = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

export function Page() {
  const t = useT();
  const { id = "" } = useParams();
  const me = useMe().data;
  const [date, setDate] = useState(() => wibDate(new Date()));
  const detail = useEmployeeDetail(id, date);
  if (detail.isError) {
    return isMissing(detail.error) ? <NotFound /> : <LoadError message={errorText(detail.error)} />;
  }
  if (!detail.data || !me) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const { employee, raters, placements, account } = detail.data;
  const admin = isAdmin(me);
  return (
    <Stack>
      <BackLink readOnly={!admin} />
      <IdentityCard employee={employee} canEdit={admin} />
      <RatersSection raters={raters} date={date} onDateChange={setDate} loading={detail.isPlaceholderData} />
      <PlacementsSection employeeId={employee.id} placements={placements} canEdit={admin} />
      <RankHistorySection employeeId={employee.id} canEdit={admin} />
      <Anchor component={Link} to={`/angka-kredit/${employee.id}`} size="sm" data-testid="ak-link">
        {t("ak.open")} →
      </Anchor>
      <AccountSection
        account={account}
        owner={{ username: account?.username, nip: employee.nip, name: employee.name }}
        isAdmin={admin}
        canSetRoles={isSuperAdmin(me)}
      />
    </Stack>
  );
}

function isSuperAdmin(me: Me): boolean {
  return me.user.roles.includes("super_admin");
}

function BackLink({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  return (
    <Group justify="space-between">
      <Anchor component={Link} to="/admin/employees" size="sm">
        ← {t("employees.back")}
      </Anchor>
      {readOnly && (
        <Badge variant="outline" color="gray">
          {t("employees.readOnly")}
        </Badge>
      )}
    </Group>
  );
}

function NotFound() {
  const t = useT();
  return (
    <Stack align="flex-start" data-testid="employee-not-found">
      <Title order={2}>{t("employees.notFound")}</Title>
      <Text>{t("employees.notFoundText")}</Text>
      <Button component={Link} to="/admin/employees">
        {t("employees.back")}
      </Button>
    </Stack>
  );
}

function LoadError({ message }: { message: string }) {
  const t = useT();
  return (
    <Stack align="flex-start">
      <BackLink readOnly={false} />
      <Alert color="red" title={t("common.error")}>
        {message}
      </Alert>
    </Stack>
  );
}

import { Alert, Anchor, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { type AkDasar, angkaKreditApi, type EmployeeAngkaKredit, formatNip, pangkatLabel } from "@simkin/domain";
import { IconPencil } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useI18n, useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { isAdmin, useMe } from "../../lib/session";
import { HelpTitle } from "../help/screen-help";
import { AkDasarModal } from "./ak-dasar-modal";
import { akKeys, formatAk, jenjangKey } from "./ak-keys";
import { RankHistorySection } from "./ak-rank-section";
import { AkYearTable } from "./ak-year-table";

/** "Angka Kredit" of one employee: the per-year table, the running total and the needs (own, rater, pengelola, auditor). */
export function Page() {
  const t = useT();
  const { id = "" } = useParams();
  const me = useMe().data;
  const admin = me ? isAdmin(me) : false;
  const ledger = useQuery({
    queryKey: akKeys.employee(id),
    queryFn: () => call(angkaKreditApi.ofEmployee, { params: { id } }),
    retry: false,
  });
  const notFungsional = ledger.error instanceof ApiError && ledger.error.code === "ak_not_fungsional";
  return (
    <Stack>
      <Anchor
        component={Link}
        to={admin || me?.user.roles.includes("auditor") ? "/admin/angka-kredit" : "/profile"}
        size="sm"
      >
        ← {t("ak.back")}
      </Anchor>
      <HelpTitle topic="angkaKredit">{t("ak.title")}</HelpTitle>
      <Text c="dimmed" size="sm" maw={820}>
        {t("ak.intro")}
      </Text>
      {ledger.isPending && (
        <Center p="xl">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {notFungsional && <Alert color="gray">{t("ak.notFungsional")}</Alert>}
      {ledger.error && !notFungsional && <Alert color="red">{errorText(ledger.error)}</Alert>}
      {ledger.data && <Ledger data={ledger.data} canEdit={admin} />}
      {(ledger.data || notFungsional) && <RankHistorySection employeeId={id} canEdit={admin} />}
    </Stack>
  );
}

function Ledger({ data, canEdit }: { data: EmployeeAngkaKredit; canEdit: boolean }) {
  const t = useT();
  const { locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const ak = (v: number) => formatAk(v, locale);
  const { employee, needs } = data;
  const field = (label: string, value: string, testId?: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text data-testid={testId}>{value}</Text>
    </div>
  );
  const need = (n: { needed: number; remaining: number }) =>
    n.remaining > 0
      ? t("ak.needs.value", { needed: ak(n.needed), remaining: ak(n.remaining) })
      : t("ak.needs.met", { needed: ak(n.needed) });
  return (
    <>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {employee.name}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {field("NIP", formatNip(employee.nip))}
          {field(t("ak.golongan"), pangkatLabel(employee.golongan))}
          {field(t("ak.jenjang"), employee.jenjang ? t(jenjangKey(employee.jenjang)) : "–")}
          {field(t("ak.position"), employee.positionName ?? "–")}
          {field(t("ak.total"), ak(data.total), "ak-total")}
          {needs && field(t("ak.needs.pangkat"), need(needs.forPangkat), "ak-need-pangkat")}
          {needs && field(t("ak.needs.jenjang"), needs.forJenjang ? need(needs.forJenjang) : t("ak.needs.none"))}
        </SimpleGrid>
        <Group mt="md" justify="space-between" wrap="wrap" gap="xs">
          <DasarText dasar={data.dasar} />
          {canEdit && (
            <Button size="sm" variant="light" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t("ak.dasar.edit")}
            </Button>
          )}
        </Group>
      </Card>
      <Title order={3} size="h4">
        {t("ak.years")}
      </Title>
      <AkYearTable years={data.years} />
      {canEdit && (
        <AkDasarModal employeeId={employee.id} dasar={data.dasar} opened={editing} onClose={() => setEditing(false)} />
      )}
    </>
  );
}

function DasarText({ dasar }: { dasar: AkDasar | null }) {
  const t = useT();
  const { locale } = useI18n();
  if (!dasar) {
    return (
      <Text size="sm" c="dimmed">
        {t("ak.dasar")}: {t("ak.dasarNone")}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t("ak.dasar")}:{" "}
        {t("ak.dasarText", {
          kind: t(`ak.dasar.kind.${dasar.kind}`),
          amount: formatAk(dasar.amount, locale),
          year: dasar.startYear,
        })}
      </Text>
      {dasar.decreeNumber && (
        <Text size="xs" c="dimmed">
          {t("ak.dasarDecree", { number: dasar.decreeNumber })}
        </Text>
      )}
    </Stack>
  );
}

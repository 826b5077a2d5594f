import { Alert, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { auditApi, idSchema } from "@simkin/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n";
import { useAddressFilters } from "../../lib/address-filters";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { PageNav } from "../../lib/page-nav";
import { canAudit, useMe } from "../../lib/session";
import { actionGroups, actionKey, groupKey, knownActions } from "./audit-labels";
import { AuditTable } from "./audit-table";

const PAGE_SIZE = 25;

/** Jejak Audit: who did what to which record, and the data before and after. */
export function Page() {
  const t = useT();
  const me = useMe().data;
  return (
    <Stack>
      <div>
        <Title order={2}>{t("audit.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("audit.intro")}
        </Text>
      </div>
      {me && !canAudit(me) ? <Alert color="yellow">{t("audit.forbidden")}</Alert> : <AuditTrail />}
    </Stack>
  );
}

/** Filters and page live in the address (?action=&subjectId=&page=), so a trail can be linked. */
function useAuditFilters() {
  const { params, page, update } = useAddressFilters();
  return { action: params.get("action") ?? "", subjectId: params.get("subjectId") ?? "", page, update };
}

function AuditTrail() {
  const t = useT();
  const filters = useAuditFilters();
  const events = useQuery({
    queryKey: ["audit", filters.action, filters.subjectId, filters.page],
    queryFn: () =>
      call(auditApi.list, {
        query: {
          action: filters.action || undefined,
          subjectId: filters.subjectId || undefined,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
  const pages = events.data ? Math.max(1, Math.ceil(events.data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <AuditFilters
        key={`${filters.action}|${filters.subjectId}`}
        action={filters.action}
        subjectId={filters.subjectId}
        onApply={(action, subjectId) => filters.update({ action, subjectId })}
      />
      {events.error && <Alert color="red">{errorText(events.error)}</Alert>}
      {events.isPending && <Loader />}
      {events.data && (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="audit-total">
              {t("audit.total", { total: events.data.total })}
            </Text>
            {events.isFetching && <Loader size="xs" />}
          </Group>
          {events.data.items.length === 0 ? (
            <Text c="dimmed">{t("audit.empty")}</Text>
          ) : (
            <AuditTable events={events.data.items} onSubject={(subjectId) => filters.update({ subjectId })} />
          )}
          <PageNav page={filters.page} pages={pages} onChange={(page) => filters.update({ page: String(page) })} />
        </>
      )}
    </>
  );
}

function actionOptions(t: ReturnType<typeof useT>) {
  return actionGroups.map((group) => ({
    group: t(groupKey(group)),
    items: [
      { value: `${group}.`, label: t("audit.groupAll", { group: t(groupKey(group)) }) },
      ...knownActions
        .filter((action) => action.startsWith(`${group}.`))
        .map((action) => {
          const key = actionKey(action);
          return { value: action, label: key ? t(key) : action };
        }),
    ],
  }));
}

function AuditFilters({
  action,
  subjectId,
  onApply,
}: {
  action: string;
  subjectId: string;
  onApply: (action: string | null, subjectId: string | null) => void;
}) {
  const t = useT();
  const [actionValue, setActionValue] = useState<string | null>(action || null);
  const [subject, setSubject] = useState(subjectId);
  const [subjectError, setSubjectError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = subject.trim();
    if (trimmed && !idSchema.safeParse(trimmed).success) {
      setSubjectError(t("audit.invalidId"));
      return;
    }
    onApply(actionValue, trimmed || null);
  };
  return (
    <Card withBorder padding="sm" component="form" onSubmit={submit} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} verticalSpacing="xs">
        <Select
          label={t("audit.filterAction")}
          placeholder={t("audit.allActions")}
          data={actionOptions(t)}
          value={actionValue}
          onChange={setActionValue}
          clearable
          searchable
        />
        <TextInput
          label={t("audit.filterSubject")}
          placeholder={t("audit.filterSubjectPlaceholder")}
          value={subject}
          onChange={(event) => {
            setSubject(event.currentTarget.value);
            setSubjectError(null);
          }}
          error={subjectError}
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
        />
        <Group gap="xs" align="flex-start" pt={{ base: 0, lg: 25 }}>
          <Button type="submit">{t("audit.apply")}</Button>
          <Button variant="default" onClick={() => onApply(null, null)} disabled={!action && !subjectId}>
            {t("audit.reset")}
          </Button>
        </Group>
      </SimpleGrid>
    </Card>
  );
}

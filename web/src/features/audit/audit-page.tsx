import { Alert, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { AUDIT_COUNT_LIMIT, auditApi } from "@simkin/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n";
import { useAddressFilters } from "../../lib/address-filters";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { PageNav } from "../../lib/page-nav";
import { canAudit, useMe } from "../../lib/session";
import { HelpTitle } from "../help/screen-help";
import { actionKey, auditActions, auditGroups, auditSubjectTypes, groupKey, subjectTypeKey } from "./audit-labels";
import { AuditTable } from "./audit-table";

const PAGE_SIZE = 25;
const FILTERS = ["person", "subjectType", "action", "from", "to"] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** Jejak Audit: who did what to which record, and the data before and after. */
export function Page() {
  const t = useT();
  const me = useMe().data;
  return (
    <Stack>
      <div>
        <HelpTitle topic="audit">{t("audit.title")}</HelpTitle>
        <Text c="dimmed" size="sm">
          {t("audit.intro")}
        </Text>
      </div>
      {me && !canAudit(me) ? <Alert color="yellow">{t("audit.forbidden")}</Alert> : <AuditTrail />}
    </Stack>
  );
}

/** Filters and page live in the address (?person=&action=&from=…&page=), so a search can be linked. */
function useAuditFilters() {
  const { params, page, update } = useAddressFilters();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ""])) as Filters; // every key of FILTERS
  return { filters, subjectId: params.get("subjectId") ?? "", page, update };
}

function AuditTrail() {
  const t = useT();
  const { filters, subjectId, page, update } = useAuditFilters();
  const events = useQuery({
    queryKey: ["audit", filters, subjectId, page],
    queryFn: () =>
      call(auditApi.list, {
        query: {
          person: filters.person || undefined,
          subjectType: auditSubjectTypes.find((s) => s === filters.subjectType),
          action: filters.action || undefined,
          from: filters.from || undefined,
          to: filters.to || undefined,
          subjectId: subjectId || undefined,
          page,
          pageSize: PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
  const reachable = Math.min(events.data?.total ?? 0, AUDIT_COUNT_LIMIT);
  const pages = Math.max(1, Math.ceil(reachable / PAGE_SIZE));
  return (
    <>
      <AuditFilters
        key={JSON.stringify(filters)}
        initial={filters}
        onApply={(next) => update({ ...next, subjectId: null })}
      />
      {subjectId && (
        <Alert color="blue" variant="light" data-testid="audit-subject-filter">
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t("audit.bySubjectActive", { id: `…${subjectId.slice(-8)}` })}</Text>
            <Button size="compact-sm" variant="default" onClick={() => update({ subjectId: null })}>
              {t("audit.clearSubject")}
            </Button>
          </Group>
        </Alert>
      )}
      {events.error && <Alert color="red">{errorText(events.error)}</Alert>}
      {events.isPending && <Loader />}
      {events.data && (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="audit-total">
              {t(events.data.totalIsLowerBound ? "audit.totalMore" : "audit.total", {
                total: events.data.total.toLocaleString("id-ID"),
              })}
            </Text>
            {events.isFetching && <Loader size="xs" />}
          </Group>
          {events.data.items.length === 0 ? (
            <Text c="dimmed">{t("audit.empty")}</Text>
          ) : (
            <AuditTable events={events.data.items} onSubject={(id) => update({ subjectId: id })} />
          )}
          <PageNav page={page} pages={pages} onChange={(next) => update({ page: String(next) })} />
        </>
      )}
    </>
  );
}

function actionOptions(t: ReturnType<typeof useT>) {
  return auditGroups.map((group) => ({
    group: t(groupKey(group)),
    items: [
      { value: group, label: t("audit.groupAll", { group: t(groupKey(group)) }) },
      ...auditActions
        .filter((action) => action.startsWith(`${group}.`))
        .map((action) => {
          const key = actionKey(action);
          return { value: action, label: key ? t(key) : action };
        }),
    ],
  }));
}

/** Person, record type, action and dates; checked here as the server checks them, errors beside the fields. */
function AuditFilters({ initial, onApply }: { initial: Filters; onApply: (filters: Record<string, string>) => void }) {
  const t = useT();
  const [values, setValues] = useState<Filters>(initial);
  const [errors, setErrors] = useState<Partial<Filters>>({});
  const set = (name: keyof Filters, value: string | null) => {
    setValues((v) => ({ ...v, [name]: value ?? "" }));
    setErrors((e) => ({ ...e, [name]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const person = values.person.trim();
    const found: Partial<Filters> = {};
    if (person.length === 1) {
      found.person = t("audit.personTooShort");
    }
    if (values.from && values.to && values.from > values.to) {
      found.to = t("audit.dateOrder");
    }
    setErrors(found);
    if (Object.keys(found).length === 0) {
      onApply({ ...values, person });
    }
  };
  const empty = FILTERS.every((f) => !initial[f]);
  return (
    <Card withBorder padding="sm" component="form" onSubmit={submit} noValidate data-testid="audit-filters">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} verticalSpacing="xs">
        <TextInput
          label={t("audit.filterPerson")}
          description={t("audit.filterPersonHint")}
          placeholder={t("audit.filterPersonPlaceholder")}
          value={values.person}
          onChange={(event) => set("person", event.currentTarget.value)}
          error={errors.person}
          maxLength={100}
        />
        <Select
          label={t("audit.filterSubjectType")}
          description=" "
          placeholder={t("audit.allSubjectTypes")}
          data={auditSubjectTypes.map((type) => {
            const key = subjectTypeKey(type);
            return { value: type, label: key ? t(key) : type };
          })}
          value={values.subjectType || null}
          onChange={(value) => set("subjectType", value)}
          clearable
          searchable
        />
        <Select
          label={t("audit.filterAction")}
          description=" "
          placeholder={t("audit.allActions")}
          data={actionOptions(t)}
          value={values.action || null}
          onChange={(value) => set("action", value)}
          clearable
          searchable
        />
        <TextInput
          type="date"
          label={t("audit.filterFrom")}
          value={values.from}
          onChange={(event) => set("from", event.currentTarget.value)}
          error={errors.from}
        />
        <TextInput
          type="date"
          label={t("audit.filterTo")}
          value={values.to}
          onChange={(event) => set("to", event.currentTarget.value)}
          error={errors.to}
        />
        <Group gap="xs" align="flex-end">
          <Button type="submit" data-testid="audit-search">
            {t("audit.apply")}
          </Button>
          <Button
            variant="default"
            onClick={() => onApply(Object.fromEntries(FILTERS.map((f) => [f, ""])))}
            disabled={empty}
          >
            {t("audit.reset")}
          </Button>
        </Group>
      </SimpleGrid>
    </Card>
  );
}

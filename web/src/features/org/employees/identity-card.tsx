import { Button, Card, Flex, Group, SimpleGrid, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type Employee, formatNip } from "@simkin/domain";
import { useFormatDate, useT } from "../../../i18n/i18n";
import { HelpTitle } from "../../help/screen-help";
import { EmployeeFormModal } from "./employee-form-modal";
import { StatusBadge } from "./status-badge";

function Field({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text data-testid={testId} style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </div>
  );
}

/** Identity: NIP, status, pangkat, and the birth date and gender the NIP encodes; admins can edit. */
export function IdentityCard({ employee, canEdit }: { employee: Employee; canEdit: boolean }) {
  const t = useT();
  const formatDate = useFormatDate();
  const [editing, { open, close }] = useDisclosure();
  return (
    <Card withBorder data-testid="identity">
      {/* On a phone the name gets the card's width beside its help; "Ubah" goes below it, not beside. */}
      <Flex direction={{ base: "column", sm: "row" }} justify="space-between" align="flex-start" gap="xs" mb="sm">
        <Group gap="xs" miw={0}>
          <HelpTitle topic="employee" size="h3">
            {employee.displayName}
          </HelpTitle>
          <StatusBadge status={employee.status} />
        </Group>
        {canEdit && (
          <Button variant="light" onClick={open} data-testid="edit-employee" style={{ flexShrink: 0 }}>
            {t("common.edit")}
          </Button>
        )}
      </Flex>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <Field
          label={employee.status === "pns" ? t("profile.nip") : t("profile.niPppk")}
          value={formatNip(employee.nip)}
          testId="employee-nip"
        />
        <Field label={t("profile.status")} value={t(`status.${employee.status}`)} />
        <Field label={t("profile.pangkat")} value={employee.pangkat} />
        <Field label={t("profile.birthDate")} value={formatDate(employee.birthDate)} />
        <Field label={t("profile.gender")} value={t(`gender.${employee.gender}`)} />
        <Field label={t("employees.email")} value={employee.email ?? "–"} />
      </SimpleGrid>
      {canEdit && <EmployeeFormModal opened={editing} onClose={close} employee={employee} />}
    </Card>
  );
}

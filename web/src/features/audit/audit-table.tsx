import { ActionIcon, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { AuditEvent } from "@simkin/domain";
import { IconChevronDown } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { useT } from "../../i18n/i18n";
import { AuditDetail } from "./audit-detail";
import { ActionLabel, Actor, Subject, useFormatTime } from "./audit-parts";

const COLUMNS = 5;

/** Audit events, newest first; each row opens to show the data before and after. */
function EventsTable({ events, onSubject }: { events: AuditEvent[]; onSubject: (id: string) => void }) {
  const t = useT();
  const formatTime = useFormatTime();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48} />
            <Table.Th>{t("audit.time")}</Table.Th>
            <Table.Th>{t("audit.actor")}</Table.Th>
            <Table.Th>{t("audit.action")}</Table.Th>
            <Table.Th>{t("audit.subject")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const expanded = open === event.id;
            return (
              <Fragment key={event.id}>
                <Table.Tr bg={expanded ? "var(--mantine-color-blue-light)" : undefined}>
                  <Table.Td>
                    <Toggle id={event.id} expanded={expanded} onToggle={() => setOpen(expanded ? null : event.id)} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatTime(event.at)}</Table.Td>
                  <Table.Td>
                    <Actor event={event} />
                  </Table.Td>
                  <Table.Td>
                    <ActionLabel action={event.action} />
                  </Table.Td>
                  <Table.Td>
                    <Subject event={event} onSubject={onSubject} />
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={`audit-${event.id}`}>
                    <Table.Td colSpan={COLUMNS} bg="var(--mantine-color-gray-0)">
                      <AuditDetail event={event} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Audit events, newest first: a table on wide screens, cards on a phone. Each opens to show before and after. */
export function AuditTable(props: { events: AuditEvent[]; onSubject: (id: string) => void }) {
  const phone = useMediaQuery("(max-width: 48em)");
  return phone ? <EventCards {...props} /> : <EventsTable {...props} />;
}

function Toggle({ id, expanded, onToggle }: { id: string; expanded: boolean; onToggle: () => void }) {
  const t = useT();
  return (
    <ActionIcon
      variant="subtle"
      aria-expanded={expanded}
      aria-controls={`audit-${id}`}
      aria-label={expanded ? t("audit.hideDetail") : t("audit.showDetail")}
      onClick={onToggle}
    >
      <IconChevronDown
        size={16}
        style={{ transform: expanded ? "rotate(180deg)" : undefined, transition: "transform 120ms" }}
      />
    </ActionIcon>
  );
}

function EventCards({ events, onSubject }: { events: AuditEvent[]; onSubject: (id: string) => void }) {
  const t = useT();
  const formatTime = useFormatTime();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack gap="xs" data-testid="audit-table">
      {events.map((event) => {
        const expanded = open === event.id;
        return (
          <Card key={event.id} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Text size="xs" c="dimmed">
                  {formatTime(event.at)} · {event.actorEmployeeName ?? event.actorName ?? t("audit.system")}
                  {event.actorNip && ` (${event.actorNip})`}
                </Text>
                <ActionLabel action={event.action} />
                <div>
                  <Subject event={event} onSubject={onSubject} />
                </div>
              </Stack>
              <Toggle id={event.id} expanded={expanded} onToggle={() => setOpen(expanded ? null : event.id)} />
            </Group>
            {expanded && (
              <Card.Section id={`audit-${event.id}`} withBorder inheritPadding py="xs" mt="xs" bg="gray.0">
                <AuditDetail event={event} />
              </Card.Section>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}

import { ActionIcon, Alert, Button, Group, Modal, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { akJenjangSchema, type EmployeeRank, pangkatLabel, rankHistoryApi } from "@simkin/domain";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { isStale, notifyStale, showApiError } from "../../lib/form-errors";
import { akKeys, jenjangKey } from "./ak-keys";
import { AddRankModal } from "./ak-rank-form";

type Props = { employeeId: string; canEdit: boolean };

/** The pangkat/golongan and jenjang history on a profile; the pengelola kinerja adds and removes entries. */
export function RankHistorySection({ employeeId, canEdit }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<EmployeeRank | null>(null);
  const ranks = useQuery({
    queryKey: akKeys.ranks(employeeId),
    queryFn: () => call(rankHistoryApi.list, { params: { id: employeeId } }),
  });
  const valueText = (r: EmployeeRank) => {
    const jenjang = akJenjangSchema.safeParse(r.value);
    return r.kind === "pangkat" ? pangkatLabel(r.value) : jenjang.success ? t(jenjangKey(jenjang.data)) : r.value;
  };
  return (
    <Paper withBorder p="md" data-testid="rank-history">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t("rank.title")}
          </Title>
          {canEdit && (
            <Button size="sm" variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              {t("rank.add")}
            </Button>
          )}
        </Group>
        {ranks.error && <Alert color="red">{errorText(ranks.error)}</Alert>}
        {ranks.data?.length === 0 && <Text c="dimmed">{t("rank.empty")}</Text>}
        {ranks.data && ranks.data.length > 0 && (
          <Table.ScrollContainer minWidth={520}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("rank.tmt")}</Table.Th>
                  <Table.Th>{t("rank.kind")}</Table.Th>
                  <Table.Th>{t("rank.value")}</Table.Th>
                  <Table.Th>{t("rank.decree")}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ranks.data.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{formatDate(r.tmt)}</Table.Td>
                    <Table.Td>{t(`rank.kind.${r.kind}`)}</Table.Td>
                    <Table.Td>{valueText(r)}</Table.Td>
                    <Table.Td>{r.decreeNumber ?? "–"}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t("rank.remove", { tmt: formatDate(r.tmt) })}
                          onClick={() => setRemoving(r)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {canEdit && (
        <>
          <AddRankModal employeeId={employeeId} opened={adding} onClose={() => setAdding(false)} />
          <RemoveRankModal rank={removing} onClose={() => setRemoving(null)} />
        </>
      )}
    </Paper>
  );
}

function RemoveRankModal({ rank, onClose }: { rank: EmployeeRank | null; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (r: EmployeeRank) =>
      call(rankHistoryApi.remove, { params: { id: r.id }, query: { version: r.version } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: akKeys.all });
      notifications.show({ color: "green", message: t("rank.removed") });
      onClose();
    },
    onError: (error) => {
      if (isStale(error)) {
        notifyStale(error);
        void queryClient.invalidateQueries({ queryKey: akKeys.all });
        onClose();
        return;
      }
      showApiError(error);
    },
  });
  return (
    <Modal opened={rank !== null} onClose={onClose} title={t("rank.title")}>
      <Stack>
        <Text size="sm">{t("rank.removeConfirm")}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t("common.cancel")}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => rank && remove.mutate(rank)}>
            {t("rank.delete")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Card, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type BerakhlakValueCode, berakhlakValueCodes, evaluationApi } from "@simkin/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { evaluationKeys } from "./evaluation-api";

const valueNames: Record<BerakhlakValueCode, string> = {
  berorientasi_pelayanan: "Berorientasi Pelayanan",
  akuntabel: "Akuntabel",
  kompeten: "Kompeten",
  harmonis: "Harmonis",
  loyal: "Loyal",
  adaptif: "Adaptif",
  kolaboratif: "Kolaboratif",
};

type Request = Awaited<ReturnType<typeof call<typeof evaluationApi.peerRequests>>>[number];

/** Colleagues of my unit whose evaluation is still a draft: anonymous behaviour input, only the rater reads it. */
export function PeerRequests({ year }: { year: number }) {
  const requests = useQuery({
    queryKey: evaluationKeys.peer(year),
    queryFn: () => call(evaluationApi.peerRequests, { query: { year } }),
  });
  const [open, setOpen] = useState<Request | null>(null);
  return (
    <Stack gap="xs" data-testid="peer-requests">
      {requests.data?.map((r) => (
        <Card key={r.evaluationId} withBorder padding="xs">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={0}>
              <Text fw={500}>{r.employeeName}</Text>
              <Text size="sm" c="dimmed">
                {r.positionName} · {r.periodCode}
              </Text>
            </Stack>
            <PeerButton request={r} onOpen={() => setOpen(r)} />
          </Group>
        </Card>
      ))}
      {open && <PeerModal request={open} year={year} onClose={() => setOpen(null)} />}
    </Stack>
  );
}

function PeerButton({ request, onOpen }: { request: Request; onOpen: () => void }) {
  const t = useT();
  return (
    <Button
      variant="light"
      size="xs"
      onClick={onOpen}
      aria-label={`${t("evaluation.peer.give")} ${request.employeeName}`}
    >
      {request.given ? t("evaluation.peer.change") : t("evaluation.peer.give")}
    </Button>
  );
}

function PeerModal({ request, year, onClose }: { request: Request; year: number; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [texts, setTexts] = useState<Partial<Record<BerakhlakValueCode, string>>>({});
  const values = berakhlakValueCodes
    .map((valueCode) => ({ valueCode, text: (texts[valueCode] ?? "").trim() }))
    .filter((v) => v.text !== "");
  const save = useMutation({
    mutationFn: () => call(evaluationApi.peerInput, { params: { id: request.evaluationId }, body: { values } }),
    onSuccess: async () => {
      notifications.show({ color: "green", message: t("evaluation.peer.saved") });
      await queryClient.invalidateQueries({ queryKey: evaluationKeys.peer(year) });
      onClose();
    },
    onError: (error) => showApiError(error),
  });
  return (
    <Modal opened onClose={onClose} title={t("evaluation.peer.modal", { name: request.employeeName })} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t("evaluation.peer.intro")}
        </Text>
        {berakhlakValueCodes.map((code) => (
          <Textarea
            key={code}
            label={t("evaluation.peer.valueText", { value: valueNames[code] })}
            value={texts[code] ?? ""}
            onChange={(e) => setTexts((prev) => ({ ...prev, [code]: e.currentTarget.value }))}
            maxLength={2000}
            autosize
            minRows={1}
          />
        ))}
        {values.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("evaluation.peer.none")}
          </Text>
        )}
        <Group justify="flex-end">
          <Button onClick={() => save.mutate()} disabled={values.length === 0} loading={save.isPending}>
            {t("evaluation.peer.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

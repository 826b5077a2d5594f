import {
  Alert,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  appraisalAspects,
  type EvaluationDetail,
  evaluationApi,
  predikatFor,
  type Rating,
  ratingValues,
} from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { BehaviourCard } from "./behaviour-card";
import { useEvaluationChanged } from "./evaluation-api";
import { PredikatBadge, useRatingLabel } from "./evaluation-labels";
import { RhkCard, type RhkDraft } from "./rhk-card";

const draftOf = (e: EvaluationDetail): Record<string, RhkDraft> =>
  Object.fromEntries(
    e.rhk.map((r) => [
      r.rhkId,
      {
        realisation: r.realisation,
        feedback: r.feedback,
        ikis: Object.fromEntries(r.ikis.map((i) => [i.ikiId, i.realisation])),
      },
    ]),
  );

/** The rater's form while the evaluation is a draft; the same sections read-only for everyone else. */
export function RatingWorkspace({ e }: { e: EvaluationDetail }) {
  const t = useT();
  const editable = e.allowed.includes("rate");
  const changed = useEvaluationChanged();
  const [rhk, setRhk] = useState(() => draftOf(e));
  const [behaviours, setBehaviours] = useState(() => Object.fromEntries(e.behaviours.map((b) => [b.code, b.feedback])));
  const [hasilKerja, setHasilKerja] = useState<Rating | null>(e.ratingHasilKerja);
  const [perilaku, setPerilaku] = useState<Rating | null>(e.ratingPerilaku);
  const [catatan, setCatatan] = useState(e.catatan);
  const [rekomendasi, setRekomendasi] = useState(e.rekomendasi);
  const [confirming, setConfirming] = useState(false);
  const body = () => ({
    rhk: e.rhk.map((r) => ({
      rhkId: r.rhkId,
      realisation: r.ikis.map((i) => `${i.indicator}: ${rhk[r.rhkId]?.ikis[i.ikiId] ?? ""}`).join("\n"),
      feedback: rhk[r.rhkId]?.feedback ?? "",
    })),
    ikis: e.rhk.flatMap((r) => r.ikis.map((i) => ({ ikiId: i.ikiId, realisation: rhk[r.rhkId]?.ikis[i.ikiId] ?? "" }))),
    behaviours: e.behaviours.map((b) => ({ code: b.code, feedback: behaviours[b.code] ?? "" })),
    ratingHasilKerja: e.headOfUnit ? null : hasilKerja,
    ratingPerilaku: perilaku,
    catatan,
    rekomendasi,
    version: e.version,
  });
  const save = useMutation({
    mutationFn: () => call(evaluationApi.rate, { params: { id: e.id }, body: body() }),
    onSuccess: async (detail) => {
      await changed(detail);
      notifications.show({ color: "green", message: t("evaluation.form.saved") });
    },
    onError: (error) => showApiError(error),
  });
  const finalise = useMutation({
    mutationFn: async () => {
      const saved = await call(evaluationApi.rate, { params: { id: e.id }, body: body() });
      return call(evaluationApi.finalise, { params: { id: e.id }, body: { version: saved.version } });
    },
    onSuccess: async (detail) => {
      await changed(detail);
      notifications.show({ color: "green", message: t("evaluation.form.finalised") });
    },
    onError: (error) => showApiError(error),
  });
  const shownHasilKerja = e.headOfUnit ? e.ratingHasilKerja : hasilKerja;
  const predikat = shownHasilKerja && perilaku ? predikatFor(shownHasilKerja, perilaku) : null;
  return (
    <Stack>
      {editable && <AspectGuide />}
      <Title order={3}>{t("evaluation.rhk.title")}</Title>
      {editable && <Suggestion e={e} />}
      {e.rhk.map((r, i) => (
        <RhkCard
          key={r.rhkId}
          rhk={r}
          index={i}
          draft={rhk[r.rhkId] ?? { realisation: "", feedback: "", ikis: {} }}
          onChange={editable ? (draft) => setRhk((prev) => ({ ...prev, [r.rhkId]: draft })) : null}
        />
      ))}
      <Title order={3}>{t("evaluation.behaviour.title")}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {e.behaviours.map((b) => (
          <BehaviourCard
            key={b.code}
            value={b}
            feedback={behaviours[b.code] ?? ""}
            peerContributors={e.peerContributors}
            onChange={editable ? (text) => setBehaviours((prev) => ({ ...prev, [b.code]: text })) : null}
          />
        ))}
      </SimpleGrid>
      {editable && (
        <Card withBorder padding="md" data-testid="rating-form">
          <Stack>
            {e.headOfUnit ? (
              <Alert color="blue">{t("evaluation.form.headLocked")}</Alert>
            ) : (
              <RatingChoice
                label={t("evaluation.form.ratingHasilKerja")}
                value={hasilKerja}
                onChange={setHasilKerja}
                name="hasil-kerja"
              />
            )}
            <RatingChoice
              label={t("evaluation.form.ratingPerilaku")}
              value={perilaku}
              onChange={setPerilaku}
              name="perilaku"
            />
            <Group gap="xs" data-testid="predikat-preview">
              <Text size="sm" fw={500}>
                {t("evaluation.form.predikat")}:
              </Text>
              {predikat ? (
                <PredikatBadge predikat={predikat} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t("evaluation.form.noPredikat")}
                </Text>
              )}
            </Group>
            <Textarea
              label={t("evaluation.form.catatan")}
              value={catatan}
              onChange={(ev) => setCatatan(ev.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
            />
            <Textarea
              label={t("evaluation.form.rekomendasi")}
              value={rekomendasi}
              onChange={(ev) => setRekomendasi(ev.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
            />
            {confirming && <Alert color="yellow">{t("evaluation.form.finaliseConfirm")}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => save.mutate()} loading={save.isPending}>
                {t("evaluation.form.save")}
              </Button>
              <Button
                color={confirming ? "red" : "blue"}
                onClick={() => (confirming ? finalise.mutate() : setConfirming(true))}
                loading={finalise.isPending}
              >
                {t("evaluation.form.finalise")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {!editable && (e.catatan || e.rekomendasi) && (
        <Card withBorder padding="sm">
          {e.catatan && (
            <Text size="sm">
              <b>{t("evaluation.form.catatan")}:</b> {e.catatan}
            </Text>
          )}
          {e.rekomendasi && (
            <Text size="sm">
              <b>{t("evaluation.form.rekomendasi")}:</b> {e.rekomendasi}
            </Text>
          )}
        </Card>
      )}
    </Stack>
  );
}

function RatingChoice(props: { label: string; value: Rating | null; onChange: (value: Rating) => void; name: string }) {
  const ratingLabel = useRatingLabel();
  const id = `rating-${props.name}`;
  // Three long labels do not fit side by side on a phone.
  const narrow = useMediaQuery("(max-width: 36em)", false, { getInitialValueInEffect: false });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {props.label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        data-testid={id}
        fullWidth
        orientation={narrow ? "vertical" : "horizontal"}
        data={ratingValues.map((value) => ({ value, label: ratingLabel(value) }))}
        value={props.value ?? ""}
        onChange={(value) => {
          const rating = ratingValues.find((r) => r === value);
          if (rating) {
            props.onChange(rating);
          }
        }}
      />
    </Stack>
  );
}

function Suggestion({ e }: { e: EvaluationDetail }) {
  const t = useT();
  const ratingLabel = useRatingLabel();
  return (
    <Text size="sm" c="dimmed" data-testid="suggestion">
      {e.suggestion.percent !== null && e.suggestion.rating
        ? t("evaluation.page.suggestion", { percent: e.suggestion.percent, rating: ratingLabel(e.suggestion.rating) })
        : t("evaluation.page.noSuggestion")}
    </Text>
  );
}

function AspectGuide() {
  const t = useT();
  return (
    <Card withBorder padding="sm" bg="var(--mantine-color-gray-0)">
      <Text size="sm" fw={600}>
        {t("evaluation.aspect.title")}
      </Text>
      <List size="sm">
        {appraisalAspects.map((a) => (
          <List.Item key={a.code}>{t(`evaluation.aspect.${a.code}`)}</List.Item>
        ))}
      </List>
    </Card>
  );
}

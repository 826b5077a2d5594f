import { Alert, Anchor, Button, Center, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import type { BerakhlakValueCode, SkpDetail } from "@simkin/domain";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { useActiveNav } from "../../lib/active-nav";
import { ApiError } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { useMe } from "../../lib/session";
import { ChangesPanel } from "./changes-panel";
import { ContentEditor } from "./content-editor";
import { HasilKerjaTable, LampiranView } from "./hasil-kerja-table";
import { ParentSourceNote } from "./parent-source-note";
import { PartyCards } from "./party-cards";
import { PerilakuSection } from "./perilaku-section";
import { ProblemsList } from "./problems-list";
import { SkpActions } from "./skp-actions";
import { useSkp } from "./skp-cache";
import { SkpHeader } from "./skp-header";
import { SkpHistory } from "./skp-history";
import { SkpNotices, viewerRole } from "./skp-notices";
import { WorkflowSteps } from "./workflow-steps";

const isMissing = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

/**
 * One SKP for everyone who may read it: the employee edits and submits, the rater sets expectations, approves or
 * returns, the pengelola kinerja writes catatan perbaikan, the atasan and the auditor read. What shows comes
 * from `allowed`.
 */
export function Page() {
  const t = useT();
  const { id = "" } = useParams();
  const me = useMe().data;
  const skp = useSkp(id);
  const [dirty, setDirty] = useState(false);
  // The approval's "Isi ekspektasi" asks the Perilaku Kerja section to open its editor at one value.
  const [fillRequest, setFillRequest] = useState<{ code: BerakhlakValueCode; at: number } | null>(null);
  useActiveNav(skp.data && me ? navItemOf(viewerRole(me, skp.data)) : null);
  if (skp.isError) {
    if (isMissing(skp.error)) {
      return <NotFound />;
    }
    return (
      <Alert color="red" title={t("common.error")}>
        {errorText(skp.error)}
      </Alert>
    );
  }
  if (!skp.data || !me) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const data = skp.data;
  const role = viewerRole(me, data);
  return (
    <Stack gap="md" maw={1280}>
      <BackLink to={role === "skp.viewer.owner" ? "/skp" : me.capabilities.isRater ? "/team/skp" : null} />
      <SkpHeader skp={data} />
      <Text size="sm" c="dimmed" data-testid="skp-viewer">
        {t(role)}
      </Text>
      <SkpNotices skp={data} />
      <SkpActions
        key={data.id}
        skp={data}
        dirty={dirty}
        waitingKey={waitingKey(data)}
        onFillExpectations={(code) => setFillRequest({ code, at: Date.now() })}
      />
      <ChangesPanel skp={data} />
      <WorkflowSteps skp={data} />
      <PartyCards skp={data} />
      <ParentSourceNote skp={data} />
      {data.allowed.includes("edit") ? (
        <ContentEditor key={`${data.id}:${data.version}`} skp={data} onDirtyChange={setDirty} />
      ) : (
        <ReadOnlyContent skp={data} />
      )}
      <PerilakuSection key={data.id} skp={data} fillRequest={fillRequest} />
      <SkpHistory skp={data} />
    </Stack>
  );
}

/** The navigation item of someone else's SKP: the rater's inbox, the review inbox, or none ("" for readers). */
function navItemOf(role: MessageKey): string | null {
  if (role === "skp.viewer.owner") {
    return null;
  }
  if (role === "skp.viewer.rater" || role === "skp.viewer.atasan") {
    return "/team/skp";
  }
  return role === "skp.viewer.pengelola" ? "/admin/skp-review" : "";
}

/** What the SKP waits for, for whoever has nothing to do on it now. */
function waitingKey(skp: SkpDetail): MessageKey {
  return skp.status === "diajukan" && skp.skpReview === "required"
    ? "skp.waiting.diajukanReview"
    : `skp.waiting.${skp.status}`;
}

function ReadOnlyContent({ skp }: { skp: SkpDetail }) {
  const t = useT();
  const editable = skp.status === "draft" || skp.status === "dikembalikan";
  return (
    <>
      {editable && <ProblemsList problems={skp.problems} clickable={false} />}
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t("skp.hasilKerja")}
        </Title>
        <HasilKerjaTable skp={skp} />
      </Paper>
      <LampiranView skp={skp} />
    </>
  );
}

function BackLink({ to }: { to: "/skp" | "/team/skp" | null }) {
  const t = useT();
  const navigate = useNavigate();
  if (!to) {
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => navigate(-1)}
        style={{ alignSelf: "flex-start" }}
      >
        ← {t("common.back")}
      </Anchor>
    );
  }
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {t(to === "/skp" ? "nav.mySkp" : "nav.skpApproval")}
    </Anchor>
  );
}

function NotFound() {
  const t = useT();
  return (
    <Stack align="flex-start" data-testid="skp-not-found">
      <Title order={2}>{t("skp.detail.notFound")}</Title>
      <Text>{t("skp.detail.notFoundText")}</Text>
      <Button component={Link} to="/skp">
        {t("nav.mySkp")}
      </Button>
    </Stack>
  );
}

import { Badge, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { type Iki, pkTargetLabel, type Rhk, type RhkKind, type SkpDetail } from "@simkin/domain";
import type { ReactNode } from "react";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { aspekKey, lampiranKey, lampiranKinds, perspektifKey } from "./skp-labels";

type Column = { header: MessageKey; scope: "rhk" | "iki"; cell: (rhk: Rhk, iki: Iki | null, no: number) => ReactNode };

const targetText = (iki: Iki | null) => [iki?.target, iki?.unit].filter(Boolean).join(" ") || "–";

function useColumns(skp: SkpDetail): Column[] {
  const t = useT();
  const no: Column = { header: "skp.col.no", scope: "rhk", cell: (_r, _i, n) => n };
  const rhk: Column = {
    header: "skp.col.rhk",
    scope: "rhk",
    cell: (r) => (
      <>
        <Text size="sm">
          {r.text}
          {skp.model === "jpt" && r.assignedBy && ` ${t("skp.assigned.marker", { who: r.assignedBy })}`}
        </Text>
        {r.fromAssignmentId && (
          <Badge variant="light" color="grape" size="xs" mt={4}>
            {t("skp.rhk.fromMatrix")}
          </Badge>
        )}
        <PkTargetList rhk={r} />
      </>
    ),
  };
  const parent: Column = { header: "skp.col.parent", scope: "rhk", cell: (r) => <ParentCell rhk={r} /> };
  const perspektif: Column = {
    header: "skp.col.perspektif",
    scope: "rhk",
    cell: (r) => (r.perspektif ? t(perspektifKey(r.perspektif)) : "–"),
  };
  const aspek: Column = {
    header: "skp.col.aspek",
    scope: "iki",
    cell: (_r, i) => (i?.aspek ? t(aspekKey(i.aspek)) : "–"),
  };
  const iki: Column = { header: "skp.col.iki", scope: "iki", cell: (_r, i) => i?.indicator ?? "–" };
  const target: Column = { header: "skp.col.target", scope: "iki", cell: (_r, i) => targetText(i) };
  const narrative: Column = {
    header: "skp.col.narrative",
    scope: "iki",
    cell: (_r, i) =>
      i ? (
        <>
          <Text size="sm">{i.indicator}</Text>
          <Text size="sm" c="dimmed">
            {t("skp.col.target")}: {targetText(i)}
          </Text>
        </>
      ) : (
        "–"
      ),
  };
  const kuantitatif = skp.approach === "kuantitatif";
  if (skp.model === "jpt") {
    return kuantitatif ? [no, rhk, iki, target, perspektif] : [no, rhk, narrative, perspektif];
  }
  return kuantitatif ? [no, parent, rhk, aspek, iki, target] : [no, parent, rhk, narrative];
}

/** The intervened RHK; one typed from the rater's SKP outside SIMKIN is marked so (issue 9 rule 6). */
function ParentCell({ rhk }: { rhk: Rhk }) {
  const t = useT();
  if (!rhk.externalParent) {
    return rhk.parentRhkText ?? "–";
  }
  return (
    <Stack gap={4} data-testid="external-parent-view">
      <Text size="sm">{rhk.externalParent.text}</Text>
      <Badge variant="light" color="orange" size="xs">
        {t("skp.external.badge")}
      </Badge>
      {rhk.externalParent.reference && (
        <Text size="xs" c="dimmed">
          {t("skp.external.source", { reference: rhk.externalParent.reference })}
        </Text>
      )}
    </Stack>
  );
}

/** The Perjanjian Kinerja targets an RHK carries (rule 7). */
function PkTargetList({ rhk }: { rhk: Rhk }) {
  const t = useT();
  if (rhk.pkTargets.length === 0) {
    return null;
  }
  return (
    <Stack gap={2} mt={6} data-testid="pk-links">
      <Text size="xs" fw={600} c="teal.8">
        {t("skp.pk.heading")}
      </Text>
      {rhk.pkTargets.map((p) => (
        <Text key={p.id} size="xs" c="dimmed">
          {pkTargetLabel(p)}
        </Text>
      ))}
    </Stack>
  );
}

/** HASIL KERJA as on the official form (REGULATIONS.md §6.1-6.2): one RHK spans one row per IKI. */
export function HasilKerjaTable({ skp }: { skp: SkpDetail }) {
  const t = useT();
  const columns = useColumns(skp);
  const section = (kind: RhkKind) => {
    const rhks = skp.rhk.filter((r) => r.kind === kind);
    const heading = (
      <Table.Tr key={`${kind}-heading`} bg="gray.1">
        <Table.Td colSpan={columns.length} fw={700}>
          {t(kind === "utama" ? "skp.section.utama" : "skp.section.tambahan")}
        </Table.Td>
      </Table.Tr>
    );
    if (rhks.length === 0) {
      return [
        heading,
        <Table.Tr key={`${kind}-empty`}>
          <Table.Td colSpan={columns.length} ta="center" c="dimmed">
            –
          </Table.Td>
        </Table.Tr>,
      ];
    }
    return [heading, ...rhks.flatMap((r, n) => rhkRows(columns, r, n + 1))];
  };
  return (
    <Table.ScrollContainer minWidth={skp.model === "jpt" ? 720 : 860}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid="rhk-list">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.header} style={{ verticalAlign: "bottom" }}>
                {t(c.header)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {section("utama")}
          {section("tambahan")}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function rhkRows(columns: Column[], rhk: Rhk, no: number) {
  const ikis: (Iki | null)[] = rhk.ikis.length > 0 ? rhk.ikis : [null];
  return ikis.map((iki, row) => (
    <Table.Tr key={`${rhk.id}-${iki?.id ?? "none"}`} data-testid={row === 0 ? "rhk-row" : undefined}>
      {columns.map((c) => {
        if (c.scope === "rhk" && row > 0) {
          return null;
        }
        return (
          <Table.Td
            key={c.header}
            rowSpan={c.scope === "rhk" ? ikis.length : undefined}
            style={{ verticalAlign: "top" }}
            ta={c.header === "skp.col.no" ? "center" : undefined}
          >
            {c.cell(rhk, iki, no)}
          </Table.Td>
        );
      })}
    </Table.Tr>
  ));
}

/** LAMPIRAN: the three numbered lists (REGULATIONS.md §6.3). */
export function LampiranView({ skp }: { skp: SkpDetail }) {
  const t = useT();
  return (
    <Paper withBorder p="md" data-testid="lampiran">
      <Title order={3} size="h4" mb="sm">
        {t("skp.lampiran.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {lampiranKinds.map((kind) => (
          <Stack key={kind} gap={4}>
            <Text fw={600} size="sm">
              {t(lampiranKey(kind))}
            </Text>
            {skp.lampiran[kind].length === 0 ? (
              <Text size="sm" c="dimmed">
                –
              </Text>
            ) : (
              <List type="ordered" size="sm" spacing={2}>
                {skp.lampiran[kind].map((item, n) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lampiran items are plain, possibly repeated, strings
                  <List.Item key={n}>{item}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

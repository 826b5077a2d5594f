import { Badge, Group, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import {
  accumulationSchema,
  aspekSchema,
  type DiffChange,
  type IkiDiff,
  type IkiField,
  perspektifSchema,
  type RhkDiff,
  type RhkField,
  rhkKindSchema,
  type SkpDiff,
  type SnapshotIki,
} from "@simkin/domain";
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";
import { aspekKey, lampiranKey, perspektifKey } from "./skp-labels";

const changeColors: Record<Exclude<DiffChange, "unchanged">, string> = {
  added: "green",
  removed: "red",
  changed: "blue",
  moved: "gray",
};

/** New text: green, underlined by the browser's <ins>, so it does not rest on colour alone. */
export function Added({ children }: { children: ReactNode }) {
  return (
    <Text component="ins" size="sm" c="green.9" bg="green.0" px={2} data-testid="diff-added">
      {children}
    </Text>
  );
}

/** Text gone: struck through (<del>). */
export function Removed({ children }: { children: ReactNode }) {
  return (
    <Text component="del" size="sm" c="red.9" bg="red.0" px={2} data-testid="diff-removed">
      {children}
    </Text>
  );
}

/** One value changed: "label: old → new", wrapping on a phone; an empty side shows as "(kosong)". */
export function Change({ label, before, after }: { label: string; before: string | null; after: string | null }) {
  const t = useT();
  return (
    <Text size="sm" data-testid="diff-change" style={{ overflowWrap: "anywhere" }}>
      <Text span size="sm" fw={600}>
        {label}:
      </Text>{" "}
      {before ? (
        <Removed>{before}</Removed>
      ) : (
        <Text span size="sm" c="dimmed">
          {t("skp.changes.empty")}
        </Text>
      )}
      <Text span size="sm" mx={6} aria-hidden>
        →
      </Text>
      <VisuallyHidden>{t("skp.changes.becomes")}</VisuallyHidden>
      {after ? (
        <Added>{after}</Added>
      ) : (
        <Text span size="sm" c="dimmed">
          {t("skp.changes.empty")}
        </Text>
      )}
    </Text>
  );
}

function ChangeBadge({ change }: { change: Exclude<RhkDiff["change"], "unchanged"> }) {
  const t = useT();
  return (
    <Badge color={changeColors[change]} variant="light" size="sm" data-testid="diff-badge">
      {t(`skp.changes.${change}`)}
    </Badge>
  );
}

/** A field's value as people read it: aspek, perspektif, kind and accumulation by their labels. */
function useFieldText() {
  const t = useT();
  return (field: RhkField | IkiField, value: string | null): string | null => {
    if (value === null || value === "") {
      return null;
    }
    const aspek = field === "aspek" ? aspekSchema.safeParse(value) : null;
    const perspektif = field === "perspektif" ? perspektifSchema.safeParse(value) : null;
    const kind = field === "kind" ? rhkKindSchema.safeParse(value) : null;
    const accumulation = field === "accumulation" ? accumulationSchema.safeParse(value) : null;
    if (aspek?.success) {
      return t(aspekKey(aspek.data));
    }
    if (perspektif?.success) {
      return t(perspektifKey(perspektif.data));
    }
    if (kind?.success) {
      return t(`skp.changes.kind.${kind.data}`);
    }
    return accumulation?.success ? t(`skp.iki.accumulation.${accumulation.data}`) : value;
  };
}

const ikiSummary = (iki: SnapshotIki, aspek: string | null) =>
  [iki.indicator, [iki.target, iki.unit].filter(Boolean).join(" "), aspek].filter(Boolean).join(" · ");

function IkiChange({ iki }: { iki: IkiDiff }) {
  const t = useT();
  const fieldText = useFieldText();
  if (iki.change === "unchanged") {
    return null;
  }
  const no = iki.afterNo ?? iki.beforeNo;
  const shown = iki.after ?? iki.before;
  return (
    <Stack gap={2} pl="sm" style={{ borderLeft: "2px solid var(--mantine-color-gray-3)" }} data-testid="diff-iki">
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {t("skp.changes.iki", { no: no ?? "" })}
        </Text>
        <ChangeBadge change={iki.change} />
        {iki.moved && (
          <Text size="xs" c="dimmed">
            {t("skp.changes.movedFrom", { from: iki.beforeNo ?? "", to: iki.afterNo ?? "" })}
          </Text>
        )}
      </Group>
      {iki.change === "added" && shown && <Added>{ikiSummary(shown, fieldText("aspek", shown.aspek))}</Added>}
      {iki.change === "removed" && shown && <Removed>{ikiSummary(shown, fieldText("aspek", shown.aspek))}</Removed>}
      {iki.change === "changed" && iki.after && (
        <Text size="sm" c="dimmed">
          {iki.after.indicator}
        </Text>
      )}
      {iki.fields.map((f) => (
        <Change
          key={f.field}
          label={t(`skp.changes.field.${f.field}`)}
          before={fieldText(f.field, f.before)}
          after={fieldText(f.field, f.after)}
        />
      ))}
    </Stack>
  );
}

/** One RHK that is not as it was: its number in the table, what happened, its fields and its IKI. */
export function RhkChange({ rhk }: { rhk: RhkDiff }) {
  const t = useT();
  const fieldText = useFieldText();
  if (rhk.change === "unchanged") {
    return null;
  }
  const section = t(`skp.changes.kind.${rhk.kind}`);
  const fields = rhk.fields.filter((f) => f.field !== "text");
  const reworded = rhk.fields.find((f) => f.field === "text");
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="diff-rhk" data-change={rhk.change}>
      <Stack gap={6}>
        <Group gap={6}>
          <Text size="sm" fw={700}>
            {t("skp.changes.rhk", { section, no: rhk.afterNo ?? rhk.beforeNo ?? "" })}
          </Text>
          <ChangeBadge change={rhk.change} />
          {rhk.moved && (
            <Text size="xs" c="dimmed">
              {t("skp.changes.movedFrom", { from: rhk.beforeNo ?? "", to: rhk.afterNo ?? "" })}
            </Text>
          )}
        </Group>
        {rhk.change === "added" && <Added>{rhk.text}</Added>}
        {rhk.change === "removed" && <Removed>{rhk.text}</Removed>}
        {(rhk.change === "changed" || rhk.change === "moved") && !reworded && (
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {rhk.text}
          </Text>
        )}
        {reworded && <Change label={t("skp.changes.field.text")} before={reworded.before} after={reworded.after} />}
        {fields.map((f) => (
          <Change
            key={f.field}
            label={t(`skp.changes.field.${f.field}`)}
            before={fieldText(f.field, f.before)}
            after={fieldText(f.field, f.after)}
          />
        ))}
        {rhk.ikis.map((iki) => (
          <IkiChange key={`${iki.beforeNo}:${iki.afterNo}`} iki={iki} />
        ))}
      </Stack>
    </Paper>
  );
}

/** Lampiran items added and removed, under the list each belongs to. */
export function LampiranChanges({ items }: { items: SkpDiff["lampiran"] }) {
  const t = useT();
  if (items.length === 0) {
    return null;
  }
  return (
    <Stack gap={4} data-testid="changes-lampiran">
      <Text size="sm" fw={700}>
        {t("skp.changes.lampiran")}
      </Text>
      {items.map((item, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same text may be added twice
        <Text key={n} size="sm" style={{ overflowWrap: "anywhere" }}>
          <Text span size="sm" fw={600}>
            {t(lampiranKey(item.kind))}:
          </Text>{" "}
          {item.change === "added" ? <Added>{item.text}</Added> : <Removed>{item.text}</Removed>}
        </Text>
      ))}
    </Stack>
  );
}

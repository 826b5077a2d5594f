import { Badge, Table, Text } from "@mantine/core";
import type { AkYear } from "@simkin/domain";
import { useI18n, useT } from "../../i18n/i18n";
import { formatAk, jenjangKey, predikatKey } from "./ak-keys";

/** The per-year table of an employee's angka kredit, newest year first, numbers before the months (seen first on a phone). */
export function AkYearTable({ years }: { years: readonly AkYear[] }) {
  const t = useT();
  const { locale } = useI18n();
  const ak = (v: number) => formatAk(v, locale);
  const newestFirst = [...years].reverse();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="ak-years">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("ak.year")}</Table.Th>
            <Table.Th>{t("ak.predikat")}</Table.Th>
            <Table.Th ta="right">{t("ak.yearAk")}</Table.Th>
            <Table.Th ta="right">{t("ak.runningTotal")}</Table.Th>
            <Table.Th>{t("ak.months")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((y) => (
            <Table.Tr key={y.year} data-testid={`ak-year-${y.year}`}>
              <Table.Td fw={600}>{y.year}</Table.Td>
              <Table.Td>
                {y.predikat ? (
                  <Badge variant="light">{t(predikatKey(y.predikat))}</Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {y.skpCount === 0 ? t("ak.noSkp") : t("ak.pending")}
                  </Text>
                )}
                {y.skpCount > 1 && (
                  <Text size="xs" c="dimmed">
                    {t(`ak.rule.${y.annualRule}`, { count: y.skpCount })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{y.ak === null ? "–" : ak(y.ak)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {ak(y.total)}
              </Table.Td>
              <Table.Td>
                {y.parts.length === 0
                  ? "–"
                  : y.parts.map((p) => (
                      <Text key={p.jenjang} size="sm">
                        {t("ak.monthsOf", { months: p.months, jenjang: t(jenjangKey(p.jenjang)) })}
                      </Text>
                    ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

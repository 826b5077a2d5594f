import { useElementSize } from "@mantine/hooks";
import { type Capaian, type Kurva, kurvaAxis, kurvaBand, type Predikat } from "@simkin/domain";
import { useT } from "../../i18n/i18n";

/** Drawn at the width it is shown (text stays 12 px on a phone), from 300 to 720 px. */
const MAX_W = 720;
const H = 300;
const PAD = { left: 48, right: 12, top: 20, bottom: 64 };
const plotH = H - PAD.top - PAD.bottom;
const SET = "#1c7ed6";
const DRAFT = "#a5d8ff";

/** Whole-number ticks up to the top, at most six of them. */
function ticks(top: number): number[] {
  const step = Math.max(1, Math.ceil(top / 5));
  const out: number[] = [];
  for (let v = 0; v <= top; v += step) {
    out.push(v);
  }
  return out;
}

/**
 * The kurva as the form draws it: predikat from Sangat Kurang (left) to Sangat Baik (right), "Frekuensi Pegawai" up;
 * bars of the set evaluations with the drafts stacked lighter on top, the curve through the set counts, and the band
 * the pattern of the unit's capaian allows for this headcount (shaded, its maximum dashed).
 */
export function KurvaChart({ kurva }: { kurva: Kurva }) {
  const t = useT();
  const { ref, width } = useElementSize();
  const W = Math.min(MAX_W, Math.max(300, Math.round(width) || MAX_W));
  const plotW = W - PAD.left - PAD.right;
  const capaian: Capaian | null = kurva.capaian?.capaian ?? null;
  const band = capaian ? kurvaBand(capaian, kurva.total) : null;
  const drafts = (p: Predikat) => kurva.draftCounts[p];
  const top = Math.max(1, ...kurvaAxis.map((p) => kurva.counts[p] + drafts(p)), kurva.total);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const slot = plotW / kurvaAxis.length;
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const barW = Math.min(56, slot * 0.5);
  const curve = kurvaAxis.map((p, i) => `${x(i)},${y(kurva.counts[p])}`).join(" ");
  const summary = kurvaAxis.map((p) =>
    t("kurva.countSummary", { label: t(`kurva.predikat.${p}`), n: kurva.counts[p] }),
  );
  return (
    <div ref={ref} style={{ width: "100%", maxWidth: MAX_W, margin: "0 auto" }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={t("kurva.chartLabel", { summary: summary.join(", ") })}
        data-testid="kurva-chart"
        style={{ display: "block", maxWidth: "100%", height: "auto" }}
      >
        {ticks(top).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e9ecef" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" fontSize={12} fill="#495057">
              {v}
            </text>
          </g>
        ))}
        <text
          transform={`translate(14 ${PAD.top + plotH / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={12}
          fill="#343a40"
        >
          {t("kurva.yAxis")}
        </text>
        {kurvaAxis.map((p, i) => {
          const set = kurva.counts[p];
          // Only a predikat a rule bounds gets a band: the others may take any number.
          const limits = band?.[p] && (band[p].min > 0 || band[p].max < kurva.total) ? band[p] : undefined;
          return (
            <g key={p} data-predikat={p}>
              {limits && (
                <rect
                  x={x(i) - slot / 2 + 4}
                  width={slot - 8}
                  y={y(limits.max)}
                  height={Math.max(0, y(limits.min) - y(limits.max))}
                  fill="#2f9e44"
                  fillOpacity={0.08}
                />
              )}
              {limits && limits.max < kurva.total && (
                <line
                  x1={x(i) - slot / 2 + 4}
                  x2={x(i) + slot / 2 - 4}
                  y1={y(limits.max)}
                  y2={y(limits.max)}
                  stroke="#2b8a3e"
                  strokeDasharray="5 4"
                  strokeWidth={2}
                />
              )}
              {limits && limits.min > 0 && (
                <line
                  x1={x(i) - slot / 2 + 4}
                  x2={x(i) + slot / 2 - 4}
                  y1={y(limits.min)}
                  y2={y(limits.min)}
                  stroke="#e8590c"
                  strokeDasharray="2 3"
                  strokeWidth={2}
                />
              )}
              <rect x={x(i) - barW / 2} width={barW} y={y(set)} height={plotH + PAD.top - y(set)} fill={SET} />
              {drafts(p) > 0 && (
                <rect
                  x={x(i) - barW / 2}
                  width={barW}
                  y={y(set + drafts(p))}
                  height={y(set) - y(set + drafts(p))}
                  fill={DRAFT}
                  stroke={SET}
                  strokeDasharray="3 2"
                />
              )}
              <text
                x={x(i)}
                y={y(set + drafts(p)) - 6}
                textAnchor="middle"
                fontSize={13}
                fontWeight={700}
                fill="#212529"
              >
                {drafts(p) > 0 ? `${set} (+${drafts(p)})` : set}
              </text>
              <foreignObject x={x(i) - slot / 2} y={PAD.top + plotH + 6} width={slot} height={PAD.bottom - 8}>
                <div
                  style={{
                    fontSize: slot < 80 ? 10 : 12,
                    textAlign: "center",
                    lineHeight: 1.15,
                    color: "#343a40",
                    overflowWrap: "anywhere",
                  }}
                >
                  {t(`kurva.predikat.${p}`)}
                </div>
              </foreignObject>
            </g>
          );
        })}
        <polyline points={curve} fill="none" stroke="#e8590c" strokeWidth={2.5} strokeLinejoin="round" />
        {kurvaAxis.map((p, i) => (
          <circle key={p} cx={x(i)} cy={y(kurva.counts[p])} r={4} fill="#e8590c" />
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke="#343a40" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotH} stroke="#343a40" />
      </svg>
    </div>
  );
}

import { type Capaian, capaianLabels, KURVA_AXIS, KURVA_SHAPES, type Predikat, predikatLabels } from "@simkin/domain";
import type { CanvasElement, Column, Content, Point } from "pdfmake/interfaces";

const PLOT_WIDTH = 330;
const PLOT_HEIGHT = 96;
const AXIS_GUTTER = 44;
const SLOT = PLOT_WIDTH / KURVA_AXIS.length;
const BAR_WIDTH = 26;
const BAR_FILL = "#9bb7d4";
const CURVE_COLOR = "#b00020";

/** Catmull-Rom through the slot centres, so the pattern draws as a smooth bell, not a zig-zag. */
function smooth(points: readonly Point[], steps = 12): Point[] {
  const at = (i: number): Point => points[Math.max(0, Math.min(points.length - 1, i))] ?? { x: 0, y: 0 };
  const out: Point[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      const t2 = t * t;
      const t3 = t2 * t;
      const coord = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      out.push({ x: coord(p0.x, p1.x, p2.x, p3.x), y: coord(p0.y, p1.y, p2.y, p3.y) });
    }
  }
  out.push(at(points.length - 1));
  // The spline may overshoot below the axis between two low points: clamp it to the plot.
  return out.map((p) => ({ x: p.x, y: Math.min(PLOT_HEIGHT, Math.max(0, p.y)) }));
}

/** The pattern's shape as counts for `total` employees (its heights share the total), to sit beside the bars. */
function patternCounts(capaian: Capaian, total: number): number[] {
  const shape = KURVA_SHAPES[capaian];
  const sum = shape.reduce((a, b) => a + b, 0);
  return shape.map((h) => (sum === 0 ? 0 : (h / sum) * Math.max(total, 1)));
}

function plot(capaian: Capaian, counts: Readonly<Record<Predikat, number>>): { canvas: CanvasElement[]; top: number } {
  const actual = KURVA_AXIS.map((p) => counts[p]);
  const pattern = patternCounts(
    capaian,
    actual.reduce((a, b) => a + b, 0),
  );
  const top = Math.max(1, Math.ceil(Math.max(...actual, ...pattern)));
  const y = (value: number) => PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
  const grid: CanvasElement[] = [1, 2, 3, 4].map((i) => ({
    type: "line",
    x1: 0,
    y1: (PLOT_HEIGHT * i) / 4,
    x2: PLOT_WIDTH,
    y2: (PLOT_HEIGHT * i) / 4,
    lineWidth: 0.3,
    lineColor: "#cccccc",
  }));
  const bars: CanvasElement[] = actual.map((n, i) => ({
    type: "rect",
    x: i * SLOT + (SLOT - BAR_WIDTH) / 2,
    y: y(n),
    w: BAR_WIDTH,
    h: PLOT_HEIGHT - y(n),
    color: BAR_FILL,
    lineColor: "#4a6f96",
    lineWidth: 0.5,
  }));
  const curve: CanvasElement = {
    type: "polyline",
    points: smooth(pattern.map((v, i) => ({ x: i * SLOT + SLOT / 2, y: y(v) }))),
    lineWidth: 1.4,
    lineColor: CURVE_COLOR,
  };
  const axes: CanvasElement[] = [
    { type: "line", x1: 0, y1: 0, x2: 0, y2: PLOT_HEIGHT, lineWidth: 0.8, lineColor: "#333333" },
    { type: "line", x1: 0, y1: PLOT_HEIGHT, x2: PLOT_WIDTH, y2: PLOT_HEIGHT, lineWidth: 0.8, lineColor: "#333333" },
  ];
  return { canvas: [...grid, ...bars, curve, ...axes], top };
}

function legend(capaian: Capaian): Content {
  const swatch = (element: CanvasElement): Column => ({ width: 16, canvas: [element], margin: [0, 2, 0, 0] });
  return {
    columns: [
      { width: AXIS_GUTTER, text: "" },
      swatch({ type: "rect", x: 0, y: 0, w: 12, h: 7, color: BAR_FILL, lineColor: "#4a6f96", lineWidth: 0.5 }),
      { width: "auto", text: "Jumlah pegawai menurut predikat", margin: [0, 0, 14, 0] },
      swatch({ type: "line", x1: 0, y1: 4, x2: 12, y2: 4, lineWidth: 1.4, lineColor: CURVE_COLOR }),
      { width: "*", text: `Pola distribusi capaian ${capaianLabels[capaian]} (pedoman)` },
    ],
    fontSize: 7,
    margin: [0, 4, 0, 0],
  };
}

/**
 * The kurva distribusi as vector paths (REGULATIONS.md §3.5 "Kurva"): x axis Sangat Kurang → Sangat Baik, y axis
 * "Frekuensi Pegawai", the unit's actual counts as bars and the bell of the capaian's pattern over them.
 */
export function kurvaBlock(capaian: Capaian, counts: Readonly<Record<Predikat, number>>): Content {
  const { canvas, top } = plot(capaian, counts);
  const title = `KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI ${capaianLabels[
    capaian
  ].toUpperCase()}`;
  const yAxis: Column = {
    width: AXIS_GUTTER,
    fontSize: 6.5,
    alignment: "right",
    stack: [
      { text: String(top), margin: [0, -3, 4, 0] },
      // 6.5 pt text at line height 1.1 is about 7.9 pt a line: centre the title on the axis, "0" on its foot.
      { text: "Frekuensi\nPegawai", bold: true, margin: [0, PLOT_HEIGHT / 2 - 12.75, 4, 0] },
      { text: "0", margin: [0, PLOT_HEIGHT / 2 - 11.85, 4, 0] },
    ],
  };
  const xLabels: Content = {
    columns: [
      { width: AXIS_GUTTER, text: "" },
      ...KURVA_AXIS.map(
        (p): Column => ({
          width: SLOT,
          alignment: "center",
          fontSize: 6.5,
          stack: [{ text: predikatLabels[p] }, { text: `${counts[p]} pegawai`, bold: true }],
        }),
      ),
    ],
    columnGap: 0,
    margin: [0, 3, 0, 0],
  };
  return {
    unbreakable: true,
    margin: [0, 2, 0, 8],
    stack: [
      { text: title, bold: true, fontSize: 8, alignment: "center", margin: [0, 0, 0, 6] },
      { columns: [yAxis, { width: PLOT_WIDTH, canvas }], columnGap: 0 },
      xLabels,
      legend(capaian),
    ],
  };
}

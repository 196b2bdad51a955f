// The funding charts, drawn with recharts; each comes with its data as a table for screen readers.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useSyncExternalStore } from "react";
import { useFormat } from "../i18n";

const narrowQuery = "(max-width: 640px)";

/** Whether the screen is phone-narrow, following resizes. */
function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(narrowQuery);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(narrowQuery).matches,
  );
}

/** The colours of public and private money (distinct for colour-blind readers too: blue and orange). */
export const sectorColors = { PUBLIC: "#1d5fa8", PRIVATE: "#c25e00" } as const;

/** One bar: a name, an amount and the sector that colours it. */
export interface AmountBar {
  name: string;
  amount: number;
  sector: keyof typeof sectorColors;
}

/** Horizontal bars, one per funder or revenue line, largest first, labelled with their amounts. */
export function AmountBars({
  bars,
  currency,
  sectorNames,
}: {
  bars: AmountBar[];
  currency: string;
  sectorNames: Record<AmountBar["sector"], string>;
}) {
  const format = useFormat();
  const narrow = useNarrowScreen();
  const money = (value: unknown) => format.amount(Number(value), currency);
  return (
    <>
      <ul className="chart-legend">
        {(Object.keys(sectorNames) as Array<AmountBar["sector"]>).map((sector) => (
          <li key={sector}>
            <span className="legend-dot" style={{ background: sectorColors[sector] }} aria-hidden="true" />
            {sectorNames[sector]}
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={Math.max(160, bars.length * (narrow ? 50 : 38) + 40)}>
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: narrow ? 72 : 96, bottom: 4, left: 0 }}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis
            type="number"
            tickFormatter={(value: number) => format.number(value / 1000) + " k"}
            stroke="#5b6676"
            fontSize={12}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={narrow ? 104 : 170}
            tick={{ fontSize: narrow ? 11 : 12, fill: "#1d2533" }}
            interval={0}
          />
          <Tooltip formatter={(value) => money(value)} />
          <Bar dataKey="amount" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.name} fill={sectorColors[bar.sector]} />
            ))}
            <LabelList
              dataKey="amount"
              position="right"
              formatter={(value) => money(value)}
              fontSize={12}
              fill="#1d2533"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </>
  );
}

/** A donut of public against private money, each slice labelled with its share. */
export function SectorSplit({
  slices,
  currency,
}: {
  slices: Array<{ name: string; amount: number; sector: AmountBar["sector"] }>;
  currency: string;
}) {
  const format = useFormat();
  const total = slices.reduce((sum, slice) => sum + slice.amount, 0);
  return (
    <ResponsiveContainer width="100%" height={260}>
      <PieChart>
        <Pie
          data={slices}
          dataKey="amount"
          nameKey="name"
          innerRadius="45%"
          outerRadius="75%"
          isAnimationActive={false}
          label={({ name, value }) => `${name} ${format.share(total ? Number(value) / total : 0)}`}
        >
          {slices.map((slice) => (
            <Cell key={slice.sector} fill={sectorColors[slice.sector]} />
          ))}
        </Pie>
        <Tooltip formatter={(value) => format.amount(Number(value), currency)} />
      </PieChart>
    </ResponsiveContainer>
  );
}

/** Vertical bars of an amount per year, labelled with the amounts. */
export function AmountsByYear({
  years,
  currency,
}: {
  years: Array<{ year: string; amount: number }>;
  currency: string;
}) {
  const format = useFormat();
  const money = (value: unknown) => format.amount(Number(value), currency);
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={years} margin={{ top: 24, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="year" stroke="#5b6676" fontSize={12} />
        <YAxis
          tickFormatter={(value: number) => format.number(value / 1000) + " k"}
          stroke="#5b6676"
          fontSize={12}
          width={56}
        />
        <Tooltip formatter={(value) => money(value)} />
        <Bar dataKey="amount" fill={sectorColors.PUBLIC} isAnimationActive={false}>
          <LabelList dataKey="amount" position="top" formatter={(value) => money(value)} fontSize={12} fill="#1d2533" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

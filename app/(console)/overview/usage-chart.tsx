"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DailyUsage } from "@/server/usage/service";

/** The Overview's four counts (named in i18n/messages, "overview.series"). */
export const SERIES = [
  { key: "initializations", color: "#2f6fed" },
  { key: "verifications", color: "#7c3aed" },
  { key: "intercepted", color: "#dc2626" },
  { key: "successful", color: "#16a34a" },
] as const;

/** The daily trend, drawn with Recharts. */
export function UsageChart({ data }: { data: DailyUsage[] }) {
  const t = useTranslations("overview");
  const format = useFormatter();
  return (
    <div className="h-72 w-full" role="img" aria-label={t("chartLabel")}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} tickFormatter={(n: number) => format.number(n)} />
          <Tooltip formatter={(value) => format.number(Number(value))} />
          <Legend />
          {SERIES.map((series) => (
            <Line
              key={series.key}
              type="monotone"
              dataKey={series.key}
              name={t(`series.${series.key}`)}
              stroke={series.color}
              strokeWidth={2}
              dot={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

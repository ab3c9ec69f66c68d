"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DailyUsage } from "@/server/usage/service";

export const SERIES = [
  { key: "initializations", label: "Initialization Requests", color: "#2f6fed" },
  { key: "verifications", label: "Verification Requests", color: "#7c3aed" },
  { key: "intercepted", label: "Intercepted CAPTCHAs", color: "#dc2626" },
  { key: "successful", label: "Successful CAPTCHAs", color: "#16a34a" },
] as const;

/** The daily trend, drawn with Recharts. */
export function UsageChart({ data }: { data: DailyUsage[] }) {
  return (
    <div className="h-72 w-full" role="img" aria-label="Traffic trend: requests per day">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          {SERIES.map((series) => (
            <Line
              key={series.key}
              type="monotone"
              dataKey={series.key}
              name={series.label}
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

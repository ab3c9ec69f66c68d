import { useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/app/_components/data-table";
import { formatMetricValue } from "@/server/alert/rules";
import type { AlertRule } from "./rule-form";

const COLUMNS = ["time", "event", "value", "status", "attempts", "answer"] as const;

/** A rule's last notifications, newest first. */
export function Deliveries({ rule }: { rule: AlertRule }) {
  const t = useTranslations("alerts.deliveries");
  const locale = useLocale();
  /** What the receiver answered: the HTTP status or the error, and when a pending one is tried again. */
  const answerOf = (delivery: AlertRule["deliveries"][number]) => {
    const parts = [delivery.responseStatus ? `HTTP ${delivery.responseStatus}` : null, delivery.error].filter(Boolean);
    if (delivery.status === "PENDING") parts.push(t("nextTry", { time: delivery.nextAttemptAt.toLocaleTimeString(locale) }));
    return parts.join(" · ") || "—";
  };
  if (rule.deliveries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <DataTable label={t("label", { name: rule.name })} columns={COLUMNS.map((column) => t(`columns.${column}`))}>
      {rule.deliveries.map((delivery) => (
        <tr key={delivery.id}>
          <td className="px-4 py-2 text-slate-600">{delivery.occurredAt.toLocaleString(locale)}</td>
          <td className="px-4 py-2">{t(`events.${delivery.event}`)}</td>
          <td className="px-4 py-2">{formatMetricValue(rule.metric, delivery.value)}</td>
          <td className="px-4 py-2">{t(`statuses.${delivery.status}`)}</td>
          <td className="px-4 py-2">{delivery.attempts}</td>
          <td className="px-4 py-2 text-slate-600">{answerOf(delivery)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

import { DataTable } from "@/app/_components/data-table";
import { ALERT_EVENTS, formatMetricValue } from "@/server/alert/rules";
import type { AlertRule } from "./rule-form";

const STATUS = { PENDING: "Retrying", SENT: "Sent", FAILED: "Failed" } as const;

/** What the receiver answered: the HTTP status or the error, and when a pending one is tried again. */
function answerOf(delivery: AlertRule["deliveries"][number]) {
  const parts = [delivery.responseStatus ? `HTTP ${delivery.responseStatus}` : null, delivery.error].filter(Boolean);
  if (delivery.status === "PENDING") parts.push(`next try ${delivery.nextAttemptAt.toLocaleTimeString()}`);
  return parts.join(" · ") || "—";
}

/** A rule's last notifications, newest first. */
export function Deliveries({ rule }: { rule: AlertRule }) {
  if (rule.deliveries.length === 0) return <p className="text-sm text-slate-600">No notifications yet.</p>;
  return (
    <DataTable label={`Notifications of ${rule.name}`} columns={["Time", "Event", "Value", "Status", "Attempts", "Answer"]}>
      {rule.deliveries.map((delivery) => (
        <tr key={delivery.id}>
          <td className="px-4 py-2 text-slate-600">{delivery.occurredAt.toLocaleString()}</td>
          <td className="px-4 py-2">{ALERT_EVENTS[delivery.event]}</td>
          <td className="px-4 py-2">{formatMetricValue(rule.metric, delivery.value)}</td>
          <td className="px-4 py-2">{STATUS[delivery.status]}</td>
          <td className="px-4 py-2">{delivery.attempts}</td>
          <td className="px-4 py-2 text-slate-600">{answerOf(delivery)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
